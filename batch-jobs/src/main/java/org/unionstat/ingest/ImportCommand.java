package org.unionstat.ingest;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.unionstat.CommonOptions;
import org.unionstat.SpringContext;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Loads quarterly reports from files or directories.")
public class ImportCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    private final SpringContext spring;

    ImportCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("import is not implemented yet");
    }
}
