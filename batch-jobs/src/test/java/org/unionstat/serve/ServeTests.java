package org.unionstat.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.unionstat.batch.ActiveJobs;
import org.unionstat.batch.GracefulShutdown;
import org.unionstat.batch.JobHistoryMapper;
import org.unionstat.batch.JobLocks;
import org.unionstat.ingest.Imports;
import org.unionstat.run.PeriodRun;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.PeriodTables;
import org.unionstat.testing.Reports;
import org.unionstat.testing.TestClock;
import org.unionstat.text.Messages;

/**
 * {@code serve --once}: one pass over an inbox laid out as sample-data/ — imports, archive, quarantine with
 * .error.txt, files left alone, the affected periods computed and reported; files still being written wait; one
 * pass at a time. The passes read the time from a clock the tests move (files settle, archived names are stamped).
 */
class ServeTests {

    /** 10:00 in Beijing. */
    static final Instant START = Instant.parse("2083-11-21T02:00:00Z");

    /** The lines and the quarantine's note as docs/operations.md states them in English. */
    @TestPropertySource(properties = "unionstat.locale=en")
    abstract static class Passes {

        @Autowired
        Imports imports;

        @Autowired
        PeriodRun runs;

        @Autowired
        InboxDataMapper data;

        @Autowired
        JobLocks locks;

        @Autowired
        GracefulShutdown shutdown;

        @Autowired
        ActiveJobs activeJobs;

        @Autowired
        JobHistoryMapper history;

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        Messages messages;

        @TempDir
        Path dir;

        final TestClock clock = new TestClock(START, ZoneId.of("Asia/Shanghai"));
        PeriodTables tables;
        InboxProcessor processor;
        InboxProcessor.Directories dirs;
        final List<String> heard = new ArrayList<>();

        @BeforeEach
        void setUp() {
            tables = new PeriodTables(jdbc);
            tables.clear("2083Q3", "2083Q4", "2084Q1", "2083", "2084");
            processor = processor(Duration.ZERO, shutdown);
            dirs = new InboxProcessor.Directories(dir.resolve("inbox"), dir.resolve("archive"),
                    dir.resolve("quarantine"), dir.resolve("out"));
            // 2084 has its own registry: a registry of 2083 then affects 2083's periods only
            assertThat(imports.importRegistry(2084, Reports.registryFile(dir.resolve("registry-2084.csv"), 1, 3),
                    dir.resolve("out")).refused()).isFalse();
        }

        @AfterEach
        void cleanUp() {
            tables.clear("2083Q3", "2083Q4", "2084Q1", "2083", "2084");
        }

        /** Passes that wait {@code settle} for files being written, on the test's clock, waiting through {@code waits}. */
        InboxProcessor processor(Duration settle, GracefulShutdown waits) {
            return new InboxProcessor(imports, runs, data, locks, waits, new ServeSettings("0 0 2 * * *",
                    Path.of("inbox"), Path.of("archive"), Path.of("quarantine"), settle), clock, messages);
        }

        Path inbox(String relative) {
            return dir.resolve("inbox").resolve(relative);
        }

        long stored(String period) {
            return tables.reportCount(period);
        }

        static List<String> tree(Path root) throws IOException {
            if (!Files.exists(root)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
            }
        }

