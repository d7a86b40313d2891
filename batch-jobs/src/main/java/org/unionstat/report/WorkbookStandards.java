package org.unionstat.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import org.unionstat.domain.Indicator;

/**
 * The assessment standards the workbooks show and apply to single unions: targets and weights of the indicators,
 * grade bounds, the activity bars and the filing deadline (SPEC §4), from {@code unionstat.assessment} in
 * config/application.yml — the keys the compute job reads — with the SPEC's defaults.
 *
 * <p>The one place the workbooks take these from. The computed figures carry their own targets
 * (indicator_result.target), which win wherever a period has been computed: the workbook then shows the targets its
 * figures were judged by, even if the configuration changed since.
 */
public record WorkbookStandards(Map<Indicator, BigDecimal> targets, Map<Indicator, BigDecimal> weights,
        BigDecimal excellent, BigDecimal good, BigDecimal pass, int activityBar, int annualActivityBar,
        int deadlineDays) {

    private static final String PREFIX = "unionstat.assessment.";

    public WorkbookStandards {
        targets = Collections.unmodifiableMap(new EnumMap<>(targets));
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    /** The defaults of SPEC §4. */
    public static WorkbookStandards defaults() {
        Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
        Map<Indicator, BigDecimal> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            targets.put(indicator, indicator == Indicator.REPORTING ? new BigDecimal("1.00") : new BigDecimal("0.90"));
            weights.put(indicator, BigDecimal.valueOf(defaultWeight(indicator)));
        }
        return new WorkbookStandards(targets, weights, BigDecimal.valueOf(95), BigDecimal.valueOf(85),
                BigDecimal.valueOf(70), 6, 24, 15);
    }

    /**
     * {@code unionstat.assessment.indicators.<key>.target|weight}, {@code .grades.excellent|good|pass},
     * {@code .activity-bar}, {@code .annual-activity-bar} (default 4 × activity-bar), {@code .deadline-days}; keys in
     * any of Spring's relaxed forms ({@code info_collection}, {@code info-collection}).
     */
    static WorkbookStandards from(Environment environment) {
        Binder binder = Binder.get(environment);
        WorkbookStandards defaults = defaults();
        Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
        Map<Indicator, BigDecimal> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            String key = PREFIX + "indicators." + indicator.key().replace('_', '-') + ".";
            targets.put(indicator, binder.bind(key + "target", BigDecimal.class).orElse(defaults.target(indicator)));
            weights.put(indicator, binder.bind(key + "weight", BigDecimal.class).orElse(defaults.weight(indicator)));
        }
        int activityBar = binder.bind(PREFIX + "activity-bar", Integer.class).orElse(defaults.activityBar);
        return new WorkbookStandards(targets, weights,
                binder.bind(PREFIX + "grades.excellent", BigDecimal.class).orElse(defaults.excellent),
                binder.bind(PREFIX + "grades.good", BigDecimal.class).orElse(defaults.good),
                binder.bind(PREFIX + "grades.pass", BigDecimal.class).orElse(defaults.pass),
                activityBar, binder.bind(PREFIX + "annual-activity-bar", Integer.class).orElse(4 * activityBar),
                binder.bind(PREFIX + "deadline-days", Integer.class).orElse(defaults.deadlineDays));
    }

    public BigDecimal target(Indicator indicator) {
        return targets.get(indicator);
    }

    public BigDecimal weight(Indicator indicator) {
        return weights.get(indicator);
    }

    /** These standards with the targets the computed figures were computed with, where there are some. */
    WorkbookStandards withTargets(Map<Indicator, BigDecimal> computed) {
        Map<Indicator, BigDecimal> merged = new EnumMap<>(targets);
        merged.putAll(computed);
        return new WorkbookStandards(merged, weights, excellent, good, pass, activityBar, annualActivityBar,
                deadlineDays);
    }

    private static int defaultWeight(Indicator indicator) {
        return switch (indicator) {
            case COVERAGE, ENROLLMENT -> 25;
            case SATISFACTION -> 20;
            case INFO_COLLECTION, REPORTING -> 10;
            case JINGKA, ACTIVITY -> 5;
            case MIGRANT_ENROLLMENT -> 0;
        };
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        WorkbookStandards workbookStandards(Environment environment) {
            return WorkbookStandards.from(environment);
        }
    }
}
