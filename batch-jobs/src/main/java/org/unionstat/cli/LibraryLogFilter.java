package org.unionstat.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps libraries' log lines off the console (logback-spring.xml): a line of POI about a workbook it could not parse
 * ("DOCTYPE is disallowed", "Error in zip file") means nothing to a statistician, whose file is refused in unionstat's
 * own words anyway. They still go to the log file.
 */
public final class LibraryLogFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return event.getLoggerName().startsWith("org.unionstat.") ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
