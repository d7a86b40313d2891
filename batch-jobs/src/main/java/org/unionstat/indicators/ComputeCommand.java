package org.unionstat.indicators;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.unionstat.CommonOptions;
import org.unionstat.SpringContext;

@Command(name = "compute", mixinStandardHelpOptions = true, description = "Computes indicators, scores and ranks of a period.")
public class ComputeCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    private final SpringContext spring;

    ComputeCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("compute is not implemented yet");
    }
}
