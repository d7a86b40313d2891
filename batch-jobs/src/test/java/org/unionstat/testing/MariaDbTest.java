package org.unionstat.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring Boot integration test on a real MariaDB/MySQL server through Connector/J. Runs only in the
 * {@code mariadb} suite ({@code make test-mariadb}); there it fails, never skips, when the server is unreachable.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@TestPropertySource(locations = "classpath:test-mariadb.properties")
@Tag("mariadb")
public @interface MariaDbTest {
}
