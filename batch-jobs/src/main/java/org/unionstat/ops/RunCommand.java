package org.unionstat.ops;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.unionstat.CommonOptions;
import org.unionstat.SpringContext;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Imports (if paths are given), computes and reports, as one job.")
public class RunCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    private final SpringContext spring;

    RunCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("run is not implemented yet");
    }
}
