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
import org.unionstat.text.Messages;

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
    private final Messages messages;
    private final boolean terminal;
    private final PrintStream screen;
    private Thread ticker;
    private volatile boolean lineShown;

    /** The log's language: a progress line that is logged is English, one shown on a terminal is in the language set. */
    private static final Messages LOG = Messages.inEnglish();

    public ProgressDisplay(ActiveJobs active, OpsSettings settings, Clock clock, Messages messages) {
        this.active = active;
        this.messages = messages;
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
                String text = describe(active.running(), LocalDateTime.now(clock), terminal ? messages : LOG);
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
    static String describe(List<JobExecution> running, LocalDateTime now, Messages messages) {
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
            return messages.text(RunText.PROGRESS_JOB, subject, job.getJobInstance().getJobName(),
                    RunSummaryPrinter.format(Duration.between(jobStart, now)));
        }
        LocalDateTime stepStart = step.getStartTime() == null ? now : step.getStartTime();
        Duration elapsed = Duration.between(stepStart, now);
        long read = step.getReadCount();
        if (read == 0) {
            return messages.text(RunText.PROGRESS_STEP, subject, label(step.getStepName(), messages),
                    RunSummaryPrinter.format(elapsed));
        }
        long position = Math.max(read, restoredPosition(step.getExecutionContext(), read));
        long total = job.getExecutionContext().getLong(ImportParameters.DATA_ROWS, 0);
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        long rate = Math.round(read / seconds);
        String label = label(step.getStepName(), messages);
        if (total == 0) {
            return messages.text(RunText.PROGRESS_ROWS, subject, label, position, rate);
        }
        String left = rate > 0 && position < total
                ? messages.text(RunText.PROGRESS_LEFT, RunSummaryPrinter.format(Duration.ofSeconds((total - position) / rate)))
                : "";
        return messages.text(RunText.PROGRESS_ROWS_OF, subject, label, position, total,
                Math.min(100, position * 100 / total), rate, left);
    }

    private static String label(String stepName, Messages messages) {
        return switch (stepName) {
            case "load" -> messages.text(RunText.PROGRESS_LOAD);
            case "computeIndicatorsStep" -> messages.text(RunText.PROGRESS_COMPUTING);
            case "writeReportStep" -> messages.text(RunText.PROGRESS_WRITING);
            case "inspect" -> messages.text(RunText.PROGRESS_CHECKING);
            case "merge" -> messages.text(RunText.PROGRESS_STORING);
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
