package org.unionstat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.unionstat.domain.Period;
import org.unionstat.indicators.PeriodComputation;
import org.unionstat.text.Messages;

@Command(name = "compute", mixinStandardHelpOptions = true,
        description = "Computes indicators, scores and ranks of a period (a quarter such as 2026Q3 or a year such as 2026).")
public class ComputeCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "P", converter = PeriodConverter.class,
            description = "Quarter YYYYQn or year YYYY.")
    private Period period;

    @Option(names = "--force", description = "Compute again even if the inputs look unchanged (e.g. after the "
            + "database was edited by hand).")
    private boolean force;

    private final SpringContext spring;

    ComputeCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        PeriodComputation.Result result = spring.bean(PeriodComputation.class).compute(period, force);
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = spring.bean(Messages.class);
        out.println(result.unchanged() ? messages.text(RunText.COMPUTED_UNCHANGED, period)
                : messages.text(RunText.COMPUTED_WITH_PAIRS, period, result.indicatorRows(), result.scoreRows(),
                        result.pairs()));
        out.flush();
        return Unionstat.EXIT_OK;
    }
}
