package org.unionstat.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import org.unionstat.domain.Indicator;

/**
 * The assessment standards the workbooks show and apply to single unions: targets and weights of the indicators
 * (SPEC §4), the activity bar of a quarter and the filing deadline in days after the end of a quarter.
 *
 * <p>Read from {@code unionstat.assessment.*} in config/application.yml with the SPEC's defaults. This is the one
 * place the workbooks take them from: the computed figures carry their own targets (indicator_result.target), which
 * win over these wherever a period has been computed.
 */
public record WorkbookStandards(Map<Indicator, BigDecimal> targets, Map<Indicator, Integer> weights, int activityBar,
        int deadlineDays) {

    private static final String PREFIX = "unionstat.assessment.";

    public WorkbookStandards {
        targets = Collections.unmodifiableMap(new EnumMap<>(targets));
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    /** The defaults of SPEC §4. */
    public static WorkbookStandards defaults() {
        Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
        Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            targets.put(indicator, indicator == Indicator.REPORTING ? BigDecimal.ONE : new BigDecimal("0.90"));
            weights.put(indicator, defaultWeight(indicator));
        }
        return new WorkbookStandards(targets, weights, 6, 15);
    }

    /** {@code unionstat.assessment.indicators.<key>.target|weight}, {@code .activity-bar}, {@code .deadline-days}. */
    static WorkbookStandards from(Environment environment) {
        WorkbookStandards defaults = defaults();
        Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
        Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            String key = PREFIX + "indicators." + indicator.key() + ".";
            targets.put(indicator, environment.getProperty(key + "target", BigDecimal.class,
                    defaults.targets.get(indicator)));
            weights.put(indicator, environment.getProperty(key + "weight", Integer.class, defaults.weights.get(indicator)));
        }
        return new WorkbookStandards(targets, weights,
                environment.getProperty(PREFIX + "activity-bar", Integer.class, defaults.activityBar),
                environment.getProperty(PREFIX + "deadline-days", Integer.class, defaults.deadlineDays));
    }

    public BigDecimal target(Indicator indicator) {
        return targets.get(indicator);
    }

    public int weight(Indicator indicator) {
        return weights.get(indicator);
    }

    /** These standards with the targets the computed figures were computed with, where there are some. */
    WorkbookStandards withTargets(Map<Indicator, BigDecimal> computed) {
        Map<Indicator, BigDecimal> merged = new EnumMap<>(targets);
        merged.putAll(computed);
        return new WorkbookStandards(merged, weights, activityBar, deadlineDays);
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
