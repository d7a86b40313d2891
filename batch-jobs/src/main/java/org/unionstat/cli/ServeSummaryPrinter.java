package org.unionstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.unionstat.batch.JobStatusText;
import org.unionstat.domain.Period;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.run.RunOutcome;
import org.unionstat.serve.InboxProcessor;
import org.unionstat.serve.ServeOutcome;
import org.unionstat.text.Messages;

/** The summary at the end of a pass of {@code serve}: files, rows, periods computed, outputs, duration. */
final class ServeSummaryPrinter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Messages messages;

    ServeSummaryPrinter(PrintWriter out, PrintWriter err, Messages messages) {
        this.out = out;
        this.err = err;
        this.messages = messages;
    }

    /** The summary of {@code run DIR}: as a pass's, without the archive and quarantine. */
    void printTree(ServeOutcome pass, Path dir, Path outDir) {
        if (pass.skipped() != null) {
            err.println("unionstat: " + messages.text(RunText.TREE_SKIPPED, dir, pass.skipped()));
            err.flush();
            return;
        }
        problems(pass);
        if (pass.nothingChanged()) {
            out.println(messages.text(RunText.TREE_UNCHANGED, dir, pass.files().size() + pass.runFiles().size(),
                    pass.periods().size()));
            out.flush();
            return;
        }
        out.println(messages.text(RunText.TREE_DONE, dir, RunSummaryPrinter.format(pass.duration())));
        List<RunOutcome.FileResult> quarterly = pass.runFiles();
        long already = pass.files().stream().filter(f -> f.taken() && f.summary().alreadyImported()).count()
                + quarterly.stream().filter(RunOutcome.FileResult::alreadyImported).count();
        out.println(messages.text(RunText.TREE_FILES, pass.files().size() + quarterly.size(),
                pass.count(ServeOutcome.Disposition.IMPORTED) + quarterly.stream().filter(RunOutcome.FileResult::imported).count(),
                already, pass.count(ServeOutcome.Disposition.REFUSED) + quarterly.stream().filter(f -> f.refusal() != null).count(),
                pass.count(ServeOutcome.Disposition.LEFT) + quarterly.stream().filter(f -> f.unfinished() != null).count()));
        rowsAndPeriods(pass, outDir);
        out.flush();
    }

    private void problems(ServeOutcome pass) {
        for (ServeOutcome.FileOutcome file : pass.files()) {
            if (!file.taken()) {
                err.println("unionstat: " + file.problem());
            }
        }
        for (RunOutcome.FileResult file : pass.runFiles()) {
            if (file.refusal() != null || file.unfinished() != null) {
                err.println("unionstat: " + (file.refusal() != null ? file.refusal() : file.unfinished()));
            }
        }
        for (RunOutcome run : pass.periods()) {
            if (run.failure() != null) {
                err.println("unionstat: " + messages.text(RunText.PERIOD_FAILED, run.period(), JobStatusText.of(run.status()),
                        run.failure()));
            }
        }
        err.flush();
    }

    private void rowsAndPeriods(ServeOutcome pass, Path outDir) {
        out.println(messages.text(RunText.ROWS, pass.read(), pass.accepted(), pass.rejected(),
                ImportSummary.byCode(pass.rejectedByCode(), messages)));
        out.println(pass.periods().isEmpty() ? messages.text(RunText.COMPUTED_NOTHING)
                : messages.text(RunText.COMPUTED_PERIODS, pass.periods().stream().filter(RunOutcome::completed)
                        .map(RunOutcome::period).map(Period::toString).collect(Collectors.joining(", "))));
        long outputs = pass.periods().stream().filter(r -> r.outputs() != null && !r.alreadyDone())
                .mapToLong(r -> r.outputs().filesWritten()).sum();
        out.println(messages.text(RunText.OUTPUTS_UNDER, outputs, outDir));
    }

    void print(ServeOutcome pass, InboxProcessor.Directories dirs) {
        if (pass.skipped() != null) {
            err.println("unionstat: " + messages.text(RunText.SERVE_SKIPPED, pass.skipped()));
            err.flush();
            return;
        }
        problems(pass);
        out.println(messages.text(RunText.SERVE_DONE, RunSummaryPrinter.format(pass.duration())));
        out.println(messages.text(RunText.SERVE_FILES, pass.files().size(), pass.count(ServeOutcome.Disposition.ARCHIVED),
                pass.count(ServeOutcome.Disposition.QUARANTINED), pass.count(ServeOutcome.Disposition.LEFT),
                pass.unsettled().size()));
        rowsAndPeriods(pass, dirs.out());
        if (pass.count(ServeOutcome.Disposition.QUARANTINED) > 0) {
            out.println(messages.text(RunText.SERVE_SEE, dirs.quarantine()));
        }
        out.flush();
    }
}
