package org.unionstat;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;

import picocli.CommandLine;

/**
 * Turns an exception into one line naming the problem (exit code 1); the stack trace only with {@code --verbose}.
 */
final class FailureReporter implements CommandLine.IExecutionExceptionHandler {

    private final PrintWriter err;

    FailureReporter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        err.println("unionstat: " + describe(failure));
        if (parsed.expandedArgs().contains("--verbose")) {
            failure.printStackTrace(err);
        }
        err.flush();
        return Unionstat.EXIT_FAILURE;
    }

    /** The distinct messages of the cause chain, outermost first: the innermost usually names the real problem. */
    static String describe(Throwable failure) {
        if (failure instanceof UserFacingException) {
            return failure.getMessage();
        }
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingException) {
                return t.getMessage();
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                messages.add(t.getMessage().strip());
            }
        }
        if (messages.isEmpty()) {
            return failure.getClass().getSimpleName();
        }
        String last = null;
        for (String message : messages) {
            last = message;
        }
        String first = messages.iterator().next();
        return first.equals(last) ? first : first + ": " + last;
    }
}
