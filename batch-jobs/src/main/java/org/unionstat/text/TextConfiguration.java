package org.unionstat.text;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link Messages} of the language set by {@code unionstat.locale}. */
@Configuration(proxyBeanMethods = false)
class TextConfiguration {

    @Bean
    Messages messages(TextSettings settings) {
        return Messages.of(settings.toLocale());
    }
}
