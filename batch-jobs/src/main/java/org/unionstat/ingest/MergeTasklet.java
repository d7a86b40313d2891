package org.unionstat.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.unionstat.ingest.spool.BulkLoader;
import org.unionstat.ingest.spool.ImportSpool;
import org.unionstat.ingest.spool.SpoolingRowWriter;

/**
 * Step "merge", in one transaction: the spooled rows are bulk-loaded and replace the stored ones as the kind says
 * ({@link ImportKind#merge}: reports of the same unions of the period; the whole registry of the year), the import is
 * marked COMPLETED with its counts and the rejects file written. Idempotent: after a failure everything rolls back
 * and a restart does it again from the same spool; an import already COMPLETED (a failure after the commit) only gets
 * its rejects file rewritten. The spool is removed once the step has completed.
 */
class MergeTasklet implements Tasklet, StepExecutionListener {

    private final MergeMapper merge;
    private final BulkLoader bulk;
    private final ImportFileMapper importFiles;
    private final RejectsFile rejectsFile;
    private final Path spoolRoot;

    MergeTasklet(MergeMapper merge, BulkLoader bulk, ImportFileMapper importFiles, RejectsFile rejectsFile,
            Path spoolRoot) {
        this.merge = merge;
        this.bulk = bulk;
        this.importFiles = importFiles;
        this.rejectsFile = rejectsFile;
        this.spoolRoot = spoolRoot;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        ImportKind kind = ImportKind.of(step);
        long importId = step.getJobExecution().getJobInstanceId();
        JobParameters parameters = step.getJobParameters();
        ImportFile file = importFiles.find(importId);
        if (file == null) {
            throw new IllegalStateException("import " + importId + " has no import_file row; the inspect step did not run");
        }
        if (!file.completed()) {
            kind.merge(merge, bulk, importId, file.period(), ImportSpool.directory(spoolRoot, importId));
            // what the load step promoted: the number of records spooled of the import's own rows
            ExecutionContext loaded = step.getJobExecution().getExecutionContext();
            long accepted = loaded.getLong(SpoolingRowWriter.recordsKey(kind.rowsTable()), 0);
            long rejected = merge.countRejectedRows(importId);
            merge.complete(importId, accepted + rejected, accepted, rejected, merge.nextMergeSeq(), LocalDateTime.now());
            file = importFiles.find(importId);
        }
        rejectsFile.write(Path.of(parameters.getString(ImportParameters.OUT, "out")), file);
        return RepeatStatus.FINISHED;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (ExitStatus.COMPLETED.equals(stepExecution.getExitStatus())) {
            ImportSpool.delete(ImportSpool.directory(spoolRoot, stepExecution.getJobExecution().getJobInstanceId()));
        }
        return null;
    }
}
