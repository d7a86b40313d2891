package org.unionstat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.unionstat.domain.Period;
import org.unionstat.report.PeriodReportJob;
import org.unionstat.text.Messages;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the outputs of a computed period under --out (in a directory named after the period).")
public class ReportCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "P", converter = PeriodConverter.class,
            description = "Quarter YYYYQn or year YYYY; compute it first.")
    private Period period;

    private final SpringContext spring;

    ReportCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        spring.bean(PeriodReportJob.class).write(period, common.out());
        PrintWriter out = spec.commandLine().getOut();
        out.println(spring.bean(Messages.class).text(RunText.OUTPUTS_WRITTEN_TO, period,
                common.out().resolve(period.toString())));
        out.flush();
        return Unionstat.EXIT_OK;
    }
}
