package org.unionstat;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring Boot application behind the command line. {@link Unionstat#main} parses the command first and starts
 * this context only for a command that needs the database, so {@code --help} and usage errors work without one.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UnionstatApplication {
}
