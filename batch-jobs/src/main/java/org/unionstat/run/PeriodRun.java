package org.unionstat.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Service;

import org.unionstat.batch.BatchJobs;
import org.unionstat.batch.Failures;
import org.unionstat.batch.JobHistoryMapper;
import org.unionstat.batch.OutputDirectory;
import org.unionstat.domain.Period;
import org.unionstat.domain.PrintableName;
import org.unionstat.domain.UserFacingException;
import org.unionstat.indicators.InputFingerprint;
import org.unionstat.ingest.Imports;
import org.unionstat.ingest.SummaryText;
import org.unionstat.ingest.source.FileDigest;
import org.unionstat.report.PeriodReport;
import org.unionstat.text.Messages;

/**
 * {@code run --period P [PATH…]}: import, compute and report as one job ({@link RunPeriodJob}).
 *
 * <p>When is a run the same piece of work (the same job instance) again? Like an import's basis and compute's input
 * fingerprint: the latest run of the same period and the same files (paths and SHA-256) is taken up again when
 * <ul>
 * <li>it did not complete (failed, stopped, or left by a killed process): it resumes where it stopped;</li>
 * <li>it completed and the period's inputs are still those its figures were computed from (nothing imported into
 * the quarters it reads, no registry or settings change since): it is recognised as already done, nothing runs.</li>
 * </ul>
 * Otherwise (first run, changed files, new data since) it is a new instance, whose {@code basis} is the moment it was
 * decided; its imports of unchanged files are then recognised as already imported by the import job itself.
 */
@Service
public class PeriodRun {

    private final BatchJobs batchJobs;
    private final RunPeriodJob job;
    private final JobRepository jobRepository;
    private final JobHistoryMapper history;
    private final InputFingerprint fingerprint;
    private final PeriodReport report;
    private final Messages messages;

    public PeriodRun(BatchJobs batchJobs, RunPeriodJob job, JobRepository jobRepository, JobHistoryMapper history,
            InputFingerprint fingerprint, PeriodReport report, Messages messages) {
        this.batchJobs = batchJobs;
        this.job = job;
        this.jobRepository = jobRepository;
        this.history = history;
        this.fingerprint = fingerprint;
        this.report = report;
        this.messages = messages;
    }

    /**
     * Runs (or resumes, or recognises as done) the run of {@code period} with the files under {@code paths}.
     *
     * @throws UserFacingException when a path cannot be used (nothing is run then), the output directory is not
     *         writable, or the same run is already running
     */
    public RunOutcome run(Period period, List<Path> paths, Path out) {
        if (period.isYear() && !paths.isEmpty()) {
            throw new UserFacingException("run --period " + period + ": a year takes no files (reports are imported"
                    + " into a quarter such as " + period + "Q1); the year is computed from its quarters' reports");
        }
        List<RunParameters.RunFile> files = files(paths, messages);
        OutputDirectory.requireWritable(out);
        JobParameters parameters = RunParameters.of(period, files, basis(period, files), out);
        BatchJobs.Launch launch = batchJobs.run(job, parameters);
        RunOutcome outcome = outcome(launch.execution(), launch.alreadyComplete());
        if (launch.alreadyComplete() && !hasOutputs(out, period)) {
            report.write(period, out); // the earlier run wrote them elsewhere, or they were deleted
            outcome = new RunOutcome(outcome.period(), outcome.jobExecutionId(), outcome.status(), true,
                    outcome.files(), outcome.computed(), new RunOutcome.Outputs(out.resolve(period.toString()),
                            OutputDirectory.countWrittenSince(out.resolve(period.toString()), Instant.EPOCH)),
                    outcome.duration(), outcome.failure());
        }
        return outcome;
    }

