package org.unionstat.indicators;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.unionstat.domain.Indicator;
import org.unionstat.domain.UserFacingException;

/**
 * The assessment rules a federation may change without a rebuild ({@code unionstat.assessment} in
 * config/application.yml). Every key is optional; a missing one takes the default of docs/indicators.md. Bad values and
 * misspelled keys stop the start-up with a message naming the key.
 */
@ConfigurationProperties(prefix = AssessmentSettings.PREFIX, ignoreUnknownFields = false)
public record AssessmentSettings(Indicators indicators, Grades grades, Integer requiredUnitEmployees,
        Integer deadlineDays, Integer activityBar, Integer annualActivityBar, Robustness robustness) {

    static final String PREFIX = "unionstat.assessment";

    private static final Map<Indicator, Setting> DEFAULTS = defaultSettings();
    /** More draws than this would take the report seconds, and add nothing a leader can see. */
    private static final int MAX_DRAWS = 1_000_000;

    /** An indicator's target (0 < target ≤ 1, at most 6 decimals) and weight in the score (≥ 0). */
    public record Setting(BigDecimal target, BigDecimal weight) {
    }

    /** The settings of the eight indicators, keyed as in docs/indicators.md ({@code info_collection} or {@code info-collection}). */
    public record Indicators(Setting coverage, Setting enrollment, Setting satisfaction, Setting infoCollection,
            Setting jingka, Setting reporting, Setting activity, Setting migrantEnrollment) {

        public Setting of(Indicator indicator) {
            return switch (indicator) {
                case COVERAGE -> coverage;
                case ENROLLMENT -> enrollment;
                case SATISFACTION -> satisfaction;
                case INFO_COLLECTION -> infoCollection;
                case JINGKA -> jingka;
                case REPORTING -> reporting;
                case ACTIVITY -> activity;
                case MIGRANT_ENROLLMENT -> migrantEnrollment;
            };
        }
    }

    /** The lowest rounded score of each grade: 优秀 (excellent), 良好 (good), 合格 (pass); below pass: 待改进. */
    public record Grades(BigDecimal excellent, BigDecimal good, BigDecimal pass) {
    }

    /**
     * How firm the ranks are (docs/indicators.md#rank-intervals): {@code draws} sets of weights, each weight times a
     * factor uniform in [1 − noiseFactor, 1 + noiseFactor], drawn from a generator seeded with {@code seed}. Read by
     * the report only: the computed figures do not depend on it.
     */
    public record Robustness(Integer draws, BigDecimal noiseFactor, Long seed) {

        /** The seed of the draws unless configured: fixed, so that the same figures give the same intervals. */
        public static final long DEFAULT_SEED = 4754L;

        public Robustness {
            draws = orDefault(draws, 1000);
            noiseFactor = orDefault(noiseFactor, new BigDecimal("0.25"));
            seed = orDefault(seed, DEFAULT_SEED);
        }
    }

    public AssessmentSettings {
        indicators = complete(indicators);
        grades = new Grades(
                orDefault(grades == null ? null : grades.excellent(), new BigDecimal("95")),
                orDefault(grades == null ? null : grades.good(), new BigDecimal("85")),
                orDefault(grades == null ? null : grades.pass(), new BigDecimal("70")));
        requiredUnitEmployees = orDefault(requiredUnitEmployees, 25);
        deadlineDays = orDefault(deadlineDays, 15);
        activityBar = orDefault(activityBar, 6);
        // the annual bar follows the quarterly one unless set: four quarters at the bar (docs/indicators.md#annual-figures: 24 = 4 × 6)
        annualActivityBar = orDefault(annualActivityBar, 4 * activityBar);
        robustness = robustness == null ? new Robustness(null, null, null) : robustness;
        validate(indicators, grades, requiredUnitEmployees, deadlineDays, activityBar, annualActivityBar);
        validate(robustness);
    }

    /** The defaults of docs/indicators.md. */
    public static AssessmentSettings defaults() {
        return new AssessmentSettings(null, null, null, null, null, null, null);
    }

    /**
     * The settings the computed figures depend on, in words: everything but {@code robustness}, which only the
     * report reads (part of what a computation is recognised by, see {@link InputFingerprint}).
     */
    public String computationRules() {
        return "indicators " + indicators + ", grades " + grades + ", required-unit-employees "
                + requiredUnitEmployees + ", deadline-days " + deadlineDays + ", activity-bar " + activityBar
                + ", annual-activity-bar " + annualActivityBar;
    }

    public BigDecimal target(Indicator indicator) {
        return indicators.of(indicator).target();
    }

    public BigDecimal weight(Indicator indicator) {
        return indicators.of(indicator).weight();
    }

    private static Indicators complete(Indicators given) {
        Map<Indicator, Setting> settings = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            Setting setting = given == null ? null : given.of(indicator);
            Setting fallback = DEFAULTS.get(indicator);
            settings.put(indicator, new Setting(
                    orDefault(setting == null ? null : setting.target(), fallback.target()),
                    orDefault(setting == null ? null : setting.weight(), fallback.weight())));
        }
        return new Indicators(settings.get(Indicator.COVERAGE), settings.get(Indicator.ENROLLMENT),
                settings.get(Indicator.SATISFACTION), settings.get(Indicator.INFO_COLLECTION),
                settings.get(Indicator.JINGKA), settings.get(Indicator.REPORTING), settings.get(Indicator.ACTIVITY),
                settings.get(Indicator.MIGRANT_ENROLLMENT));
    }

    private static void validate(Indicators indicators, Grades grades, int requiredUnitEmployees, int deadlineDays,
            int activityBar, int annualActivityBar) {
        boolean anyWeight = false;
        for (Indicator indicator : Indicator.values()) {
            Setting setting = indicators.of(indicator);
            String key = PREFIX + ".indicators." + indicator.key();
            if (setting.target().signum() <= 0 || setting.target().compareTo(BigDecimal.ONE) > 0) {
                throw bad(key + ".target", setting.target(), "must be greater than 0 and at most 1");
            }
            if (setting.target().stripTrailingZeros().scale() > Ratio.VALUE_SCALE) {
                throw bad(key + ".target", setting.target(), "must have at most 6 decimals");
            }
            if (setting.weight().signum() < 0) {
                throw bad(key + ".weight", setting.weight(), "must not be negative");
            }
            anyWeight |= setting.weight().signum() > 0;
        }
        if (!anyWeight) {
            throw new UserFacingException("bad configuration: " + PREFIX
                    + ".indicators: at least one indicator must have a weight greater than 0, or no score can be computed");
        }
        if (grades.pass().signum() < 0 || grades.pass().compareTo(grades.good()) > 0) {
            throw bad(PREFIX + ".grades.pass", grades.pass(), "must be between 0 and grades.good (" + grades.good() + ")");
        }
        if (grades.good().compareTo(grades.excellent()) > 0) {
            throw bad(PREFIX + ".grades.good", grades.good(), "must not exceed grades.excellent (" + grades.excellent() + ")");
        }
        nonNegative("required-unit-employees", requiredUnitEmployees);
        nonNegative("deadline-days", deadlineDays);
        nonNegative("activity-bar", activityBar);
        nonNegative("annual-activity-bar", annualActivityBar);
    }

    private static void validate(Robustness robustness) {
        if (robustness.draws() < 1 || robustness.draws() > MAX_DRAWS) {
            throw bad(PREFIX + ".robustness.draws", robustness.draws(), "must be between 1 and " + MAX_DRAWS);
        }
        if (robustness.noiseFactor().signum() < 0 || robustness.noiseFactor().compareTo(BigDecimal.ONE) >= 0) {
            throw bad(PREFIX + ".robustness.noise-factor", robustness.noiseFactor(),
                    "must be at least 0 and less than 1");
        }
    }

    private static void nonNegative(String key, int value) {
        if (value < 0) {
            throw bad(PREFIX + "." + key, value, "must not be negative");
        }
    }

    private static UserFacingException bad(String key, Object value, String rule) {
        return new UserFacingException("bad configuration: " + key + " " + rule + " (found " + value + ")");
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static Map<Indicator, Setting> defaultSettings() {
        Map<Indicator, Setting> defaults = new EnumMap<>(Indicator.class);
        BigDecimal ninety = new BigDecimal("0.90");
        defaults.put(Indicator.COVERAGE, new Setting(ninety, BigDecimal.valueOf(25)));
        defaults.put(Indicator.ENROLLMENT, new Setting(ninety, BigDecimal.valueOf(25)));
        defaults.put(Indicator.SATISFACTION, new Setting(ninety, BigDecimal.valueOf(20)));
        defaults.put(Indicator.INFO_COLLECTION, new Setting(ninety, BigDecimal.valueOf(10)));
        defaults.put(Indicator.JINGKA, new Setting(ninety, BigDecimal.valueOf(5)));
        defaults.put(Indicator.REPORTING, new Setting(new BigDecimal("1.00"), BigDecimal.valueOf(10)));
        defaults.put(Indicator.ACTIVITY, new Setting(ninety, BigDecimal.valueOf(5)));
        defaults.put(Indicator.MIGRANT_ENROLLMENT, new Setting(ninety, BigDecimal.ZERO));
        return defaults;
    }
}
