package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import org.unionstat.domain.Indicator;
import org.unionstat.domain.UserFacingException;

class AssessmentSettingsTest {

    @Configuration
    @EnableConfigurationProperties(AssessmentSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Settings.class, AssessmentSettingsErrors.class);

    @Test
    void defaultsAreThoseOfTheSpec() {
        AssessmentSettings settings = AssessmentSettings.defaults();
        assertThat(settings.target(Indicator.COVERAGE)).isEqualByComparingTo("0.90");
        assertThat(settings.weight(Indicator.COVERAGE)).isEqualByComparingTo("25");
        assertThat(settings.weight(Indicator.ENROLLMENT)).isEqualByComparingTo("25");
        assertThat(settings.weight(Indicator.SATISFACTION)).isEqualByComparingTo("20");
        assertThat(settings.weight(Indicator.INFO_COLLECTION)).isEqualByComparingTo("10");
        assertThat(settings.weight(Indicator.JINGKA)).isEqualByComparingTo("5");
        assertThat(settings.target(Indicator.REPORTING)).isEqualByComparingTo("1");
        assertThat(settings.weight(Indicator.REPORTING)).isEqualByComparingTo("10");
        assertThat(settings.weight(Indicator.ACTIVITY)).isEqualByComparingTo("5");
        assertThat(settings.weight(Indicator.MIGRANT_ENROLLMENT)).isEqualByComparingTo("0");
        for (Indicator indicator : Indicator.values()) {
            if (indicator != Indicator.REPORTING) {
                assertThat(settings.target(indicator)).as(indicator.key()).isEqualByComparingTo("0.90");
            }
        }
        assertThat(settings.grades()).isEqualTo(new AssessmentSettings.Grades(new BigDecimal("95"),
                new BigDecimal("85"), new BigDecimal("70")));
        assertThat(settings.requiredUnitEmployees()).isEqualTo(25);
        assertThat(settings.deadlineDays()).isEqualTo(15);
        assertThat(settings.activityBar()).isEqualTo(6);
        assertThat(settings.annualActivityBar()).isEqualTo(24);
        assertThat(settings.robustness()).isEqualTo(new AssessmentSettings.Robustness(1000, new BigDecimal("0.25"),
                4754L));
    }

