package org.unionstat;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot application behind the command line. {@link Unionstat#main} parses the command first and starts
 * this context only for a command that needs the database, so {@code --help} and usage errors work without one.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UnionstatApplication {

    /** The time as the classes that read it see it: the system's, in its time zone (tests move a clock of their own). */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
