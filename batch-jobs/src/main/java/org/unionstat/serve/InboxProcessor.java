package org.unionstat.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Service;

import org.unionstat.batch.JobStatusText;
import org.unionstat.batch.Failures;
import org.unionstat.batch.GracefulShutdown;
import org.unionstat.batch.JobAlreadyRunningException;
import org.unionstat.batch.JobLocks;
import org.unionstat.batch.OutputDirectory;
import org.unionstat.domain.Period;
import org.unionstat.domain.PrintableName;
import org.unionstat.domain.UserFacingException;
import org.unionstat.ingest.ImportKind;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.ingest.Imports;
import org.unionstat.run.PeriodRun;
import org.unionstat.run.RunOutcome;
import org.unionstat.text.Messages;

/**
 * One pass of {@code serve} over the inbox: takes the settled files (registries first, then quarters in order, files
 * by name), imports each, moves it to {@code archive/<period>/} or, refused, to {@code quarantine/<period>/} with
 * {@code <file>.error.txt}; then computes and reports every affected period ({@link AffectedPeriods}) as a run
 * ({@link PeriodRun}). One pass at a time per inbox, across processes (a lock like a job instance's).
 */
@Service
public class InboxProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final String LOCK_NAME = "serve";

    /** Where a pass reads and writes. */
    public record Directories(Path inbox, Path archive, Path quarantine, Path out) {
    }

    private final Imports imports;
    private final PeriodRun runs;
    private final InboxDataMapper data;
    private final JobLocks locks;
    private final GracefulShutdown shutdown;
    private final SettleTracker settle;
    private final Clock clock;
    private final Messages messages;

    public InboxProcessor(Imports imports, PeriodRun runs, InboxDataMapper data, JobLocks locks,
            GracefulShutdown shutdown, ServeSettings settings, Clock clock, Messages messages) {
        this.imports = imports;
        this.runs = runs;
        this.data = data;
        this.locks = locks;
        this.shutdown = shutdown;
        this.settle = new SettleTracker(settings.settle());
        this.clock = clock;
        this.messages = messages;
    }

    /** One pass; {@code progress} hears about each file and period as soon as it is done. */
    public ServeOutcome process(Directories dirs, Consumer<String> progress) {
        Path inbox = dirs.inbox().toAbsolutePath().normalize();
        return locked(inbox, "inbox", "(inbox " + dirs.inbox() + ")", started -> {
            OutputDirectory.requireWritable(dirs.out());
            Files.createDirectories(inbox); // so that whoever drops files sees where
            List<Path> unsettled = new ArrayList<>();
            List<InboxFile> files = settled(inbox, dirs, unsettled);
            return importAndRun(files, unsettled, dirs, progress, started);
        });
    }

    /**
     * {@code run DIR}: a tree with the inbox's layout, taken as it lies, nothing moved, nothing waited for: every
     * registry imported, then each quarter run (import, compute, report) with its files, in order, then every other
     * affected period (the years, later quarters with data) computed and reported. A quarter is a run of its files, so
     * running the tree again with nothing changed is recognised as done, quarter by quarter, and runs nothing.
     */
    public ServeOutcome processInPlace(Path tree, Path out, Consumer<String> progress) {
        if (!Files.isDirectory(tree)) {
            throw new UserFacingException(tree + ": no such directory (run DIR takes a directory laid out as the inbox:"
                    + " registry-YYYY.csv|xlsx and YYYYQn/ directories)");
        }
        Path root = tree.toAbsolutePath().normalize();
        return locked(root, "directory", "(directory " + tree + ")", started -> {
            OutputDirectory.requireWritable(out);
            // a README or notes beside the data are not data: only .csv and .xlsx files out of place are refused
            List<InboxFile> found = InboxLayout.scan(root, Set.of(out.toAbsolutePath().normalize())).stream()
                    .filter(f -> f.kind() != InboxFile.Kind.MISPLACED || InboxLayout.isData(f.file())).toList();
            List<ServeOutcome.FileOutcome> files = new ArrayList<>();
            Set<Integer> registryYears = new TreeSet<>();
            Map<Period, List<Path>> quarters = new TreeMap<>();
            for (InboxFile file : found) {
                if (file.kind() == InboxFile.Kind.QUARTERLY) {
                    quarters.computeIfAbsent(file.period(), q -> new ArrayList<>()).add(file.file());
                    continue;
                }
                if (shutdown.requested()) {
                    break;
                }
                ServeOutcome.FileOutcome outcome = importInPlace(file, out);
                files.add(outcome);
                progress.accept(line(outcome));
                if (outcome.taken()) {
                    registryYears.add(file.period().year());
                }
            }
            List<RunOutcome> periods = new ArrayList<>();
            for (Map.Entry<Period, List<Path>> quarter : quarters.entrySet()) {
                if (shutdown.requested()) {
                    break;
                }
                periods.add(runPeriod(quarter.getKey(), quarter.getValue(), out, progress));
            }
            for (Period period : AffectedPeriods.of(quarters.keySet(), registryYears, periodData())) {
                if (shutdown.requested()) {
                    break;
                }
                if (!quarters.containsKey(period)) {
                    periods.add(runPeriod(period, List.of(), out, progress));
                }
            }
            return new ServeOutcome(null, files, List.of(), periods, Duration.between(started, clock.instant()));
        });
    }

    private interface Pass {
        ServeOutcome run(Instant started) throws Exception;
    }

    /** One pass at a time over a directory, across processes. */
    private ServeOutcome locked(Path root, String what, String shown, Pass pass) {
        Instant started = clock.instant();
        JobLocks.Lock lock;
        try {
            lock = locks.acquire(LOCK_NAME, new JobParametersBuilder().addString("inbox", root.toString())
                    .toJobParameters(), shown);
        } catch (JobAlreadyRunningException e) {
            return new ServeOutcome("another pass over this " + what + " is running: " + e.getMessage(), List.of(),
                    List.of(), List.of(), Duration.between(started, clock.instant()));
        }
        try (lock; AutoCloseable busy = shutdown.busy()) {
            return pass.run(started);
        } catch (UserFacingException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private ServeOutcome importAndRun(List<InboxFile> files, List<Path> unsettled, Directories dirs,
            Consumer<String> progress, Instant started) {
        List<ServeOutcome.FileOutcome> outcomes = new ArrayList<>();
        Set<Integer> registryYears = new TreeSet<>();
        Set<Period> quarters = new TreeSet<>();
        for (InboxFile file : files) {
            if (shutdown.requested()) {
                break;
            }
            ServeOutcome.FileOutcome outcome = take(file, dirs);
            outcomes.add(outcome);
            progress.accept(line(outcome));
            if (outcome.taken()) {
                if (file.kind() == InboxFile.Kind.REGISTRY) {
                    registryYears.add(file.period().year());
                } else {
                    quarters.add(file.period());
                }
            }
        }
        List<RunOutcome> periods = new ArrayList<>();
        for (Period period : AffectedPeriods.of(quarters, registryYears, periodData())) {
            if (shutdown.requested()) {
                break;
            }
            periods.add(runPeriod(period, List.of(), dirs.out(), progress));
        }
        return new ServeOutcome(null, outcomes, unsettled, periods, Duration.between(started, clock.instant()));
    }

    /** The run of one period (with the files of a quarter, if given); its files' lines, then what it did. */
    private RunOutcome runPeriod(Period period, List<Path> files, Path out, Consumer<String> progress) {
        RunOutcome run;
        try {
            run = runs.run(period, files, out);
        } catch (UserFacingException e) {
            // e.g. the same period being run by hand right now: the other periods go on
            run = new RunOutcome(period, -1, BatchStatus.FAILED, false, List.of(), null, null, Duration.ZERO,
                    e.getMessage());
        }
        for (RunOutcome.FileResult file : run.files()) {
            if (file.refusal() != null) {
                progress.accept(messages.text(ServeText.REFUSED, file.refusal()));
            } else if (file.line() != null) {
                progress.accept(file.line());
            }
        }
        progress.accept(run.completed()
                ? messages.text(run.alreadyDone() ? ServeText.PERIOD_UP_TO_DATE : ServeText.PERIOD_REPORTED, period,
                        String.format(Locale.ROOT, "%.1f", run.duration().toMillis() / 1000.0), run.jobExecutionId())
                : messages.text(ServeText.PERIOD_FAILED, period, JobStatusText.of(run.status()), run.failure()));
        return run;
    }

    /** A file of a tree imported where it lies; a refused one stays too (its problem is in the summary). */
    private ServeOutcome.FileOutcome importInPlace(InboxFile file, Path out) {
        if (file.kind() == InboxFile.Kind.MISPLACED) {
            return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.REFUSED, null, null,
                    file.relative() + ": " + file.problem(messages));
        }
        ImportSummary summary;
        try {
            ImportKind kind = file.kind() == InboxFile.Kind.REGISTRY ? ImportKind.REGISTRY : ImportKind.QUARTERLY;
            summary = imports.importFile(kind, file.period(), file.file(), out);
        } catch (RuntimeException e) {
            return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.LEFT, null, null,
                    file.relative() + ": " + Failures.describe(e) + messages.text(ServeText.RESUME_BY_RUNNING_AGAIN));
        }
        if (summary.failed()) {
            return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.LEFT, null, summary,
                    summary.refusal() + messages.text(ServeText.RESUME_BY_RUNNING_AGAIN));
        }
        if (summary.refused()) {
            return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.REFUSED, null, summary, summary.refusal());
        }
        return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.IMPORTED, null, summary, null);
    }

    /** The inbox's files whose size and time have settled; waits the settle interval once if some are too fresh. */
    private List<InboxFile> settled(Path inbox, Directories dirs, List<Path> unsettled) throws IOException, InterruptedException {
        Set<Path> skip = Set.of(dirs.archive().toAbsolutePath().normalize(), dirs.quarantine().toAbsolutePath().normalize(),
                dirs.out().toAbsolutePath().normalize());
        List<InboxFile> candidates = InboxLayout.scan(inbox, skip);
        Duration wait = Duration.ZERO;
        Instant now = clock.instant();
        for (InboxFile file : candidates) {
            if (!observe(file.file(), now)) {
                Duration left = settle.remaining(file.file(), now);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        if (!wait.isZero()) {
            log.info("waiting {} s for files being written to settle", Math.max(1, wait.toSeconds()));
            if (shutdown.await(wait.plusMillis(50))) {
                return List.of();
            }
            candidates = InboxLayout.scan(inbox, skip);
            now = clock.instant();
        }
        List<InboxFile> ready = new ArrayList<>();
        for (InboxFile file : candidates) {
            if (observe(file.file(), now)) {
                ready.add(file);
            } else {
                unsettled.add(inbox.relativize(file.file()));
            }
        }
        return ready;
    }

    private boolean observe(Path file, Instant now) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return settle.observe(file, attributes.size(), attributes.lastModifiedTime().toInstant(), now);
        } catch (IOException e) {
            return false; // gone or unreadable for now: next time
        }
    }

    private ServeOutcome.FileOutcome take(InboxFile file, Directories dirs) {
        if (file.kind() == InboxFile.Kind.MISPLACED) {
            return quarantine(file, dirs, null, PrintableName.of(file.relative()) + ": " + file.problem(messages));
        }
        ImportSummary summary;
        try {
            ImportKind kind = file.kind() == InboxFile.Kind.REGISTRY ? ImportKind.REGISTRY : ImportKind.QUARTERLY;
            summary = imports.importFile(kind, file.period(), file.file(), dirs.out());
        } catch (RuntimeException e) {
            // the database or the disk: not the file's fault; it stays for the next pass, which resumes the import
            return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.LEFT, null, null,
                    PrintableName.of(file.relative()) + ": " + Failures.describe(e) + messages.text(ServeText.LEFT_FOR_NEXT_PASS));
        }
        if (summary.failed()) {
            return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.LEFT, null, summary,
                    summary.refusal() + messages.text(ServeText.LEFT_FOR_NEXT_PASS));
        }
        if (summary.refused()) {
            return quarantine(file, dirs, summary, summary.refusal());
        }
        try {
            Path moved = move(file.file(), dirs.archive().resolve(file.folder()));
            settle.forget(file.file());
            return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.ARCHIVED, moved, summary, null);
        } catch (IOException e) {
            return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.LEFT, null, summary, PrintableName.of(file.relative())
                    + messages.text(ServeText.NOT_ARCHIVED, OutputDirectory.problem(e)));
        }
    }

    private ServeOutcome.FileOutcome quarantine(InboxFile file, Directories dirs, ImportSummary summary, String problem) {
        try {
            Path moved = move(file.file(), dirs.quarantine().resolve(file.folder()));
            settle.forget(file.file());
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".error.txt"), errorText(file, moved, problem),
                    StandardCharsets.UTF_8);
            return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.QUARANTINED, moved, summary, problem);
        } catch (IOException e) {
            return new ServeOutcome.FileOutcome(file, ServeOutcome.Disposition.LEFT, null, summary, problem
                    + messages.text(ServeText.NOT_QUARANTINED, OutputDirectory.problem(e)));
        }
    }

    private String errorText(InboxFile file, Path moved, String problem) {
        String what = messages.text(ServeText.ERROR_TEXT, WHEN.format(LocalDateTime.now(clock)),
                PrintableName.of(file.relative()), problem);
        String todo = switch (file.kind()) {
            case REGISTRY -> messages.text(ServeText.ERROR_TEXT_REGISTRY, PrintableName.of(file.relative()),
                    file.period().year(), PrintableName.of(moved.getFileName()));
            case QUARTERLY -> messages.text(ServeText.ERROR_TEXT_QUARTERLY,
                    PrintableName.of(file.relative().getParent()), file.period(), PrintableName.of(moved.getFileName()));
            case MISPLACED -> messages.text(ServeText.ERROR_TEXT_MISPLACED);
        };
        return what + "\n\n" + todo + "\n";
    }

    /** Moves a file into a directory; a file of the same name there is kept, the new one gets a timestamp. */
    private Path move(Path file, Path directory) throws IOException {
        Files.createDirectories(directory);
        String name = file.getFileName().toString();
        Path target = directory.resolve(name);
        if (Files.exists(target)) {
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name;
            String extension = dot > 0 ? name.substring(dot) : "";
            String stamp = STAMP.format(LocalDateTime.now(clock));
            target = directory.resolve(base + "." + stamp + extension);
            for (int n = 2; Files.exists(target); n++) {
                target = directory.resolve(base + "." + stamp + "-" + n + extension);
            }
        }
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file, target);
        }
    }

    private AffectedPeriods.Data periodData() {
        Set<Period> quarters = data.findQuartersWithReports().stream().map(Period::parse)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Integer> registryYears = new LinkedHashSet<>(data.findRegistryYears());
        Set<Period> computed = data.findComputedPeriods().stream().map(Period::parse)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new AffectedPeriods.Data() {
            @Override
            public Set<Period> quartersWithReports() {
                return quarters;
            }

            @Override
            public Set<Integer> registryYears() {
                return registryYears;
            }

            @Override
            public Set<Period> computedPeriods() {
                return computed;
            }
        };
    }

    String line(ServeOutcome.FileOutcome outcome) {
        return switch (outcome.disposition()) {
            case ARCHIVED -> messages.text(ServeText.MOVED, outcome.summary().line(messages),
                    PrintableName.of(outcome.movedTo()));
            case IMPORTED -> outcome.summary().line(messages);
            case QUARANTINED -> messages.text(ServeText.MOVED, messages.text(ServeText.REFUSED, outcome.problem()),
                    PrintableName.of(outcome.movedTo()));
            case REFUSED -> messages.text(ServeText.REFUSED, outcome.problem());
            case LEFT -> messages.text(ServeText.NOT_DONE, outcome.problem());
        };
    }
}
