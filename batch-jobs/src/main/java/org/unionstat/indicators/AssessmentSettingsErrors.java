package org.unionstat.indicators;

import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.unionstat.domain.UserFacingException;

/**
 * Turns a failure to bind {@code unionstat.assessment} (a misspelled key, a value that is not a number) into one line
 * naming the key and the value, instead of Spring's chain of bean creation errors.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentSettingsErrors {

    private static final ConfigurationPropertyName ASSESSMENT = ConfigurationPropertyName.of(AssessmentSettings.PREFIX);

    @Bean
    static ConfigurationPropertiesBindHandlerAdvisor assessmentSettingsBindErrors() {
        return handler -> new AbstractBindHandler(handler) {
            @Override
            public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
                    Exception error) throws Exception {
                if (!ASSESSMENT.isAncestorOf(name) && !ASSESSMENT.equals(name)) {
                    return super.onFailure(name, target, context, error);
                }
                for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    if (t instanceof UserFacingException userFacing) {
                        throw userFacing;
                    }
                    if (t instanceof UnboundConfigurationPropertiesException unbound) {
                        throw new UserFacingException("bad configuration: unknown key "
                                + unbound.getUnboundProperties().stream().map(AssessmentSettingsErrors::describe)
                                        .sorted().collect(Collectors.joining(", "))
                                + " (misspelled? see the keys under " + AssessmentSettings.PREFIX + ")");
                    }
                }
                ConfigurationProperty property = context.getConfigurationProperty();
                if (property != null) {
                    Class<?> type = target.getType().resolve(Object.class);
                    throw new UserFacingException("bad configuration: " + describe(property) + " is not "
                            + (Number.class.isAssignableFrom(type) || type.isPrimitive() ? "a number" : "valid"));
                }
                return super.onFailure(name, target, context, error);
            }
        };
    }

    private static String describe(ConfigurationProperty property) {
        String origin = property.getOrigin() == null ? "" : " in " + property.getOrigin();
        return property.getName() + " = " + property.getValue() + origin;
    }
}
