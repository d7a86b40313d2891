package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import org.unionstat.domain.UserFacingException;

class QualitySettingsTest {

    @EnableConfigurationProperties(QualitySettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void defaultsAreThoseOfTheDocs() {
        runner.run(context -> {
            QualitySettings settings = context.getBean(QualitySettings.class);
            assertThat(settings.suddenChangeZ()).isEqualByComparingTo("3.5");
            assertThat(settings.suddenChangeMinimum()).isEqualTo(10);
            assertThat(settings.copiedMinEmployees()).isEqualTo(50);
            assertThat(settings.registryFactor()).isEqualByComparingTo("2");
            assertThat(settings.registryMinDifference()).isEqualTo(50);
            assertThat(settings.maxActivities()).isEqualTo(90);
            assertThat(settings.fullSatisfactionMinEvaluated()).isEqualTo(100);
            assertThat(settings.equalMembersMinEmployees()).isEqualTo(500);
            assertThat(settings.enabled()).isTrue();
        });
    }

    @Test
    void aSettingIsReadAndABadOneIsRefusedByName() {
        runner.withPropertyValues("unionstat.quality.max-activities=120")
                .run(context -> assertThat(context.getBean(QualitySettings.class).maxActivities()).isEqualTo(120));
        runner.withPropertyValues("unionstat.quality.enabled=false")
                .run(context -> assertThat(context.getBean(QualitySettings.class).enabled()).isFalse());
        runner.withPropertyValues("unionstat.quality.registry-factor=1")
                .run(context -> assertThat(context).getFailure().rootCause().isInstanceOf(UserFacingException.class)
                        .hasMessageContaining("unionstat.quality.registry-factor"));
        runner.withPropertyValues("unionstat.quality.sudden-change-z=0")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("unionstat.quality.sudden-change-z"));
        runner.withPropertyValues("unionstat.quality.max-activitys=1")
                .run(context -> assertThat(context).hasFailed());
    }
}
