package org.unionstat.reference;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.unionstat.domain.ReferenceData;

@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

    @Bean
    ReferenceData referenceData(@Value("${unionstat.districts-file:config/districts.csv}") Path districts,
            @Value("${unionstat.industries-file:config/industries.csv}") Path industries) {
        return ReferenceDataFiles.load(districts, industries);
    }
}
