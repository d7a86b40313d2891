package org.unionstat.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.unionstat.domain.UserFacingException;

/** One line naming the problem behind a failure, for the statistician (stack traces go to the log, or --verbose). */
public final class Failures {

    private Failures() {
    }

    public static String describe(List<Throwable> failures) {
        Set<String> messages = new LinkedHashSet<>();
        failures.forEach(f -> messages.add(describe(f)));
        return messages.isEmpty() ? "unknown error" : String.join("; ", messages);
    }

    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof UserFacingException) {
                return t.getMessage();
            }
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            if ((t instanceof IOException || t instanceof UncheckedIOException) && t.getMessage() != null
                    && (t.getMessage().contains("No space left on device") || t.getMessage().contains("Disk quota"))) {
                return "the disk is full (" + firstLine(t.getMessage()) + "); free some space and run the same command"
                        + " again: it resumes where it stopped";
            }
        }
        if (isConnectionFailure(failure)) {
            return "cannot reach the database: " + firstLine(innermost(failure).getMessage() == null
                    ? innermost(failure).getClass().getSimpleName() : innermost(failure).getMessage());
        }
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                messages.add(firstLine(t.getMessage()));
            }
        }
        if (messages.isEmpty()) {
            return failure.getClass().getSimpleName();
        }
        String first = messages.iterator().next();
        String last = messages.stream().reduce((a, b) -> b).orElse(first);
        return first.equals(last) ? first : first + ": " + last;
    }

    /** Whether the failure comes from not reaching the database server (refused, unknown host, timeout, link lost). */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("CommunicationsException") || name.endsWith("CannotGetJdbcConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message recorded in an exit description (Spring Batch stores the failure's stack trace there): its first
     * line without the exception's class name; null when there is none.
     */
    public static String fromExitDescription(org.springframework.batch.core.ExitStatus status) {
        String description = status == null ? null : status.getExitDescription();
        if (description == null || description.isBlank()) {
            return null;
        }
        String line = firstLine(description);
        return line.replaceFirst("^([\\w$]+\\.)*[\\w$]+(Exception|Error)(: )?", "").strip();
    }

    public static Throwable innermost(Throwable failure) {
        Throwable t = failure;
        while (next(t) != null) {
            t = next(t);
        }
        return t;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }

    /** The first line of a message: drivers append the whole SQL statement after it. */
    public static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.endsWith("; SQL statement:") ? line.substring(0, line.length() - 16) : line;
    }
}
