package org.unionstat.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The commands of a test class run with {@code unionstat.locale=en} (a system property, as an operator could set it),
 * for tests that state the English texts of docs/; the default, Chinese, is tested on its own (LocaleCommandTest).
 */
public final class English implements BeforeAllCallback, AfterAllCallback {

    private static final String KEY = "unionstat.locale";

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty(KEY, "en");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty(KEY);
    }
}
