package org.unionstat.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step "merge", in one transaction: E10 over the staged rows, then the staged rows replace the stored ones (reports
 * of the same unions of the period; the whole registry of the year), the import is marked COMPLETED with its counts,
 * staging is emptied and the rejects file written. Idempotent: after a failure everything rolls back and a restart
 * does it again; an import already COMPLETED (a failure after the commit) only gets its rejects file rewritten.
 */
abstract class MergeTasklet implements Tasklet {

    protected final MergeMapper merge;
    private final ImportFileMapper importFiles;
    private final RejectsFile rejectsFile;

    MergeTasklet(MergeMapper merge, ImportFileMapper importFiles, RejectsFile rejectsFile) {
        this.merge = merge;
        this.importFiles = importFiles;
        this.rejectsFile = rejectsFile;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long importId = contribution.getStepExecution().getJobExecution().getJobInstanceId();
        JobParameters parameters = contribution.getStepExecution().getJobParameters();
        ImportFile file = importFiles.find(importId);
        if (file == null) {
            throw new IllegalStateException("import " + importId + " has no import_file row; the inspect step did not run");
        }
        if (!file.completed()) {
            long accepted = mergeStaged(importId, file.period());
            long rejected = merge.countRejectedRows(importId);
            merge.complete(importId, accepted + rejected, accepted, rejected, merge.nextMergeSeq(), LocalDateTime.now());
            file = importFiles.find(importId);
        }
        rejectsFile.write(Path.of(parameters.getString(ImportParameters.OUT, "out")), file);
        return RepeatStatus.FINISHED;
    }

    /** Applies E10, replaces the stored rows from staging, empties staging; returns the number of rows accepted. */
    protected abstract long mergeStaged(long importId, String period);

    /** Quarterly reports: keyed by (period, union_id), the latest import wins. */
    static final class QuarterlyReports extends MergeTasklet {

        QuarterlyReports(MergeMapper merge, ImportFileMapper importFiles, RejectsFile rejectsFile) {
            super(merge, importFiles, rejectsFile);
        }

        @Override
        protected long mergeStaged(long importId, String period) {
            merge.rejectRepeatedUnions(importId);
            merge.deleteRejectedCoveredUnitStaging(importId);
            merge.deleteRejectedReportStaging(importId);
            merge.deleteReplacedCoveredUnits(period, importId);
            merge.deleteReplacedReports(period, importId);
            merge.insertReports(importId);
            merge.insertCoveredUnits(importId);
            long accepted = merge.countReportStaging(importId);
            merge.deleteCoveredUnitStaging(importId);
            merge.deleteReportStaging(importId);
            return accepted;
        }
    }

    /** The unit registry: a year's registry is replaced as a whole. */
    static final class UnitRegistry extends MergeTasklet {

        UnitRegistry(MergeMapper merge, ImportFileMapper importFiles, RejectsFile rejectsFile) {
            super(merge, importFiles, rejectsFile);
        }

        @Override
        protected long mergeStaged(long importId, String period) {
            merge.rejectRepeatedUnits(importId);
            merge.deleteRejectedRegistryStaging(importId);
            merge.deleteRegistry(Integer.parseInt(period));
            merge.insertRegistry(Integer.parseInt(period), importId);
            long accepted = merge.countRegistryStaging(importId);
            merge.deleteRegistryStaging(importId);
            return accepted;
        }
    }
}
