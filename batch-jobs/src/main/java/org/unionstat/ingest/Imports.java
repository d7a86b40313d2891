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

import org.springframework.stereotype.Service;

import org.unionstat.domain.Period;

/**
 * Imports files: each file is one run of its kind's import job ({@code importQuarterlyReports} into a quarter,
 * {@code importUnitRegistry} as the registry of a year). For quarterly reports a directory stands for its *.csv and
 * *.xlsx files (not its subdirectories), in file-name order; Excel's lock files (~$…) and hidden files are skipped. A
 * refused file does not stop the others.
 */
@Service
public class Imports {

    private final ImportLauncher launcher;

    Imports(ImportLauncher launcher) {
        this.launcher = launcher;
    }

    /** One file of either kind into its period: a quarter, or the year of a registry. */
    public ImportSummary importFile(ImportKind kind, Period period, Path file, Path outDir) {
        return launcher.launch(kind, period, file, outDir);
    }

    /** A unit registry file as the registry of {@code year}. */
    public ImportSummary importRegistry(int year, Path file, Path outDir) {
        return importFile(ImportKind.REGISTRY, Period.ofYear(year), file, outDir);
    }

    /** Quarterly report files and directories of them into a quarter. */
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
                summaries.add(report(progress, importFile(ImportKind.QUARTERLY, period, file, outDir)));
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
                    .filter(Imports::importable)
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
