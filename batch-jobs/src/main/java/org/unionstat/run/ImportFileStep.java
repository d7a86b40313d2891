package org.unionstat.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.unionstat.domain.Period;
import org.unionstat.domain.UserFacingException;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.ingest.Imports;
import org.unionstat.ingest.source.FileDigest;
import org.unionstat.text.Messages;

/**
 * Step "import N NAME" of a run: imports one file through job importQuarterlyReports (its own job instance, so a
 * resumed run resumes that import where it stopped). A file refused for what it is (docs/inputs.md#validation file-level errors) does
 * not stop the run: the step completes with exit code {@value #REFUSED} and the run goes on to compute and report
 * (and exits 1). An import that failed otherwise (database, disk, crash) fails the step and the run.
 */
final class ImportFileStep extends RunStep {

    static final String REFUSED = "REFUSED";

    private final Imports imports;
    private final Period period;
    private final RunParameters.RunFile file;
    private final Path out;
    private final Messages messages;

    ImportFileStep(JobRepository jobRepository, Imports imports, Period period, int index,
            RunParameters.RunFile file, Path out, Messages messages) {
        super(name(index, file), jobRepository, false);
        this.imports = imports;
        this.period = period;
        this.file = file;
        this.out = out;
        this.messages = messages;
    }

    static String name(int index, RunParameters.RunFile file) {
        return "import " + index + " " + file.path().getFileName();
    }

    @Override
    protected void doExecute(StepExecution stepExecution) throws Exception {
        ExecutionContext context = stepExecution.getExecutionContext();
        if (Files.isRegularFile(file.path())) {
            String sha256;
            try {
                sha256 = FileDigest.sha256(file.path());
            } catch (IOException e) {
                throw new UserFacingException(file.path() + ": unreadable: " + e.getMessage(), e);
            }
            if (!sha256.equals(file.sha256())) {
                throw new UserFacingException(file.path() + ": the file changed since this run was started (its"
                        + " SHA-256 differs); run `run` again: the new content is a new run");
            }
        }
        ImportSummary summary = imports.importPaths(period, List.of(file.path()), out).get(0);
        if (summary.failed()) {
            if (stopRequested(stepExecution)) {
                return;
            }
            throw new UserFacingException(summary.refusal());
        }
        stepExecution.setReadCount(summary.read());
        stepExecution.setWriteCount(summary.accepted());
        stepExecution.setFilterCount(summary.rejected());
        context.putString(LINE, summary.line(messages));
        context.putString(REJECTED_BY_CODE, summary.rejectedByCode().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        context.put(ALREADY, summary.alreadyImported());
        if (summary.refused()) {
            context.putString(REFUSAL, summary.refusal());
            stepExecution.setExitStatus(new ExitStatus(REFUSED, summary.refusal()));
        }
    }
}
