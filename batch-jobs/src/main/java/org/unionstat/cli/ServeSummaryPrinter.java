package org.unionstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.unionstat.domain.Period;
import org.unionstat.run.RunOutcome;
import org.unionstat.serve.InboxProcessor;
import org.unionstat.serve.ServeOutcome;

/** The summary at the end of a pass of {@code serve}: files, rows, periods computed, outputs, duration. */
final class ServeSummaryPrinter {

    private final PrintWriter out;
    private final PrintWriter err;

    ServeSummaryPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** The summary of {@code run DIR}: as a pass's, without the archive and quarantine. */
    void printTree(ServeOutcome pass, Path dir, Path outDir) {
        if (pass.skipped() != null) {
            err.println("unionstat: run " + dir + ": nothing done: " + pass.skipped());
            err.flush();
            return;
        }
        problems(pass);
        if (pass.nothingChanged()) {
            out.printf("run %s: nothing changed since the last run (%d files already imported, %d periods up to date);"
                    + " nothing was run%n", dir, pass.files().size() + pass.runFiles().size(), pass.periods().size());
            out.flush();
            return;
        }
        out.printf("run %s: done in %s%n", dir, RunSummaryPrinter.format(pass.duration()));
        List<RunOutcome.FileResult> quarterly = pass.runFiles();
        long already = pass.files().stream().filter(f -> f.taken() && f.summary().alreadyImported()).count()
                + quarterly.stream().filter(RunOutcome.FileResult::alreadyImported).count();
        out.printf("  files     %d: %d imported (%d of them already before), %d refused, %d not finished%n",
                pass.files().size() + quarterly.size(),
                pass.count(ServeOutcome.Disposition.IMPORTED) + quarterly.stream().filter(RunOutcome.FileResult::imported).count(),
                already, pass.count(ServeOutcome.Disposition.REFUSED) + quarterly.stream().filter(f -> f.refusal() != null).count(),
                pass.count(ServeOutcome.Disposition.LEFT) + quarterly.stream().filter(f -> f.unfinished() != null).count());
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
                err.println("unionstat: " + run.period() + " " + run.status() + ": " + run.failure());
            }
        }
        err.flush();
    }

    private void rowsAndPeriods(ServeOutcome pass, Path outDir) {
        out.printf("  rows      read %d, accepted %d, rejected %d%s%n", pass.read(), pass.accepted(), pass.rejected(),
                RunSummaryPrinter.byCode(pass.rejectedByCode()));
        out.printf("  computed  %s%n", pass.periods().isEmpty() ? "nothing"
                : pass.periods().stream().filter(RunOutcome::completed).map(RunOutcome::period).map(Period::toString)
                        .collect(Collectors.joining(", ")));
        long outputs = pass.periods().stream().filter(r -> r.outputs() != null && !r.alreadyDone())
                .mapToLong(r -> r.outputs().filesWritten()).sum();
        out.printf("  outputs   %d files written under %s%n", outputs, outDir);
    }

    void print(ServeOutcome pass, InboxProcessor.Directories dirs) {
        if (pass.skipped() != null) {
            err.println("unionstat: serve: nothing done: " + pass.skipped());
            err.flush();
            return;
        }
        problems(pass);
        out.printf("serve: pass done in %s%n", RunSummaryPrinter.format(pass.duration()));
        out.printf("  files     %d taken: %d archived, %d quarantined, %d left in the inbox; %d still being written%n",
                pass.files().size(), pass.count(ServeOutcome.Disposition.ARCHIVED),
                pass.count(ServeOutcome.Disposition.QUARANTINED), pass.count(ServeOutcome.Disposition.LEFT),
                pass.unsettled().size());
        rowsAndPeriods(pass, dirs.out());
        if (pass.count(ServeOutcome.Disposition.QUARANTINED) > 0) {
            out.printf("  see       %s (each refused file has a .error.txt beside it)%n", dirs.quarantine());
        }
        out.flush();
    }
}
