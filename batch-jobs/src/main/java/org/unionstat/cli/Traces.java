package org.unionstat.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stack traces for the log file only (logger {@value #LOGGER}, routed to var/log/unionstat.log by logback-spring.xml;
 * on the console too with --verbose): the console gets one line per failure.
 */
public final class Traces {

    public static final String LOGGER = "unionstat.trace";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private Traces() {
    }

    public static void record(String what, Throwable failure) {
        log.error(what, failure);
    }
}
