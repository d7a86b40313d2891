package org.unionstat.cli;

import java.io.PrintWriter;

import org.unionstat.ingest.ImportSummary;

/** Prints an import's outcome: the summary line on standard output; warnings and refusals on standard error. */
final class SummaryPrinter {

    private final PrintWriter out;
    private final PrintWriter err;

    SummaryPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void print(ImportSummary summary) {
        for (String warning : summary.warnings()) {
            err.println("warning: " + warning);
        }
        if (summary.refused()) {
            err.println("unionstat: " + summary.refusal());
        } else {
            out.println(summary.line());
        }
        out.flush();
        err.flush();
    }
}
