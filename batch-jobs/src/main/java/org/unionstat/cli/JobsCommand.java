package org.unionstat.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.unionstat.batch.JobControl;
import org.unionstat.batch.JobParametersText;


@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = {"Lists recent job executions, newest first.",
                "Id, job, status, start, duration, rows read, written and skipped (rejected rows of a run count as"
                        + " skipped), and the identifying parameters.",
                "STARTED (process gone) marks an execution left running by a process that died: `restart ID`"
                        + " resumes it."})
public class JobsCommand implements Callable<Integer> {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Mixin
    private CommonOptions common;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many executions (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--job", paramLabel = "NAME", description = "Only executions of this job (runPeriod,"
            + " importQuarterlyReports, importUnitRegistry, computeIndicators).")
    private String job;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final SpringContext spring;

    JobsCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
        }
        List<JobControl.ExecutionSummary> executions = spring.bean(JobControl.class).recent(limit, job);
        PrintWriter out = spec.commandLine().getOut();
        if (executions.isEmpty()) {
            out.println(job == null ? "no job has run yet" : "no execution of job " + job);
            out.flush();
            return Unionstat.EXIT_OK;
        }
        String format = "%6s  %-22s  %-24s  %-19s  %8s  %9s  %9s  %7s  %s%n";
        out.printf(format, "ID", "JOB", "STATUS", "START", "DURATION", "READ", "WRITTEN", "SKIPPED", "PARAMETERS");
        for (JobControl.ExecutionSummary e : executions) {
            String status = e.status() + (e.stale() ? " (process gone)" : "");
            if ("COMPLETED".equals(e.status()) && e.exitCode() != null && !e.exitCode().equals("COMPLETED")
                    && !e.exitCode().equals("NOOP")) {
                status = e.status() + " (" + e.exitCode() + ")";
            }
            out.printf(format, e.id(), e.jobName(), status, e.start() == null ? "" : START.format(e.start()),
                    RunSummaryPrinter.format(e.duration()), e.read(), e.written(), e.skipped(),
                    JobParametersText.of(e.parameters()));
        }
        out.flush();
        return Unionstat.EXIT_OK;
    }
}
