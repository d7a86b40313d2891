package org.unionstat.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import org.unionstat.batch.ActiveJobs;
import org.unionstat.batch.OpsSettings;
import org.unionstat.domain.PrintableName;
import org.unionstat.ingest.ImportParameters;
import org.unionstat.run.RunPeriodJob;

/**
 * Progress of long imports and computations, for every command: while a job runs in this process, a thread looks at
 * the innermost running job and its running step (in memory, {@link ActiveJobs}) and shows rows, rate and ETA. On a
 * terminal it redraws one line on standard error about once a second and clears it when the job ends; otherwise
 * (System.console() is null: a pipe, a log, cron) it logs a plain line every {@code unionstat.ops.progress-interval},
 * the first one only after that interval, so short jobs stay quiet.
 */
@Component
public class ProgressDisplay {

    private static final Logger log = LoggerFactory.getLogger("org.unionstat.progress");

    private final ActiveJobs active;
    private final OpsSettings settings;
    private final Clock clock;
    private final boolean terminal;
    private final PrintStream screen;
    private Thread ticker;
    private volatile boolean lineShown;

    public ProgressDisplay(ActiveJobs active, OpsSettings settings, Clock clock) {
        this.active = active;
        this.settings = settings;
        this.clock = clock;
        this.terminal = System.console() != null;
        this.screen = System.err;
    }

    @PostConstruct
    void watchJobs() {
        active.watch(this::start, this::stop);
    }

    private synchronized void start() {
        if (ticker != null) {
            return;
        }
        ticker = new Thread(this::tick, "unionstat-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    @PreDestroy
    synchronized void stop() {
        Thread running = ticker;
        ticker = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        clearLine();
    }

    private void tick() {
        long every = terminal ? 1000 : settings.progressInterval().toMillis();
        long firstAfter = terminal ? 1500 : every;
        try {
            Thread.sleep(firstAfter);
            while (!Thread.currentThread().isInterrupted()) {
                String text = describe(active.running(), LocalDateTime.now(clock));
                if (text != null) {
                    if (terminal) {
                        synchronized (screen) {
                            screen.print("\r\033[K" + fit(text));
                            screen.flush();
                            lineShown = true;
                        }
                    } else {
                        log.info("progress: {}", text);
                    }
                }
                Thread.sleep(every);
            }
        } catch (InterruptedException e) {
            // the jobs ended
        } catch (RuntimeException e) {
            log.debug("progress display stopped: {}", e.toString());
        }
    }

    private void clearLine() {
        if (lineShown) {
            synchronized (screen) {
                screen.print("\r\033[K");
                screen.flush();
                lineShown = false;
            }
        }
    }

    private static String fit(String text) {
        int width = 120;
        try {
            String columns = System.getenv("COLUMNS");
            if (columns != null) {
                width = Integer.parseInt(columns.strip());
            }
        } catch (NumberFormatException e) {
            // keep the default
        }
        return text.length() < width ? text : text.substring(0, Math.max(10, width - 2)) + "…";
    }

    /** One line about the innermost running job at {@code now}, or null when there is nothing to say. */
    static String describe(List<JobExecution> running, LocalDateTime now) {
        if (running.isEmpty()) {
            return null;
        }
        JobExecution job = running.get(running.size() - 1);
        StepExecution step = null;
        for (StepExecution candidate : job.getStepExecutions()) {
            if (candidate.getStatus() == BatchStatus.STARTED || candidate.getStatus() == BatchStatus.STARTING) {
                step = candidate;
            }
        }
        String subject = subject(job.getJobParameters(), running.get(0));
        LocalDateTime jobStart = job.getStartTime() == null ? now : job.getStartTime();
        if (step == null) {
            return subject + ": " + job.getJobInstance().getJobName() + " "
                    + RunSummaryPrinter.format(Duration.between(jobStart, now));
        }
        LocalDateTime stepStart = step.getStartTime() == null ? now : step.getStartTime();
        Duration elapsed = Duration.between(stepStart, now);
        long read = step.getReadCount();
        if (read == 0) {
            return subject + ": " + label(step.getStepName()) + " " + RunSummaryPrinter.format(elapsed);
        }
        long position = Math.max(read, restoredPosition(step.getExecutionContext(), read));
        long total = job.getExecutionContext().getLong(ImportParameters.DATA_ROWS, 0);
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        long rate = Math.round(read / seconds);
        StringBuilder text = new StringBuilder(subject).append(": ").append(step.getStepName()).append(' ')
                .append(position);
        if (total > 0) {
            text.append(" of ").append(total).append(" rows (").append(Math.min(100, position * 100 / total)).append("%)");
        } else {
            text.append(" rows");
        }
        text.append(", ").append(rate).append(" rows/s");
        if (total > 0 && rate > 0 && position < total) {
            text.append(", about ").append(RunSummaryPrinter.format(Duration.ofSeconds((total - position) / rate)))
                    .append(" left");
        }
        return text.toString();
    }

    private static String label(String stepName) {
        return switch (stepName) {
            case "computeIndicatorsStep" -> "computing indicators";
            case "writeReportStep" -> "writing the outputs";
            case "inspect" -> "checking the file";
            case "merge" -> "storing";
            default -> stepName;
        };
    }

    /** The reader's position saved at the last commit: it counts the rows of earlier executions of a restart. */
    private static long restoredPosition(ExecutionContext context, long fallback) {
        long position = fallback;
        for (Map.Entry<String, Object> entry : context.entrySet()) {
            if (entry.getKey().endsWith(".read.count") && entry.getValue() instanceof Number n) {
                position = Math.max(position, n.longValue());
            }
        }
        return position;
    }

    private static String subject(JobParameters parameters, JobExecution outermost) {
        String period = parameters.getString("period", parameters.getString("year", ""));
        String file = parameters.getString(ImportParameters.FILE);
        StringBuilder subject = new StringBuilder(period);
        if (file != null) {
            subject.append(' ').append(PrintableName.of(Path.of(file).getFileName()));
        }
        String outer = outermost.getJobParameters().getString("period", "");
        if (outermost.getJobInstance().getJobName().equals(RunPeriodJob.JOB_NAME) && subject.isEmpty()) {
            subject.append(outer);
        }
        return subject.toString().strip();
    }
}
