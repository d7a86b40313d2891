package org.unionstat.report.figures;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.unionstat.domain.Indicator;
import org.unionstat.indicators.AssessmentSettings;

/**
 * The assessment standards the workbooks show and apply to single unions: targets and weights of the indicators,
 * grade bounds, the activity bars, the filing deadline and the weight draws of the rank intervals
 * (docs/indicators.md): the compute job's {@link AssessmentSettings}
 * ({@code unionstat.assessment} in config/application.yml), so the workbook and the figures never disagree.
 *
 * <p>The one place the workbooks take these from. The computed figures carry their own targets
 * (indicator_result.target), which win wherever a period has been computed: the workbook then shows the targets its
 * figures were judged by, even if the configuration changed since.
 */
public record WorkbookStandards(Map<Indicator, BigDecimal> targets, Map<Indicator, BigDecimal> weights,
        BigDecimal excellent, BigDecimal good, BigDecimal pass, int activityBar, int annualActivityBar,
        int deadlineDays, AssessmentSettings.Robustness robustness) {

    public WorkbookStandards {
        targets = Collections.unmodifiableMap(new EnumMap<>(targets));
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    /** The defaults of docs/indicators.md. */
    public static WorkbookStandards defaults() {
        return of(AssessmentSettings.defaults());
    }

    /** The standards of the configured assessment rules, the same ones the compute job applies. */
    public static WorkbookStandards of(AssessmentSettings settings) {
        Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
        Map<Indicator, BigDecimal> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            targets.put(indicator, settings.target(indicator));
            weights.put(indicator, settings.weight(indicator));
        }
        return new WorkbookStandards(targets, weights, settings.grades().excellent(), settings.grades().good(),
                settings.grades().pass(), settings.activityBar(), settings.annualActivityBar(),
                settings.deadlineDays(), settings.robustness());
    }

    public BigDecimal target(Indicator indicator) {
        return targets.get(indicator);
    }

    public BigDecimal weight(Indicator indicator) {
        return weights.get(indicator);
    }

    public AssessmentSettings.Grades grades() {
        return new AssessmentSettings.Grades(excellent, good, pass);
    }

    /** These standards with the targets the computed figures were computed with, where there are some. */
    public WorkbookStandards withTargets(Map<Indicator, BigDecimal> computed) {
        Map<Indicator, BigDecimal> merged = new EnumMap<>(targets);
        merged.putAll(computed);
        return new WorkbookStandards(merged, weights, excellent, good, pass, activityBar, annualActivityBar,
                deadlineDays, robustness);
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        WorkbookStandards workbookStandards(AssessmentSettings settings) {
            return WorkbookStandards.of(settings);
        }
    }
}
