package org.unionstat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.unionstat.batch.JobControl;


@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stops a running job execution (see `jobs`), in this or another process.",
                "It stops at its next chunk boundary (a computation, one transaction, finishes first) and can be resumed"
                        + " with `restart ID`.",
                "An execution whose process is gone is marked FAILED at once."})
public class StopCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "ID", description = "The job execution id, as `jobs` lists it.")
    private long id;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
            description = "Wait up to this many seconds for the execution to stop (default: ${DEFAULT-VALUE}, do not wait).")
    private int waitSeconds;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final SpringContext spring;

    StopCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() throws InterruptedException {
        JobControl control = spring.bean(JobControl.class);
        JobControl.Stop stop = control.stop(id);
        PrintWriter out = spec.commandLine().getOut();
        String job = stop.execution().getJobInstance().getJobName();
        if (stop.wasStale()) {
            out.printf("execution %d of job %s was left %s by %s, which is gone: marked %s; `restart %d` resumes it%n",
                    id, job, "running", stop.where(), stop.execution().getStatus(), id);
            out.flush();
            return Unionstat.EXIT_OK;
        }
        out.printf("stop requested: execution %d of job %s (%s) stops at its next chunk boundary%s%n", id, job,
                stop.where(), stop.alsoStopped().isEmpty() ? "" : "; so do its inner executions " + stop.alsoStopped());
        out.flush();
        if (waitSeconds > 0) {
            long deadline = System.currentTimeMillis() + waitSeconds * 1000L;
            JobExecution execution = stop.execution();
            while (System.currentTimeMillis() < deadline && stillRunning(control, id)) {
                Thread.sleep(500);
            }
            if (stillRunning(control, id)) {
                out.printf("execution %d has not stopped yet after %d s%n", id, waitSeconds);
                out.flush();
                return Unionstat.EXIT_FAILURE;
            }
            out.printf("execution %d stopped; `restart %d` resumes it%n", execution.getId(), id);
            out.flush();
        }
        return Unionstat.EXIT_OK;
    }

    private static boolean stillRunning(JobControl control, long id) {
        return control.isLocked(id);
    }
}
