package org.unionstat.cli;

import java.io.PrintWriter;
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
import org.unionstat.serve.InboxProcessor;
import org.unionstat.serve.ServeOutcome;
import org.unionstat.text.Messages;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Imports (if paths are given), computes and reports, as one job (runPeriod).",
                "run DIR (no --period): DIR laid out as the inbox (registry-YYYY.csv|xlsx at the top, YYYYQn/"
                        + " directories of reports): imports every registry and quarter in order, then computes and"
                        + " reports every period with data, quarters and years, in one process; no file is moved.",
                "A quarter takes files or directories of them (imported in order, as `import` does); a year takes none:"
                        + " it computes and reports the year.",
                "Running it again with nothing changed is recognised and does nothing; a failed or stopped run is"
                        + " resumed where it stopped.",
                "Exit code 0 even if rows were rejected (see OUT/rejects/), 1 if a file was refused or a step failed."})
public class RunCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--period", paramLabel = "P", converter = PeriodConverter.class,
            description = "Quarter YYYYQn or year YYYY; without it, the one PATH is a directory laid out as the inbox.")
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
        if (period == null) {
            return tree();
        }
        if (period.isYear() && !paths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "run --period " + period
                    + ": a year takes no files (reports are imported into a quarter such as " + period + "Q1)");
        }
        RunOutcome outcome = spring.bean(PeriodRun.class).run(period, paths, common.out());
        new RunSummaryPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), spring.bean(Messages.class))
                .print(outcome);
        return outcome.exitCode();
    }

    private int tree() {
        if (paths.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "run: give --period P [PATH…], or one"
                    + " directory laid out as the inbox (registry-YYYY.csv|xlsx, YYYYQn/): run DIR");
        }
        Path dir = paths.get(0);
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "run " + dir + ": not a directory; without"
                    + " --period, run takes one directory laid out as the inbox (registry-YYYY.csv|xlsx, YYYYQn/)");
        }
        PrintWriter out = spec.commandLine().getOut();
        ServeOutcome outcome = spring.bean(InboxProcessor.class).processInPlace(dir, common.out(), line -> {
            out.println(line);
            out.flush();
        });
        new ServeSummaryPrinter(out, spec.commandLine().getErr(), spring.bean(Messages.class))
                .printTree(outcome, dir, common.out());
        return outcome.exitCode();
    }
}
