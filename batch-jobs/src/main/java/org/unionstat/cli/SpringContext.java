package org.unionstat.cli;

import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import org.unionstat.UnionstatApplication;


/**
 * Starts the Spring application on first use and closes it at the end of the command. Commands that only print
 * help never connect to the database. A start that fails because the database cannot be reached is reported in one
 * line naming the server. Spring's own shutdown hook is off: on Ctrl-C or SIGTERM, unionstat's (GracefulShutdown)
 * first lets running jobs stop at a chunk boundary.
 */
public final class SpringContext implements AutoCloseable {

    /** With --verbose: Spring Batch's own log (stack traces of failed steps) shows on the console too. */
    public static final String VERBOSE_PROFILE = "verbose";

    private final boolean verbose;
    private ConfigurableApplicationContext context;

    public SpringContext() {
        this(false);
    }

    public SpringContext(boolean verbose) {
        this.verbose = verbose;
    }

    public synchronized <T> T bean(Class<T> type) {
        if (context == null) {
            quietUntilLoggingIsSetUp();
            ConfigFiles.check();
            SpringApplication application = new SpringApplication(UnionstatApplication.class);
            application.setRegisterShutdownHook(false);
            if (verbose) {
                application.setAdditionalProfiles(VERBOSE_PROFILE);
            }
            AtomicReference<String> jdbcUrl = new AtomicReference<>();
            application.addListeners(new DatasourceUrl(jdbcUrl));
            try {
                context = application.run();
            } catch (RuntimeException e) {
                throw StartupFailures.explain(e, jdbcUrl.get());
            }
        }
        return context.getBean(type);
    }

    /**
     * A start that fails before Spring has set up logging (a settings file Spring cannot read) would print Spring's
     * stack trace on the console; unionstat says it in one line instead. Spring's own set-up replaces these levels.
     */
    private static void quietUntilLoggingIsSetUp() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE") == null) {
            logback.getLogger("org.springframework.boot.SpringApplication").setLevel(Level.OFF);
            logback.getLogger(Traces.LOGGER).setLevel(Level.OFF);
        }
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Remembers the configured database URL, for the message when the start fails. */
    private record DatasourceUrl(AtomicReference<String> url) implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            url.set(event.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
