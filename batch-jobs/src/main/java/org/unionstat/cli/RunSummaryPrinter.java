package org.unionstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.unionstat.run.RunOutcome;

/**
 * Prints a run's outcome: one line per file (as {@code import} does), then a summary of a few lines — files, rows
 * read/accepted/rejected by code, what was computed, the outputs, the duration. Refusals and failures also go to
 * standard error as {@code unionstat: …}.
 */
public final class RunSummaryPrinter {

    private final PrintWriter out;
    private final PrintWriter err;

    public RunSummaryPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public void print(RunOutcome run) {
        for (RunOutcome.FileResult file : run.files()) {
            if (file.refusal() != null) {
                err.println("unionstat: " + file.refusal());
            } else if (file.unfinished() != null) {
                err.println("unionstat: " + file.unfinished());
            } else if (file.line() != null) {
                out.println(file.line());
            }
        }
        err.flush();
        if (run.computed() != null && !run.alreadyDone()) {
            out.printf("%s: %s%n", run.period(), run.computed().unchanged()
                    ? "already computed from the same inputs and settings; figures unchanged"
                    : "computed " + run.computed().indicatorRows() + " indicator rows and " + run.computed().scores()
                            + " scores");
        }
        if (run.outputs() != null && !run.alreadyDone()) {
            out.printf("%s: outputs written to %s%n", run.period(), shown(run.outputs().directory()));
        }
        out.println();
        out.println(headline(run));
        if (!run.files().isEmpty()) {
            long imported = run.files().stream().filter(RunOutcome.FileResult::imported).count();
            long already = run.files().stream().filter(RunOutcome.FileResult::alreadyImported).count();
            long unfinished = run.files().stream().filter(f -> f.unfinished() != null).count();
            long notReached = run.files().stream().filter(f -> !f.reached()).count();
            out.printf("  files     %d imported%s, %d refused%s%s%n", imported,
                    already > 0 ? " (" + already + " of them already before)" : "", run.refusedFiles(),
                    unfinished > 0 ? ", " + unfinished + " not finished" : "",
                    notReached > 0 ? ", " + notReached + " not reached yet" : "");
            out.printf("  rows      read %d, accepted %d, rejected %d%s%n", run.read(), run.accepted(), run.rejected(),
                    byCode(run.rejectedByCode()));
        }
        if (run.computed() != null) {
            out.printf("  computed  %s: %d indicator rows, %d scores%s%n", run.period(), run.computed().indicatorRows(),
                    run.computed().scores(), run.computed().unchanged() ? " (unchanged)" : "");
        } else {
            out.printf("  computed  nothing%n");
        }
        if (run.outputs() != null) {
            out.printf("  outputs   %d files written in %s%n", run.outputs().filesWritten(), shown(run.outputs().directory()));
        } else {
            out.printf("  outputs   none written%n");
        }
        out.flush();
        if (run.failure() != null) {
            err.println("unionstat: run " + run.period() + " " + run.status() + ": " + run.failure());
            err.println("unionstat: nothing is lost: run the same command again, or `restart " + run.jobExecutionId()
                    + "`, to resume where it stopped");
        }
        err.flush();
    }

    private static String headline(RunOutcome run) {
        String what = "run " + run.period() + " (job runPeriod, execution " + run.jobExecutionId() + ")";
        if (run.alreadyDone()) {
            return what + ": already done, nothing changed since; nothing was run";
        }
        return what + ": " + run.status() + " in " + format(run.duration());
    }

    /** A path relative to the working directory when it lies below it, as the user would type it. */
    static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : path.toString();
    }

    static String byCode(Map<String, Long> byCode) {
        return byCode.isEmpty() ? "" : byCode.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }

    /** {@code 0:01:23}. */
    public static String format(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
