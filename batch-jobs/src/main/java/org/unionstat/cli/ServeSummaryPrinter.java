package org.unionstat.cli;

import java.io.PrintWriter;
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

    void print(ServeOutcome pass, InboxProcessor.Directories dirs) {
        if (pass.skipped() != null) {
            err.println("unionstat: serve: nothing done: " + pass.skipped());
            err.flush();
            return;
        }
        for (ServeOutcome.FileOutcome file : pass.files()) {
            if (file.disposition() != ServeOutcome.Disposition.ARCHIVED) {
                err.println("unionstat: " + file.problem());
            }
        }
        for (RunOutcome run : pass.periods()) {
            if (run.failure() != null) {
                err.println("unionstat: " + run.period() + " " + run.status() + ": " + run.failure());
            }
        }
        err.flush();
        out.printf("serve: pass done in %s%n", RunSummaryPrinter.format(pass.duration()));
        out.printf("  files     %d taken: %d archived, %d quarantined, %d left in the inbox; %d still being written%n",
                pass.files().size(), pass.count(ServeOutcome.Disposition.ARCHIVED),
                pass.count(ServeOutcome.Disposition.QUARANTINED), pass.count(ServeOutcome.Disposition.LEFT),
                pass.unsettled().size());
        out.printf("  rows      read %d, accepted %d, rejected %d%s%n", pass.read(), pass.accepted(), pass.rejected(),
                RunSummaryPrinter.byCode(pass.rejectedByCode()));
        out.printf("  computed  %s%n", pass.periods().isEmpty() ? "nothing"
                : pass.periods().stream().filter(RunOutcome::completed).map(RunOutcome::period).map(Period::toString)
                        .collect(Collectors.joining(", ")));
        long outputs = pass.periods().stream().filter(r -> r.outputs() != null && !r.alreadyDone())
                .mapToLong(r -> r.outputs().filesWritten()).sum();
        out.printf("  outputs   %d files written under %s%n", outputs, dirs.out());
        if (pass.count(ServeOutcome.Disposition.QUARANTINED) > 0) {
            out.printf("  see       %s (each refused file has a .error.txt beside it)%n", dirs.quarantine());
        }
        out.flush();
    }
}
