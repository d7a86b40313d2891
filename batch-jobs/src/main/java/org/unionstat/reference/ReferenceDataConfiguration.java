package org.unionstat.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import org.unionstat.domain.ReferenceData;

@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

    @Bean
    ReferenceData referenceData(Environment settings) {
        return ReferenceDataFiles.load(settings);
    }
}