        @Test
        void aPassImportsArchivesQuarantinesAndComputesTheAffectedPeriods() throws IOException {
            Reports.registryFile(inbox("registry-2083.csv"), 1, 10);
            Reports.reportsFile(inbox("2083Q3/a.csv"), "2083Q3", 1, 5, true);
            Reports.write(inbox("2083Q3/b.csv"), "period,union_id\n2083Q3,x\n");
            Reports.reportsFile(inbox("2083Q4/c.csv"), "2083Q4", 1, 4, false);
            Reports.write(inbox("notes.txt"), "call 朝阳区 about the late file");
            Reports.write(inbox("2083Q4/~$c.xlsx"), "lock");
            Reports.write(inbox("2083Q4/d.csv.part"), "half a download");

            ServeOutcome pass = processor.process(dirs, heard::add);

            assertThat(pass.skipped()).isNull();
            assertThat(pass.files()).extracting(f -> f.file().relative().toString() + " " + f.disposition())
                    .containsExactly("registry-2083.csv ARCHIVED", "2083Q3/a.csv ARCHIVED", "2083Q3/b.csv QUARANTINED",
                            "2083Q4/c.csv ARCHIVED", "notes.txt QUARANTINED");
            assertThat(tree(dir.resolve("archive"))).containsExactly("2083/registry-2083.csv", "2083Q3/a.csv",
                    "2083Q4/c.csv");
            assertThat(tree(dir.resolve("quarantine"))).containsExactly("2083Q3/b.csv", "2083Q3/b.csv.error.txt",
                    "unsorted/notes.txt", "unsorted/notes.txt.error.txt");
            assertThat(Files.readString(dir.resolve("quarantine/2083Q3/b.csv.error.txt")))
                    .startsWith("unionstat refused this file on 2083-11-21 10:00:00.\n")
                    .contains("File:    2083Q3/b.csv").contains("missing required columns")
                    .contains("import --period 2083Q3 b.csv");
            assertThat(Files.readString(dir.resolve("quarantine/unsorted/notes.txt.error.txt")))
                    .contains("registry-YYYY.csv").contains("2026Q3/");
            // temporary and lock files are left where they are
            assertThat(tree(dir.resolve("inbox"))).containsExactly("2083Q4/d.csv.part", "2083Q4/~$c.xlsx");
            assertThat(stored("2083Q3")).isEqualTo(5);
            assertThat(stored("2083Q4")).isEqualTo(4);
            assertThat(pass.read()).isEqualTo(10 + 6 + 4);
            assertThat(pass.rejectedByCode()).containsEntry("E02", 1L);
            assertThat(pass.periods()).extracting(r -> r.period().toString()).containsExactly("2083Q3", "2083Q4", "2083");
            assertThat(pass.periods()).allSatisfy(r -> assertThat(r.completed()).isTrue());
            for (String period : List.of("2083Q3", "2083Q4", "2083")) {
                assertThat(dir.resolve("out").resolve(period).resolve("indicators-" + period + ".csv")).exists();
            }
            assertThat(dir.resolve("out/rejects/2083Q3/a.csv.rejects.csv")).exists();
            assertThat(pass.exitCode()).isEqualTo(1);
            assertThat(heard).hasSize(5 + 3);
        }

