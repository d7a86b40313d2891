package org.unionstat.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.unionstat.domain.Period;
import org.unionstat.run.PeriodRun;
import org.unionstat.run.RunOutcome;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Imports (if paths are given), computes and reports, as one job (runPeriod).",
                "A quarter takes files or directories of them (imported in order, as `import` does); a year takes none:"
                        + " it computes and reports the year.",
                "Running it again with nothing changed is recognised and does nothing; a failed or stopped run is"
                        + " resumed where it stopped.",
                "Exit code 0 even if rows were rejected (see OUT/rejects/), 1 if a file was refused or a step failed."})
public class RunCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--period", required = true, paramLabel = "P", converter = PeriodConverter.class,
            description = "Quarter YYYYQn or year YYYY.")
    private Period period;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "CSV or XLSX files of the quarter, or directories of them.")
    private List<Path> paths = new ArrayList<>();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final SpringContext spring;

    RunCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        if (period.isYear() && !paths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "run --period " + period
                    + ": a year takes no files (reports are imported into a quarter such as " + period + "Q1)");
        }
        RunOutcome outcome = spring.bean(PeriodRun.class).run(period, paths, common.out());
        new RunSummaryPrinter(spec.commandLine().getOut(), spec.commandLine().getErr()).print(outcome);
        return outcome.exitCode();
    }
}
