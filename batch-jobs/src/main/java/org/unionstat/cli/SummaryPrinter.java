package org.unionstat.cli;

import java.io.PrintWriter;

import org.unionstat.ingest.ImportSummary;
import org.unionstat.text.Messages;

/** Prints an import's outcome: the summary line on standard output; warnings and refusals on standard error. */
final class SummaryPrinter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Messages messages;

    SummaryPrinter(PrintWriter out, PrintWriter err, Messages messages) {
        this.out = out;
        this.err = err;
        this.messages = messages;
    }

    void print(ImportSummary summary) {
        for (String warning : summary.warnings()) {
            err.println(messages.text(RunText.WARNING, warning));
        }
        if (summary.refused()) {
            err.println("unionstat: " + summary.refusal());
        } else {
            out.println(summary.line(messages));
        }
        out.flush();
        err.flush();
    }
}
