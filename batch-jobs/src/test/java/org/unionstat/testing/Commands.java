package org.unionstat.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.unionstat.cli.Unionstat;

/** unionstat's command line run in this JVM, as a statistician types it (each command starts its own Spring context). */
public final class Commands {

    private Commands() {
    }

    /**
     * What a command printed: {@code out} and {@code err} are its own output, {@code console} what went to System.out
     * and System.err meanwhile (log lines).
     */
    public record Run(int exitCode, String out, String err, String console) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        int code;
        try {
            code = Unionstat.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Run(code, out.toString(), err.toString(), console.toString(StandardCharsets.UTF_8));
    }
}
