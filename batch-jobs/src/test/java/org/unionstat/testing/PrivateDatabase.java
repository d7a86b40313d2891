package org.unionstat.testing;

import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A private in-memory H2 database for the commands a test runs ({@link Commands}): the system property
 * {@code spring.datasource.url} outranks ./config/application.yml, and is put back as it was afterwards. Register it
 * with {@code @RegisterExtension}: {@link #perTest()} on a field gives each test a new database, {@link #perClass()}
 * on a static field one database to all the tests of the class (each command's context opens it anew; it outlives
 * them).
 */
public final class PrivateDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    public static final String URL = "spring.datasource.url";

    private final boolean perClass;
    private String previous;

    private PrivateDatabase(boolean perClass) {
        this.perClass = perClass;
    }

    public static PrivateDatabase perTest() {
        return new PrivateDatabase(false);
    }

    public static PrivateDatabase perClass() {
        return new PrivateDatabase(true);
    }

    /** Points the commands at another database until the end of the test (or class). */
    public void use(String url) {
        System.setProperty(URL, url);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (perClass) {
            open();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (perClass) {
            restore();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            open();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            restore();
        }
    }

    private void open() {
        previous = System.getProperty(URL);
        use("jdbc:h2:mem:cli-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
    }

    private void restore() {
        if (previous == null) {
            System.clearProperty(URL);
        } else {
            System.setProperty(URL, previous);
        }
    }
}
