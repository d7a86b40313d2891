package org.unionstat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import org.unionstat.batch.BatchJobs;
import org.unionstat.domain.Period;
import org.unionstat.domain.PrintableName;
import org.unionstat.domain.UserFacingException;
import org.unionstat.ingest.source.FileDigest;
import org.unionstat.text.Messages;

/**
 * Runs one import job for one file and tells what happened. It picks the job parameters so that (docs/inputs.md):
 * <ul>
 * <li>a file whose last import is still what is stored gets that import's very parameters: the instance is complete,
 * nothing runs, and the earlier summary is shown as "already imported";</li>
 * <li>otherwise the basis is the latest completed import into the period (or year), so a file imported again after
 * another one (A, B, A) is a new piece of work and its rows win again;</li>
 * <li>a failed instance gets the same parameters as long as nothing else was imported meanwhile, and is resumed.</li>
 * </ul>
 */
@Component
class ImportLauncher {

    private final BatchJobs batchJobs;
    private final ImportFileMapper importFiles;
    private final RejectsFile rejectsFile;
    private final Messages messages;
    private final Map<ImportKind, Job> jobs = new EnumMap<>(ImportKind.class);

    ImportLauncher(BatchJobs batchJobs, ImportFileMapper importFiles, RejectsFile rejectsFile,
            @Qualifier(ImportJobConfiguration.QUARTERLY_JOB) Job quarterly,
            @Qualifier(ImportJobConfiguration.REGISTRY_JOB) Job registry, Messages messages) {
        this.batchJobs = batchJobs;
        this.importFiles = importFiles;
        this.rejectsFile = rejectsFile;
        jobs.put(ImportKind.QUARTERLY, quarterly);
        jobs.put(ImportKind.REGISTRY, registry);
        this.messages = messages;
    }

    ImportSummary launch(ImportKind kind, Period period, Path given, Path outDir) {
        Path file = given.toAbsolutePath().normalize();
        String unreadable = Imports.unreadable(given, messages);
        if (unreadable != null) {
            return ImportSummary.refused(given, period, null, unreadable, List.of());
        }
        String sha256;
        try {
            sha256 = FileDigest.sha256(file);
        } catch (IOException e) {
            return ImportSummary.refused(given, period, null,
                    messages.text(SummaryText.UNREADABLE, PrintableName.of(given), String.valueOf(e.getMessage())),
                    List.of());
        }
        JobParameters parameters = ImportParameters.of(kind, period.toString(), file, sha256,
                basis(kind, period.toString(), file, sha256), outDir, given.toString());
        BatchJobs.Launch launch;
        try {
            launch = batchJobs.run(jobs.get(kind), parameters);
        } catch (UserFacingException e) {
            return ImportSummary.failed(given, period, sha256, PrintableName.of(given) + ": " + e.getMessage(), List.of());
        }
        JobExecution execution = launch.execution();
        List<String> warnings = warnings(execution);
        if (launch.completed()) {
            ImportFile imported = importFiles.find(execution.getJobInstanceId());
            if (imported == null) {
                // the job repository remembers the work as done, but its rows were deleted behind its back
                return ImportSummary.refused(given, period, sha256, PrintableName.of(given) + ": the job repository records this import as"
                        + " complete (job instance " + execution.getJobInstanceId() + ") but its import records are"
                        + " missing from the database; restore them or clear the job repository too", warnings);
            }
            if (launch.alreadyComplete() && !Files.exists(rejectsFile.path(outDir, imported))) {
                rejectsFile.write(outDir, imported);
            }
            return summary(given, period, imported, launch.alreadyComplete(), launch.alreadyComplete() ? List.of() : warnings);
        }
        String refusal = execution.getExecutionContext().getString(ImportParameters.REFUSAL, null);
        if (refusal == null && outOfMemory(execution.getAllFailureExceptions())) {
            // reading the file ran the memory out: the file's fault (what it holds), not a passing one; running
            // again would fail the same way, so it is refused like any file that cannot be read
            refusal = PrintableName.of(given) + ": too big to read in the memory this program has (Java heap space);"
                    + " nothing of it was stored";
        }
        if (refusal == null) {
            return ImportSummary.failed(given, period, sha256, PrintableName.of(given) + ": import failed ("
                    + describe(execution.getAllFailureExceptions())
                    + "); nothing was lost: run the same command again to resume", warnings);
        }
        return ImportSummary.refused(given, period, sha256, refusal, warnings);
    }

    /**
     * The basis of this import: the one of the file's latest import when that is still what is stored (so the job
     * instance is the same and complete), else the latest completed import into the period (or year), 0 if none.
     */
    private long basis(ImportKind kind, String period, Path file, String sha256) {
        ImportFile previous = importFiles.findLatestCompletedOf(kind.key(), period, file.toString(), sha256);
        if (previous != null && kind.stillStored(importFiles, previous)) {
            return previous.basisId();
        }
        ImportFile latest = importFiles.findLatestCompleted(kind.key(), period);
        return latest == null ? 0 : latest.importId();
    }

    private ImportSummary summary(Path given, Period period, ImportFile imported, boolean alreadyImported,
            List<String> warnings) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        importFiles.countRejectedByCode(imported.importId()).forEach(c -> byCode.put(c.code(), c.rowCount()));
        return new ImportSummary(given, period, imported.sha256(), imported.rowsRead(), imported.rowsAccepted(),
                imported.rowsRejected(), byCode, alreadyImported, null, warnings, false);
    }

    private static List<String> warnings(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        String warning = context.getString(ImportParameters.WARNING, null);
        return warning == null ? List.of() : List.of(warning);
    }

    private static boolean outOfMemory(List<Throwable> failures) {
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof OutOfMemoryError) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(List<Throwable> failures) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable failure : failures) {
            String innermost = null;
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t.getMessage() != null && !t.getMessage().isBlank()) {
                    innermost = t.getMessage().strip();
                }
            }
            messages.add(innermost == null ? failure.getClass().getSimpleName() : innermost);
        }
        return messages.isEmpty() ? "unknown error" : String.join("; ", new ArrayList<>(messages));
    }
}
