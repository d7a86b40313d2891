package org.unionstat.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options every command takes (docs/commands.md). */
public final class CommonOptions {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--verbose", description = "Show stack traces and debug detail on failure.")
    private boolean verbose;

    public Path out() {
        return out;
    }

    public boolean verbose() {
        return verbose;
    }
}