    /** The files of the paths, in import order, with their checksums. */
    static List<RunParameters.RunFile> files(List<Path> paths, Messages messages) {
        List<RunParameters.RunFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UserFacingException(messages.text(RunFailureText.NOTHING_RUN,
                        messages.text(SummaryText.NO_SUCH_FILE, PrintableName.of(path))));
            }
            List<Path> found;
            try {
                found = Imports.files(path);
            } catch (IOException e) {
                throw new UserFacingException(messages.text(RunFailureText.NOTHING_RUN,
                        messages.text(SummaryText.CANNOT_LIST, PrintableName.of(path), e.getMessage())), e);
            }
            if (found.isEmpty()) {
                throw new UserFacingException(messages.text(RunFailureText.NOTHING_RUN,
                        messages.text(SummaryText.NO_FILES_IN_DIRECTORY, PrintableName.of(path))));
            }
            for (Path file : found) {
                Path absolute = file.toAbsolutePath().normalize();
                try {
                    files.add(new RunParameters.RunFile(absolute, FileDigest.sha256(absolute)));
                } catch (IOException e) {
                    throw new UserFacingException(messages.text(RunFailureText.NOTHING_RUN,
                            messages.text(SummaryText.UNREADABLE, PrintableName.of(file), e.getMessage())), e);
                }
            }
        }
        return files;
    }

    private String basis(Period period, List<RunParameters.RunFile> files) {
        Long instanceId = history.findLatestInstance(RunPeriodJob.JOB_NAME, RunParameters.PERIOD, period.toString(),
                RunParameters.FILES, RunParameters.digest(files));
        if (instanceId != null) {
            JobInstance instance = jobRepository.getJobInstance(instanceId);
            JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
            if (last != null) {
                String basis = last.getJobParameters().getString(RunParameters.BASIS);
                if (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
                    return basis; // resume it (or be refused if it is still running)
                }
                if (last.getStatus() == BatchStatus.COMPLETED && Objects.equals(fingerprint.of(period),
                        last.getExecutionContext().getString(ComputeStep.INPUTS, null))) {
                    return basis; // already done, nothing changed since
                }
            }
        }
        return Instant.now().toString();
    }

    private static boolean hasOutputs(Path out, Period period) {
        Path dir = out.resolve(period.toString());
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** The outcome of the run whose latest execution is {@code execution}. */
    public RunOutcome outcome(JobExecution execution, boolean alreadyDone) {
        JobParameters parameters = execution.getJobParameters();
        Period period = RunParameters.period(parameters);
        JobInstance instance = execution.getJobInstance();
        List<RunParameters.RunFile> runFiles = RunParameters.files(parameters);
        List<RunOutcome.FileResult> files = new ArrayList<>();
        for (int i = 0; i < runFiles.size(); i++) {
            StepExecution step = stepOf(execution, instance, ImportFileStep.name(i + 1, runFiles.get(i)));
            files.add(fileResult(runFiles.get(i).path(), step, messages));
        }
        StepExecution compute = stepOf(execution, instance, ComputeStep.NAME);
        RunOutcome.Computed computed = compute == null || compute.getStatus() != BatchStatus.COMPLETED ? null
                : new RunOutcome.Computed(compute.getWriteCount(), compute.getExecutionContext().getLong(ComputeStep.SCORES, 0),
                        Boolean.TRUE.equals(compute.getExecutionContext().get(RunStep.ALREADY)));
        StepExecution reportStep = stepOf(execution, instance, ReportStep.NAME);
        RunOutcome.Outputs outputs = reportStep == null || reportStep.getStatus() != BatchStatus.COMPLETED ? null
                : new RunOutcome.Outputs(Path.of(reportStep.getExecutionContext().getString(RunStep.OUTPUT_DIR,
                        RunParameters.out(parameters).resolve(period.toString()).toString())), reportStep.getWriteCount());
        return new RunOutcome(period, execution.getId(), execution.getStatus(), alreadyDone, files, computed, outputs,
                duration(execution.getStartTime(), execution.getEndTime()), failure(execution, messages));
    }

    /** The step's execution in this job execution, or its latest one in the instance (a completed step not re-run). */
    private StepExecution stepOf(JobExecution execution, JobInstance instance, String stepName) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().equals(stepName)) {
                return step;
            }
        }
        return instance == null ? null : jobRepository.getLastStepExecution(instance, stepName);
    }

    private static RunOutcome.FileResult fileResult(Path file, StepExecution step, Messages messages) {
        if (step == null) {
            return new RunOutcome.FileResult(file, null, null, null, 0, 0, 0, "", false);
        }
        ExecutionContext context = step.getExecutionContext();
        String unfinished = null;
        if (step.getStatus() == BatchStatus.STOPPED) {
            unfinished = messages.text(RunFailureText.IMPORT_STOPPED, PrintableName.of(file));
        } else if (step.getStatus() != BatchStatus.COMPLETED) {
            unfinished = step.getFailureExceptions().isEmpty() ? Failures.fromExitDescription(step.getExitStatus())
                    : Failures.describe(step.getFailureExceptions());
        }
        return new RunOutcome.FileResult(file, context.getString(RunStep.LINE, null),
                context.getString(RunStep.REFUSAL, null), unfinished, step.getReadCount(), step.getWriteCount(),
                step.getFilterCount(), context.getString(RunStep.REJECTED_BY_CODE, ""),
                Boolean.TRUE.equals(context.get(RunStep.ALREADY)));
    }

    private static String failure(JobExecution execution, Messages messages) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return null;
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return messages.text(RunFailureText.STOPPED_ON_REQUEST);
        }
        List<Throwable> failures = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            failures.addAll(step.getFailureExceptions());
        }
        failures.addAll(execution.getFailureExceptions());
        if (!failures.isEmpty()) {
            return Failures.describe(failures);
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.FAILED) {
                return Failures.fromExitDescription(step.getExitStatus());
            }
        }
        String described = Failures.fromExitDescription(execution.getExitStatus());
        return described == null ? execution.getStatus().toString() : described;
    }

    private static Duration duration(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return Duration.ZERO;
        }
        return Duration.between(start, end == null ? LocalDateTime.now() : end);
    }
}
