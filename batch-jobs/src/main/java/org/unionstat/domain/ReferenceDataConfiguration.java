package org.unionstat.domain;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

    @Bean
    ReferenceData referenceData(@Value("${unionstat.districts-file:config/districts.csv}") Path districts,
            @Value("${unionstat.industries-file:config/industries.csv}") Path industries) {
        return ReferenceData.load(districts, industries);
    }
}
