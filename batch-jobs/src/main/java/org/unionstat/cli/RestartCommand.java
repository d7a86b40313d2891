package org.unionstat.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import org.unionstat.batch.Failures;
import org.unionstat.batch.JobControl;
import org.unionstat.run.PeriodRun;
import org.unionstat.run.RunOutcome;
import org.unionstat.run.RunPeriodJob;
import org.unionstat.text.Messages;


@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Restarts a failed or stopped job execution (see `jobs`).",
                "It resumes where it stopped, without duplicating or losing rows.",
                "An execution left STARTED by a process that died (kill -9, power cut) is marked FAILED first.",
                "Exit code 0 when the restarted job completes, 1 otherwise."})
public class RestartCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "ID", description = "The job execution id, as `jobs` lists it.")
    private long id;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final SpringContext spring;

    RestartCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        JobControl.Restart restart = spring.bean(JobControl.class).restart(id);
        JobExecution execution = restart.execution();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (RunPeriodJob.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
            RunOutcome outcome = spring.bean(PeriodRun.class).outcome(execution, false);
            new RunSummaryPrinter(out, err, spring.bean(Messages.class)).print(outcome);
            return outcome.exitCode();
        }
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            skipped += step.getSkipCount() + step.getFilterCount();
        }
        LocalDateTime start = execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime();
        LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
        out.printf("job %s: execution %d resumed execution %d: %s in %s (this time: read %d, written %d, skipped %d)%n",
                execution.getJobInstance().getJobName(), execution.getId(), restart.resumed(), execution.getStatus(),
                RunSummaryPrinter.format(Duration.between(start, end)), read, written, skipped);
        out.flush();
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String why = Failures.describe(execution.getAllFailureExceptions());
            err.println("unionstat: execution " + execution.getId() + " " + execution.getStatus()
                    + (execution.getAllFailureExceptions().isEmpty() ? "" : ": " + why));
            err.flush();
            return Unionstat.EXIT_FAILURE;
        }
        return Unionstat.EXIT_OK;
    }
}
