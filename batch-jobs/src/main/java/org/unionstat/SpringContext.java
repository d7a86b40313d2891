package org.unionstat;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application on first use and closes it at the end of the command. Commands that only print
 * help never connect to the database.
 */
public final class SpringContext implements AutoCloseable {

    private ConfigurableApplicationContext context;

    public synchronized <T> T bean(Class<T> type) {
        if (context == null) {
            context = new SpringApplication(UnionstatApplication.class).run();
        }
        return context.getBean(type);
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
