package org.unionstat.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

import org.unionstat.domain.Period;

/**
 * Imports quarterly report files into a quarter: each file is one run of job {@code importQuarterlyReports}. A
 * directory stands for its *.csv and *.xlsx files (not its subdirectories), in file-name order; Excel's lock files
 * (~$…) and hidden files are skipped. A refused file does not stop the others.
 */
@Service
public class QuarterlyReportImport {

    private final ImportLauncher launcher;
    private final Job job;

    QuarterlyReportImport(ImportLauncher launcher, @Qualifier(QuarterlyReportImportJobConfiguration.JOB_NAME) Job job) {
        this.launcher = launcher;
        this.job = job;
    }

    public List<ImportSummary> importPaths(Period period, List<Path> paths, Path outDir) {
        return importPaths(period, paths, outDir, summary -> { });
    }

    /** As {@link #importPaths(Period, List, Path)}, telling {@code progress} about each file as soon as it is done. */
    public List<ImportSummary> importPaths(Period period, List<Path> paths, Path outDir, Consumer<ImportSummary> progress) {
        if (!period.isQuarter()) {
            throw new IllegalArgumentException("quarterly reports are imported into a quarter, not " + period);
        }
        List<ImportSummary> summaries = new ArrayList<>();
        for (Path path : paths) {
            List<Path> files;
            try {
                files = files(path);
            } catch (IOException e) {
                summaries.add(report(progress, ImportSummary.refused(path, period, null,
                        path + ": cannot list the directory: " + e.getMessage(), List.of())));
                continue;
            }
            if (files.isEmpty()) {
                summaries.add(report(progress, ImportSummary.refused(path, period, null,
                        path + ": no .csv or .xlsx files in this directory", List.of())));
            }
            for (Path file : files) {
                summaries.add(report(progress, launcher.launch(job, ImportKind.QUARTERLY, period, file, outDir)));
            }
        }
        return summaries;
    }

    private static ImportSummary report(Consumer<ImportSummary> progress, ImportSummary summary) {
        progress.accept(summary);
        return summary;
    }

    /** A file as it is; a directory's importable files by name (what {@code import} and {@code run} take). */
    public static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(Files::isRegularFile)
                    .filter(QuarterlyReportImport::importable)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private static boolean importable(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".") && (lower.endsWith(".csv") || lower.endsWith(".xlsx"));
    }
}
