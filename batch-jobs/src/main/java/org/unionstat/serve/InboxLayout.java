package org.unionstat.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.unionstat.domain.Period;

/**
 * The layout of the inbox, the same as sample-data/:
 * <pre>
 * inbox/registry-2026.csv          the unit registry of 2026 (or .xlsx)
 * inbox/2026Q3/110105-朝阳区.csv    quarterly reports of 2026Q3 (any name; .csv or .xlsx)
 * </pre>
 * Files still being written or temporary are ignored wherever they are: names beginning with {@code .} or
 * {@code ~$} (Excel's lock files), ending with {@code .part}, {@code .tmp} or {@code .crdownload}. Any other file is
 * out of place (a registry with another name, a file at the top, a directory not named after a quarter).
 */
public final class InboxLayout {

    private static final Pattern REGISTRY = Pattern.compile("registry-(\\d{4})\\.(csv|xlsx)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})[Qq]([1-4])");

    private InboxLayout() {
    }

    /** Whether a file or directory name is to be left alone (temporary, hidden, a lock file, being downloaded). */
    public static boolean isIgnored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || lower.endsWith(".part") || lower.endsWith(".tmp")
                || lower.endsWith(".crdownload");
    }

    /** Whether a file is a .csv or .xlsx file, the kinds of data files the inbox takes. */
    public static boolean isData(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx");
    }

    /** What a file at {@code relative} (to the inbox) is; empty when it is to be ignored. */
    public static Optional<InboxFile> classify(Path inbox, Path relative) {
        for (Path part : relative) {
            if (isIgnored(part.toString())) {
                return Optional.empty();
            }
        }
        Path file = inbox.resolve(relative);
        String name = relative.getFileName().toString();
        if (relative.getNameCount() == 1) {
            Matcher registry = REGISTRY.matcher(name);
            if (registry.matches() && !registry.group(1).startsWith("0")) {
                return Optional.of(new InboxFile(file, relative, InboxFile.Kind.REGISTRY,
                        Period.ofYear(Integer.parseInt(registry.group(1))), null, null));
            }
            return Optional.of(new InboxFile(file, relative, InboxFile.Kind.MISPLACED, null,
                    name.toLowerCase(Locale.ROOT).startsWith("registry") ? ServeText.NOT_A_REGISTRY_NAME
                            : ServeText.OUT_OF_PLACE, null));
        }
        String directory = relative.getName(0).toString();
        Matcher quarter = QUARTER.matcher(directory);
        if (!quarter.matches() || directory.startsWith("0")) {
            return Optional.of(new InboxFile(file, relative, InboxFile.Kind.MISPLACED, null, ServeText.NOT_A_QUARTER,
                    directory));
        }
        Period period = Period.ofQuarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        if (relative.getNameCount() > 2) {
            return Optional.of(new InboxFile(file, relative, InboxFile.Kind.MISPLACED, period,
                    ServeText.IN_A_SUBDIRECTORY, directory));
        }
        return Optional.of(new InboxFile(file, relative, InboxFile.Kind.QUARTERLY, period, null, null));
    }

    /**
     * The files of the inbox in processing order: registries by year, then quarterly reports by quarter and name, then
     * misplaced files. Directories in {@code skip} (the archive or quarantine, should they lie inside) are not entered.
     */
    public static List<InboxFile> scan(Path inbox, Set<Path> skip) throws IOException {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        Path root = inbox.toAbsolutePath().normalize();
        List<InboxFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (skip.stream().anyMatch(s -> path.startsWith(s)) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Optional<InboxFile> file = classify(root, root.relativize(path));
                if (file.isPresent() && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    // never followed: a link could make serve read (and store) any file the account can read
                    InboxFile f = file.get();
                    file = Optional.of(new InboxFile(f.file(), f.relative(), InboxFile.Kind.MISPLACED, f.period(),
                            Files.isSymbolicLink(path) ? ServeText.SYMBOLIC_LINK : ServeText.NOT_A_REGULAR_FILE,
                            null));
                }
                file.ifPresent(files::add);
            }
        }
        files.sort(Comparator.comparing((InboxFile f) -> f.kind().ordinal())
                .thenComparing(f -> f.period() == null ? Period.ofYear(1000) : f.period())
                .thenComparing(f -> f.relative().toString()));
        return files;
    }
}
