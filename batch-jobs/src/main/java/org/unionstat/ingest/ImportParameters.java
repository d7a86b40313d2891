package org.unionstat.ingest;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import org.unionstat.batch.OutputDirectory;

/**
 * The parameters of the import jobs. Identifying (they make the job instance, "one piece of work"): the period
 * (quarterly) or year (registry), the file's absolute normalised path, its SHA-256 and the basis, the import id of the
 * latest completed import into that period or year when this one was decided (0 if none). Not identifying: the output
 * directory and the path as the user typed it (for messages).
 */
public final class ImportParameters {

    public static final String PERIOD = "period";
    public static final String YEAR = "year";
    public static final String FILE = "file";
    public static final String SHA256 = "sha256";
    public static final String BASIS = "basis";
    public static final String OUT = OutputDirectory.JOB_PARAMETER;
    public static final String SOURCE = "source";

    /** Job execution context keys written by the inspect step. */
    static final String FORMAT = "ingest.format";
    static final String CHARSET = "ingest.charset";
    static final String WARNING = "ingest.warning";
    static final String REFUSAL = "ingest.refusal";
    /** The number of data rows the inspect step counted (read by the progress display for its ETA). */
    public static final String DATA_ROWS = "ingest.data-rows";

    private ImportParameters() {
    }

    public static JobParameters of(ImportKind kind, String period, Path file, String sha256, long basis, Path outDir,
            String source) {
        return new JobParametersBuilder()
                .addString(kind.periodParameter(), period)
                .addString(FILE, file.toAbsolutePath().normalize().toString())
                .addString(SHA256, sha256)
                .addLong(BASIS, basis)
                .addString(OUT, outDir.toAbsolutePath().normalize().toString(), false)
                .addString(SOURCE, source, false)
                .toJobParameters();
    }
}
