package org.unionstat.report;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.unionstat.CommonOptions;
import org.unionstat.SpringContext;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Writes the outputs of a period.")
public class ReportCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    private final SpringContext spring;

    ReportCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("report is not implemented yet");
    }
}
