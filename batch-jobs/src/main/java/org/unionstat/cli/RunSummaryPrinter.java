package org.unionstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

import org.unionstat.batch.JobStatusText;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.run.RunOutcome;
import org.unionstat.text.Messages;

/**
 * Prints a run's outcome: one line per file (as {@code import} does), then a summary of a few lines — files, rows
 * read/accepted/rejected by code, what was computed, the outputs, the duration. Refusals and failures also go to
 * standard error as {@code unionstat: …}.
 */
public final class RunSummaryPrinter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Messages messages;

    public RunSummaryPrinter(PrintWriter out, PrintWriter err, Messages messages) {
        this.out = out;
        this.err = err;
        this.messages = messages;
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
            out.println(run.computed().unchanged() ? messages.text(RunText.COMPUTED_UNCHANGED, run.period())
                    : messages.text(RunText.COMPUTED, run.period(), run.computed().indicatorRows(),
                            run.computed().scores()));
        }
        if (run.outputs() != null && !run.alreadyDone()) {
            out.println(messages.text(RunText.OUTPUTS_WRITTEN_TO, run.period(), shown(run.outputs().directory())));
        }
        out.println();
        out.println(headline(run));
        if (!run.files().isEmpty()) {
            long imported = run.files().stream().filter(RunOutcome.FileResult::imported).count();
            long already = run.files().stream().filter(RunOutcome.FileResult::alreadyImported).count();
            long unfinished = run.files().stream().filter(f -> f.unfinished() != null).count();
            long notReached = run.files().stream().filter(f -> !f.reached()).count();
            out.println(messages.text(RunText.FILES, imported,
                    already > 0 ? messages.text(RunText.FILES_ALREADY, already) : "", run.refusedFiles(),
                    unfinished > 0 ? messages.text(RunText.FILES_UNFINISHED, unfinished) : "",
                    notReached > 0 ? messages.text(RunText.FILES_NOT_REACHED, notReached) : ""));
            out.println(messages.text(RunText.ROWS, run.read(), run.accepted(), run.rejected(),
                    ImportSummary.byCode(run.rejectedByCode(), messages)));
        }
        if (run.computed() != null) {
            out.println(messages.text(RunText.COMPUTED_LINE, run.period(), run.computed().indicatorRows(),
                    run.computed().scores(), run.computed().unchanged() ? messages.text(RunText.UNCHANGED) : ""));
        } else {
            out.println(messages.text(RunText.COMPUTED_NOTHING));
        }
        if (run.outputs() != null) {
            out.println(messages.text(RunText.OUTPUTS, run.outputs().filesWritten(), shown(run.outputs().directory())));
        } else {
            out.println(messages.text(RunText.OUTPUTS_NONE));
        }
        out.flush();
        if (run.failure() != null) {
            err.println("unionstat: " + messages.text(RunText.FAILED, run.period(), JobStatusText.of(run.status()), run.failure()));
            err.println("unionstat: " + messages.text(RunText.RESUME, run.jobExecutionId()));
        }
        err.flush();
    }

    private String headline(RunOutcome run) {
        String what = messages.text(RunText.RUN, run.period(), run.jobExecutionId());
        if (run.alreadyDone()) {
            return messages.text(RunText.ALREADY_DONE, what);
        }
        return messages.text(RunText.DONE, what, JobStatusText.of(run.status()), format(run.duration()));
    }

    /** A path relative to the working directory when it lies below it, as the user would type it. */
    static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : path.toString();
    }

    /** {@code 0:01:23}. */
    public static String format(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
