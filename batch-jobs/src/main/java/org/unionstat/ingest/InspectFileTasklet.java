package org.unionstat.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.unionstat.batch.SideBySide;
import org.unionstat.domain.PrintableName;
import org.unionstat.domain.Text;
import org.unionstat.ingest.source.FileDigest;
import org.unionstat.ingest.source.FileInspector;
import org.unionstat.ingest.source.FileRefusedException;
import org.unionstat.ingest.source.Inspection;
import org.unionstat.ingest.source.Refusal;
import org.unionstat.text.Messages;

/**
 * Step "inspect": decides whether the file can be imported at all, before anything of it is written (docs/inputs.md#validation
 * file-level errors), and records the import in import_file. A refused file ends the step with exit status
 * {@value #REFUSED} (the job then fails) and the message "FILE: problem" in the job's execution context.
 * Re-run on every restart: the file is checked again against the SHA-256 the instance was started with.
 */
class InspectFileTasklet implements Tasklet {

    static final String REFUSED = "REFUSED";

    private final ImportFileMapper importFiles;
    private final Messages messages;

    InspectFileTasklet(ImportFileMapper importFiles, Messages messages) {
        this.importFiles = importFiles;
        this.messages = messages;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        ImportKind kind = ImportKind.of(step);
        JobParameters parameters = step.getJobParameters();
        ExecutionContext job = step.getJobExecution().getExecutionContext();
        Path file = Path.of(parameters.getString(ImportParameters.FILE));
        String source = parameters.getString(ImportParameters.SOURCE, file.toString());
        job.remove(ImportParameters.REFUSAL);
        try {
            Inspection inspection = inspect(kind, file, parameters.getString(ImportParameters.SHA256));
            job.putString(ImportParameters.FORMAT, inspection.format().name());
            job.putLong(ImportParameters.DATA_ROWS, inspection.dataRows());
            if (inspection.charset() != null) {
                job.putString(ImportParameters.CHARSET, inspection.charset().name());
            }
            if (inspection.warning() != null) {
                job.putString(ImportParameters.WARNING, messages.text(SummaryText.FILE_PROBLEM, PrintableName.of(source),
                        inspection.warning().in(messages)));
            }
            long importId = step.getJobExecution().getJobInstanceId();
            if (importFiles.find(importId) == null) {
                importFiles.insert(new ImportFile(importId, kind.key(), parameters.getString(kind.periodParameter()),
                        Text.truncate(file.getFileName().toString(), 255), file.toString(),
                        parameters.getString(ImportParameters.SHA256), inspection.formatLabel(), 0, 0, 0,
                        ImportFile.LOADING, LocalDateTime.now(), null, parameters.getLong(ImportParameters.BASIS), null));
            }
        } catch (FileRefusedException e) {
            job.putString(ImportParameters.REFUSAL,
                    messages.text(SummaryText.FILE_PROBLEM, PrintableName.of(source), e.problem(messages)));
            contribution.setExitStatus(new ExitStatus(REFUSED, e.problem(messages)));
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Takes the file's digest again (it must still be the file the import was started for) while parsing it: both
     * read the whole file, so they go side by side. A file that changed is refused as such, whatever the parse found.
     */
    private static Inspection inspect(ImportKind kind, Path file, String sha256) {
        List<Object> results = SideBySide.run("inspect", List.<Callable<Object>>of(() -> digest(file), () -> {
            try {
                return FileInspector.inspect(file, kind.layout());
            } catch (RuntimeException e) {
                return e;
            }
        }));
        if (!results.get(0).equals(sha256)) {
            throw new FileRefusedException(Refusal.CHANGED_SINCE_STARTED);
        }
        if (results.get(1) instanceof RuntimeException failure) {
            throw failure;
        }
        return (Inspection) results.get(1);
    }

    private static String digest(Path file) {
        try {
            return FileDigest.sha256(file);
        } catch (IOException e) {
            throw new FileRefusedException(Refusal.UNREADABLE.with(String.valueOf(e.getMessage())), e);
        }
    }
}
