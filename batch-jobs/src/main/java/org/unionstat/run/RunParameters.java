package org.unionstat.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import org.unionstat.batch.OutputDirectory;
import org.unionstat.domain.Period;

/**
 * The parameters of job {@value RunPeriodJob#JOB_NAME}. Identifying: {@code period}; for each file to import, in
 * import order, {@code file.N} (absolute path) and {@code sha256.N}; {@code files}, a digest of that list (to find
 * earlier runs of the same files); and {@code basis}, the moment this piece of work was first decided (see
 * {@link PeriodRun} for when a run is the same piece of work again). Not identifying: {@code out}.
 */
public final class RunParameters {

    public static final String PERIOD = "period";
    public static final String FILES = "files";
    public static final String FILE = "file.";
    public static final String SHA256 = "sha256.";
    public static final String BASIS = "basis";
    public static final String OUT = OutputDirectory.JOB_PARAMETER;

    /** {@code files} of a run that imports nothing. */
    public static final String NO_FILES = "none";

    private RunParameters() {
    }

    /** A file to import: absolute normalised path and SHA-256 when the run was decided. */
    public record RunFile(Path path, String sha256) {
    }

    public static JobParameters of(Period period, List<RunFile> files, String basis, Path out) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(PERIOD, period.toString())
                .addString(FILES, digest(files))
                .addString(BASIS, basis);
        for (int i = 0; i < files.size(); i++) {
            builder.addString(FILE + (i + 1), files.get(i).path().toString());
            builder.addString(SHA256 + (i + 1), files.get(i).sha256());
        }
        return builder.addString(OUT, out.toAbsolutePath().normalize().toString(), false).toJobParameters();
    }

    public static Period period(JobParameters parameters) {
        return Period.parse(parameters.getString(PERIOD));
    }

    public static List<RunFile> files(JobParameters parameters) {
        List<RunFile> files = new ArrayList<>();
        for (int i = 1; parameters.getString(FILE + i) != null; i++) {
            files.add(new RunFile(Path.of(parameters.getString(FILE + i)), parameters.getString(SHA256 + i)));
        }
        return files;
    }

    public static Path out(JobParameters parameters) {
        String out = parameters.getString(OUT);
        return Path.of(out == null ? "out" : out);
    }

    /** A digest of the files' paths and checksums, in order; {@value #NO_FILES} for none. */
    public static String digest(List<RunFile> files) {
        if (files.isEmpty()) {
            return NO_FILES;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RunFile file : files) {
                digest.update((file.path() + "\t" + file.sha256() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
