package org.unionstat.cli;

import java.io.PrintWriter;

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
        } else {
            org.unionstat.cli.Traces.record("unionstat: " + describe(failure), failure); // to the log file
        }
        err.flush();
        return Unionstat.EXIT_FAILURE;
    }

    /**
     * One line: a UserFacingException's message; a full disk or an unreachable database in words; otherwise the first
     * lines of the outermost and innermost messages of the cause chain (the innermost usually names the problem).
     */
    static String describe(Throwable failure) {
        return org.unionstat.batch.Failures.describe(failure);
    }
}