        @Test
        void runDirImportsATreeWhereItLiesRunsEveryPeriodAndTheSecondTimeNothing() throws IOException {
            Path tree = dir.resolve("tree");
            Reports.registryFile(tree.resolve("registry-2083.csv"), 1, 10);
            Reports.reportsFile(tree.resolve("2083Q3/a.csv"), "2083Q3", 1, 5, true);
            Reports.write(tree.resolve("2083Q3/b.csv"), "period,union_id\n2083Q3,x\n");
            Reports.reportsFile(tree.resolve("2083Q4/c.csv"), "2083Q4", 1, 4, false);
            // a resubmission: unions 3 and 4 again, after c.csv by name
            Reports.write(tree.resolve("2083Q4/zz-c.csv"), Reports.reportsCsv(
                    Reports.report("2083Q4", 3, "members", "45"), Reports.report("2083Q4", 4, "members", "41")));
            Reports.reportsFile(tree.resolve("2084Q1/d.csv"), "2084Q1", 1, 3, false);
            Reports.write(tree.resolve("README.md"), "where the files come from");
            List<String> before = tree(tree);

            ServeOutcome first = processor.processInPlace(tree, dir.resolve("out"), heard::add);

            assertThat(tree(tree)).as("nothing moved").isEqualTo(before);
            assertThat(first.files()).extracting(f -> f.file().relative().toString() + " " + f.disposition())
                    .containsExactly("registry-2083.csv IMPORTED");
            assertThat(first.runFiles()).extracting(f -> f.file().getFileName().toString() + " " + (f.refusal() != null))
                    .containsExactly("a.csv false", "b.csv true", "c.csv false", "zz-c.csv false", "d.csv false");
            assertThat(first.periods()).extracting(r -> r.period().toString())
                    .containsExactly("2083Q3", "2083Q4", "2084Q1", "2083", "2084");
            assertThat(first.periods()).allSatisfy(r -> assertThat(r.completed()).isTrue());
            assertThat(stored("2083Q3")).isEqualTo(5);
            assertThat(stored("2083Q4")).isEqualTo(4);
            assertThat(stored("2084Q1")).isEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT members FROM quarterly_report WHERE period = '2083Q4' AND union_id = ?",
                    Long.class, Reports.unionId(4))).as("the resubmission wins").isEqualTo(41);
            assertThat(first.rejectedByCode()).containsEntry("E02", 1L);
            assertThat(first.nothingChanged()).isFalse();
            assertThat(first.exitCode()).as("a file was refused").isEqualTo(1);
            for (String period : List.of("2083Q3", "2083Q4", "2084Q1", "2083", "2084")) {
                assertThat(dir.resolve("out").resolve(period).resolve("indicators-" + period + ".csv")).exists();
            }
            int executions = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);

            ServeOutcome second = processor.processInPlace(tree, dir.resolve("out"), heard::add);

            assertThat(second.nothingChanged()).isTrue();
            assertThat(second.periods()).allSatisfy(r -> assertThat(r.alreadyDone()).isTrue());
            assertThat(second.exitCode()).as("the refused file is still there").isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class))
                    .as("no job ran").isEqualTo(executions);
            assertThat(stored("2083Q4")).isEqualTo(4);
            assertThat(tree(tree)).isEqualTo(before);
        }

        @Test
        void theSameFileDroppedAgainIsRecognisedAndArchivedUnderATimestampedName() throws IOException {
            Reports.reportsFile(inbox("2083Q3/a.csv"), "2083Q3", 1, 5, false);
            ServeOutcome first = processor.process(dirs, heard::add);
            assertThat(first.exitCode()).isZero();
            assertThat(first.periods()).extracting(r -> r.period().toString()).containsExactly("2083Q3", "2083");

            Reports.reportsFile(inbox("2083Q3/a.csv"), "2083Q3", 1, 5, false);
            clock.advance(Duration.ofMinutes(5));
            ServeOutcome again = processor.process(dirs, heard::add);

            assertThat(again.exitCode()).isZero();
            assertThat(again.files()).singleElement().satisfies(f -> {
                assertThat(f.summary().alreadyImported()).isTrue();
                assertThat(f.movedTo().getFileName().toString()).as("stamped with the second pass's time")
                        .isEqualTo("a.20831121-100500.csv");
            });
            assertThat(again.periods()).allSatisfy(r -> assertThat(r.alreadyDone()).isTrue());
            assertThat(tree(dir.resolve("archive"))).hasSize(2);
        }

        @Test
        void aRegistryAloneRecomputesTheComputedPeriodsOfItsYear() {
            Reports.reportsFile(inbox("2083Q3/a.csv"), "2083Q3", 1, 5, false);
            processor.process(dirs, heard::add);
            Reports.registryFile(inbox("registry-2083.xlsx.csv"), 1, 2); // out of place: not a registry name
            Reports.registryFile(inbox("registry-2083.csv"), 1, 10);

            ServeOutcome pass = processor.process(dirs, heard::add);

            assertThat(pass.files()).extracting(f -> f.disposition().toString())
                    .containsExactly("ARCHIVED", "QUARANTINED");
            assertThat(pass.periods()).extracting(r -> r.period().toString()).containsExactly("2083Q3", "2083");
            assertThat(pass.periods()).allSatisfy(r -> {
                assertThat(r.alreadyDone()).isFalse();
                assertThat(r.computed().unchanged()).isFalse();
            });
        }

        @Test
        void anImportThatFailsForAnotherReasonLeavesTheFileForTheNextPassWhichResumesIt() throws IOException {
            Reports.reportsFile(inbox("2083Q3/a.csv"), "2083Q3", 1, 5, true);
            // a directory where the rejects file must go: the import's last step fails, the file is not to blame
            Path blocker = Files.createDirectories(dir.resolve("out/rejects/2083Q3/a.csv.rejects.csv"));
            Files.writeString(blocker.resolve("keep"), "x");

            ServeOutcome failed = processor.process(dirs, heard::add);

            assertThat(failed.files()).singleElement().satisfies(f -> {
                assertThat(f.disposition()).isEqualTo(ServeOutcome.Disposition.LEFT);
                assertThat(f.problem()).contains("import failed").endsWith("left in the inbox for the next pass");
            });
            assertThat(failed.exitCode()).isEqualTo(1);
            assertThat(inbox("2083Q3/a.csv")).exists();
            assertThat(dir.resolve("quarantine")).doesNotExist();
            Files.delete(blocker.resolve("keep"));
            Files.delete(blocker);

            ServeOutcome resumed = processor.process(dirs, heard::add);

            assertThat(resumed.files()).singleElement().extracting(ServeOutcome.FileOutcome::disposition)
                    .isEqualTo(ServeOutcome.Disposition.ARCHIVED);
            assertThat(resumed.exitCode()).isZero();
            assertThat(stored("2083Q3")).isEqualTo(5);
        }

        @Test
        void aFileStillBeingWrittenIsLeftForTheNextPass() throws IOException {
            Path growing = Reports.reportsFile(inbox("2083Q3/a.csv"), "2083Q3", 1, 5, false);
            // while the pass waits for the file to settle, its writer adds a row, and the time waited passes
            List<Duration> waits = new ArrayList<>();
            GracefulShutdown writerAtWork = new GracefulShutdown(activeJobs, history) {
                @Override
                public boolean await(Duration timeout) {
                    waits.add(timeout);
                    Reports.write(growing, Reports.reportsCsv(Reports.report("2083Q3", 1), Reports.report("2083Q3", 2),
                            Reports.report("2083Q3", 3), Reports.report("2083Q3", 4), Reports.report("2083Q3", 5),
                            Reports.report("2083Q3", 6)));
                    clock.advance(timeout);
                    return false;
                }
            };
            InboxProcessor patient = processor(Duration.ofSeconds(2), writerAtWork);

            ServeOutcome first = patient.process(dirs, heard::add);

            assertThat(waits).as("a file seen for the first time waits the settle interval (and a little more)")
                    .containsExactly(Duration.ofMillis(2050));
            assertThat(first.files()).isEmpty();
            assertThat(first.unsettled()).containsExactly(Path.of("2083Q3/a.csv"));
            assertThat(growing).exists();
            clock.advance(Duration.ofSeconds(2));

            ServeOutcome second = patient.process(dirs, heard::add);

            assertThat(waits).as("unchanged for the settle interval: taken at once").hasSize(1);
            assertThat(second.files()).singleElement().satisfies(f -> assertThat(f.summary().accepted()).isEqualTo(6));
        }

        @Test
        void onePassAtATime() {
            Reports.reportsFile(inbox("2083Q3/a.csv"), "2083Q3", 1, 5, false);
            try (JobLocks.Lock held = locks.acquire(InboxProcessor.LOCK_NAME, new JobParametersBuilder()
                    .addString("inbox", dirs.inbox().toAbsolutePath().normalize().toString()).toJobParameters(), "test")) {

                ServeOutcome pass = processor.process(dirs, heard::add);

                assertThat(pass.skipped()).contains("another pass over this inbox is running");
                assertThat(pass.exitCode()).isEqualTo(1);
                assertThat(inbox("2083Q3/a.csv")).exists();
            }
            assertThat(processor.process(dirs, heard::add).files()).hasSize(1);
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Passes {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends Passes {
    }
}