    @Test
    void theShippedConfigurationHoldsTheDefaults() throws IOException {
        // surefire runs from the repository root, where config/application.yml lives
        var sources = new YamlPropertySourceLoader().load("config", new FileSystemResource("config/application.yml"));
        runner.withInitializer(context -> sources.forEach(s -> context.getEnvironment().getPropertySources()
                        .addFirst((PropertySource<?>) s)))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    AssessmentSettings settings = context.getBean(AssessmentSettings.class);
                    AssessmentSettings defaults = AssessmentSettings.defaults();
                    for (Indicator indicator : Indicator.values()) {
                        assertThat(settings.target(indicator)).as(indicator.key())
                                .isEqualByComparingTo(defaults.target(indicator));
                        assertThat(settings.weight(indicator)).as(indicator.key())
                                .isEqualByComparingTo(defaults.weight(indicator));
                    }
                    assertThat(settings.grades().excellent()).isEqualByComparingTo("95");
                    assertThat(settings.grades().good()).isEqualByComparingTo("85");
                    assertThat(settings.grades().pass()).isEqualByComparingTo("70");
                    assertThat(settings.requiredUnitEmployees()).isEqualTo(25);
                    assertThat(settings.deadlineDays()).isEqualTo(15);
                    assertThat(settings.activityBar()).isEqualTo(6);
                    assertThat(settings.annualActivityBar()).isEqualTo(24);
                    assertThat(settings.robustness().draws()).isEqualTo(1000);
                    assertThat(settings.robustness().noiseFactor()).isEqualByComparingTo("0.25");
                    assertThat(settings.robustness().seed()).isEqualTo(4754L);
                });
    }

    @Test
    void theRobustnessSettingsAreTheReportsAloneAndNotPartOfTheComputation() {
        runner.withPropertyValues("unionstat.assessment.robustness.draws=200",
                        "unionstat.assessment.robustness.noise-factor=0",
                        "unionstat.assessment.robustness.seed=-7")
                .run(context -> {
                    AssessmentSettings settings = context.getBean(AssessmentSettings.class);
                    assertThat(settings.robustness()).isEqualTo(new AssessmentSettings.Robustness(200,
                            new BigDecimal("0"), -7L));
                    assertThat(settings.computationRules()).isEqualTo(AssessmentSettings.defaults().computationRules());
                });
        assertThat(new AssessmentSettings(null, null, 30, null, null, null, null).computationRules())
                .isNotEqualTo(AssessmentSettings.defaults().computationRules());
    }

    @Test
    void keysMayBeOverriddenOneByOne() {
        runner.withPropertyValues("unionstat.assessment.indicators.info_collection.weight=12",
                        "unionstat.assessment.indicators.migrant-enrollment.weight=3",
                        "unionstat.assessment.indicators.coverage.target=0.85",
                        "unionstat.assessment.activity-bar=5",
                        "unionstat.assessment.grades.excellent=96")
                .run(context -> {
                    AssessmentSettings settings = context.getBean(AssessmentSettings.class);
                    assertThat(settings.weight(Indicator.INFO_COLLECTION)).isEqualByComparingTo("12");
                    assertThat(settings.target(Indicator.INFO_COLLECTION)).isEqualByComparingTo("0.90");
                    assertThat(settings.weight(Indicator.MIGRANT_ENROLLMENT)).isEqualByComparingTo("3");
                    assertThat(settings.target(Indicator.COVERAGE)).isEqualByComparingTo("0.85");
                    assertThat(settings.weight(Indicator.COVERAGE)).isEqualByComparingTo("25");
                    assertThat(settings.activityBar()).isEqualTo(5);
                    assertThat(settings.annualActivityBar()).isEqualTo(20); // follows the quarterly bar: 4 × 5
                    assertThat(settings.grades().excellent()).isEqualByComparingTo("96");
                    assertThat(settings.grades().good()).isEqualByComparingTo("85");
                });
    }

    @Test
    void badValuesFailNamingTheKey() {
        assertFailure("unionstat.assessment.indicators.coverage.target=1.5",
                "unionstat.assessment.indicators.coverage.target must be greater than 0 and at most 1 (found 1.5)");
        assertFailure("unionstat.assessment.indicators.jingka.target=0",
                "unionstat.assessment.indicators.jingka.target must be greater than 0");
        assertFailure("unionstat.assessment.indicators.info_collection.weight=-1",
                "unionstat.assessment.indicators.info_collection.weight must not be negative (found -1)");
        assertFailure("unionstat.assessment.deadline-days=-3",
                "unionstat.assessment.deadline-days must not be negative (found -3)");
        assertFailure("unionstat.assessment.grades.pass=90",
                "unionstat.assessment.grades.pass must be between 0 and grades.good (85) (found 90)");
        assertFailure("unionstat.assessment.robustness.draws=0",
                "unionstat.assessment.robustness.draws must be between 1 and 1000000 (found 0)");
        assertFailure("unionstat.assessment.robustness.noise-factor=1",
                "unionstat.assessment.robustness.noise-factor must be at least 0 and less than 1 (found 1)");
        assertFailure("unionstat.assessment.robustness.noise-factor=-0.1",
                "unionstat.assessment.robustness.noise-factor must be at least 0 and less than 1 (found -0.1)");
    }

    @Test
    void allWeightsZeroIsRefused() {
        String[] zero = java.util.Arrays.stream(Indicator.values())
                .map(i -> "unionstat.assessment.indicators." + i.key() + ".weight=0").toArray(String[]::new);
        runner.withPropertyValues(zero).run(context -> assertThat(context).getFailure()
                .rootCause().isInstanceOf(UserFacingException.class)
                .hasMessageContaining("at least one indicator must have a weight greater than 0"));
    }

    @Test
    void misspelledKeysAndNonNumbersFailNamingTheKey() {
        assertFailure("unionstat.assessment.indicators.covrage.target=0.8",
                "bad configuration: unknown key unionstat.assessment.indicators.covrage.target = 0.8");
        assertFailure("unionstat.assessment.deadline-days=fifteen",
                "bad configuration: unionstat.assessment.deadline-days = fifteen");
        assertFailure("unionstat.assessment.indicators.jingka.weight=five",
                "bad configuration: unionstat.assessment.indicators.jingka.weight = five");
        assertFailure("unionstat.assessment.robustness.drawz=10",
                "bad configuration: unknown key unionstat.assessment.robustness.drawz = 10");
    }

    private void assertFailure(String property, String message) {
        runner.withPropertyValues(property).run(context -> assertThat(context).getFailure()
                .rootCause().isInstanceOf(UserFacingException.class).hasMessageContaining(message));
    }
}
