package org.unionstat.ingest;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.unionstat.CommonOptions;
import org.unionstat.SpringContext;

@Command(name = "import-registry", mixinStandardHelpOptions = true, description = "Loads the unit registry (单位名录) of one year.")
public class ImportRegistryCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    private final SpringContext spring;

    ImportRegistryCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("import-registry is not implemented yet");
    }
}
