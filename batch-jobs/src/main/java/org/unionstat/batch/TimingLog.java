package org.unionstat.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log of how long the parts of a job took (the data-quality rules of a report, for one): written to the log file
 * only (logback-spring.xml), where {@code make bench} reads it, and kept off a statistician's console.
 */
public final class TimingLog {

    /** The logger's name, under org.unionstat so that it logs at INFO. */
    public static final String NAME = "org.unionstat.timing";

    private TimingLog() {
    }

    public static Logger logger() {
        return LoggerFactory.getLogger(NAME);
    }
}
