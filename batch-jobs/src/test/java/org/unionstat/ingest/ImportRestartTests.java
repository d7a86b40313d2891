package org.unionstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import org.unionstat.domain.Period;
import org.unionstat.ingest.source.SourceRow;
import org.unionstat.ingest.spool.SpoolSettings;
import org.unionstat.ingest.validate.QuarterlyReportValidator;
import org.unionstat.ingest.validate.RegistryRowValidator;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.PeriodTables;
import org.unionstat.testing.Reports;
import org.unionstat.text.Messages;

/**
 * docs/commands.md: a failed import resumes where it stopped, without duplicating or losing rows. Chunks of 3 rows; the
 * validator is made to crash once on one row (after two chunks were committed), or the rejects file cannot be written
 * once (the merge fails); running the same import again must give exactly what a clean run gives. Both kinds of
 * import go through the same steps; the registry's load resumes as the reports' does.
 */
@TestPropertySource(properties = "unionstat.ingest.chunk-size=3")
class ImportRestartTests {

    /** Summary lines as docs/commands.md states them in English (the default language is Chinese). */
    private static final Messages EN = Messages.inEnglish();

    static final String CRASHING = "2093Q1";
    static final String CLEAN = "2093Q2";
    static final long CRASH_LINE = 9;
    static final int CRASHING_YEAR = 2093;
    static final int CLEAN_YEAR = 2094;

    abstract static class Restarts {

        @MockitoSpyBean
        QuarterlyReportValidator validator;

        @MockitoSpyBean
        RegistryRowValidator registryValidator;

        @Autowired
        JobRepository jobRepository;

        @Autowired
        Imports reports;

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        SpoolSettings spool;

        @TempDir
        Path dir;

        PeriodTables tables;
        final List<Long> checkedLines = Collections.synchronizedList(new ArrayList<>());
        final Set<String> checkingThreads = ConcurrentHashMap.newKeySet();
        final AtomicBoolean crashed = new AtomicBoolean();
        /** Set, the registry validator crashes once at {@link #CRASH_LINE}. */
        final AtomicBoolean registryCrash = new AtomicBoolean();

        @BeforeEach
        void setUp() {
            tables = new PeriodTables(jdbc, spool.root());
            tables.clear(CRASHING, CLEAN, Integer.toString(CRASHING_YEAR), Integer.toString(CLEAN_YEAR));
            doAnswer(call -> {
                SourceRow row = call.getArgument(0);
                if (registryCrash.get()) {
                    checkedLines.add(row.line());
                    if (row.line() == CRASH_LINE && crashed.compareAndSet(false, true)) {
                        throw new IllegalStateException("simulated crash at line " + CRASH_LINE);
                    }
                }
                return call.callRealMethod();
            }).when(registryValidator).check(any());
            doAnswer(call -> {
                SourceRow row = call.getArgument(0);
                Period period = call.getArgument(1);
                if (period.toString().equals(CRASHING)) {
                    checkedLines.add(row.line());
                    checkingThreads.add(Thread.currentThread().getName());
                    if (row.line() == CRASH_LINE && crashed.compareAndSet(false, true)) {
                        throw new IllegalStateException("simulated crash at line " + CRASH_LINE);
                    }
                }
                return call.callRealMethod();
            }).when(validator).check(any(), any());
        }

        @AfterEach
        void cleanUp() {
            tables.clear(CRASHING, CLEAN, Integer.toString(CRASHING_YEAR), Integer.toString(CLEAN_YEAR));
        }

        /** Ten rows on lines 2-11: line 4 breaks E02, line 10 repeats the union of line 3 (E10). */
        Path file(String period) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (int n = 1; n <= 10; n++) {
                rows.add(Reports.report(period, n, "covered_unit_ids", Reports.unitId(100 + n)));
            }
            rows.set(2, Reports.report(period, 3, "members", "-1"));
            rows.set(8, Reports.report(period, 2, "members", "55"));
            return Reports.write(dir.resolve(period).resolve("reports.csv"), Reports.csv(Reports.REPORT_KEYS, rows));
        }

        ImportSummary run(String period, Path file, Path out) {
            return reports.importPaths(Period.parse(period), List.of(file), out).get(0);
        }

        @Test
        void aLoadThatFailedMidwayResumesAfterTheLastCommittedChunk() throws Exception {
            Path out = dir.resolve("out");
            ImportSummary clean = run(CLEAN, file(CLEAN), out);
            Path file = file(CRASHING);

            ImportSummary failed = run(CRASHING, file, out);

            assertThat(failed.refused()).isTrue();
            assertThat(failed.refusal()).contains("import failed (simulated crash at line 9)")
                    .contains("run the same command again to resume");
            // two chunks (lines 2-7) were committed to the spool; nothing reached the stored reports
            assertThat(tables.staged(CRASHING) + tables.rejected(CRASHING)).isEqualTo(6);
            assertThat(tables.members(CRASHING)).isEmpty();
            assertThat(tables.importFileRows(CRASHING)).singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("LOADING"));
            checkedLines.clear();

            ImportSummary resumed = run(CRASHING, file, out);

            assertThat(resumed.refused()).as(resumed.refusal()).isFalse();
            // a chunk's rows are checked side by side (ValidationThreads), in no particular order; rows of the crashed
            // chunk still being checked when it failed may be counted again here
            assertThat(checkedLines).containsOnly(8L, 9L, 10L, 11L);
            assertThat(checkingThreads).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("validate-"));
            assertThat(resumed.line(EN)).isEqualTo(CRASHING + " reports.csv: read 10, accepted 8, rejected 2 (E02 1, E10 1)");
            assertThat(clean.line(EN)).isEqualTo(CLEAN + " reports.csv: read 10, accepted 8, rejected 2 (E02 1, E10 1)");
            assertThat(tables.reports(CRASHING)).hasSize(8).isEqualTo(tables.reports(CLEAN));
            assertThat(tables.coveredUnits(CRASHING)).hasSize(8).isEqualTo(tables.coveredUnits(CLEAN));
            assertThat(tables.spoolLeft(CRASHING)).isFalse();
            assertThat(tables.importFiles(CRASHING)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?", Long.class,
                    tables.importFileRows(CRASHING).get(0).get("import_id"))).isEqualTo(2);
            assertThat(lines(out, CRASHING)).isEqualTo(lines(out, CLEAN).stream().map(l -> l.replace(CLEAN, CRASHING)).toList());
        }

        @Test
        void aMergeThatFailedIsDoneAgainWhole() throws Exception {
            Path out = dir.resolve("out");
            crashed.set(true);
            Path file = file(CRASHING);
            // a directory where the rejects file must go: writing it fails, so the merge's transaction rolls back
            Path blocker = Files.createDirectories(out.resolve("rejects").resolve(CRASHING).resolve("reports.csv.rejects.csv"));
            Files.writeString(blocker.resolve("keep"), "x");

            ImportSummary failed = run(CRASHING, file, out);

            assertThat(failed.refused()).isTrue();
            assertThat(failed.refusal()).contains("import failed");
            assertThat(tables.members(CRASHING)).isEmpty();
            assertThat(tables.rejected(CRASHING)).isEqualTo(2); // E02 and E10, both found while loading
            assertThat(tables.importFileRows(CRASHING)).singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("LOADING"));
            Files.delete(blocker.resolve("keep"));
            Files.delete(blocker);
            checkedLines.clear();

            ImportSummary resumed = run(CRASHING, file, out);

            assertThat(checkedLines).isEmpty();
            assertThat(resumed.line(EN)).isEqualTo(CRASHING + " reports.csv: read 10, accepted 8, rejected 2 (E02 1, E10 1)");
            assertThat(tables.members(CRASHING)).hasSize(8).containsEntry(Reports.unionId(2), 90L);
            assertThat(tables.spoolLeft(CRASHING)).isFalse();
            assertThat(lines(out, CRASHING)).hasSize(3);
        }

        /** Ten units on lines 2-11: line 4 breaks E02, line 10 repeats the unit of line 3 (E10). */
        Path registryFile(String name) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (int n = 1; n <= 10; n++) {
                rows.add(Reports.unit(n));
            }
            rows.get(2).put("employees", "-1");
            rows.set(8, Reports.unit(2));
            rows.get(8).put("employees", "55");
            @SuppressWarnings("unchecked")
            Map<String, String>[] array = rows.toArray(new Map[0]);
            return Reports.write(dir.resolve(name).resolve("registry.csv"), Reports.registryCsv(array));
        }

        @Test
        void aRegistryLoadThatFailedMidwayResumesAfterTheLastCommittedChunk() throws Exception {
            Path out = dir.resolve("out");
            ImportSummary clean = reports.importRegistry(CLEAN_YEAR, registryFile("clean"), out);
            Path file = registryFile("crashing");
            registryCrash.set(true);

            ImportSummary failed = reports.importRegistry(CRASHING_YEAR, file, out);

            assertThat(failed.refusal()).contains("import failed (simulated crash at line 9)");
            assertThat(tables.registry(CRASHING_YEAR)).isEmpty();
            Map<String, Object> imported = tables.importFileRows(Integer.toString(CRASHING_YEAR)).get(0);
            assertThat(imported.get("status")).isEqualTo("LOADING");
            JobInstance instance = jobRepository.getJobInstance(((Number) imported.get("import_id")).longValue());
            assertThat(instance.getJobName()).isEqualTo("importUnitRegistry");
            // the reader keeps its place under the registry's own name: two chunks of three rows were committed
            StepExecution load = jobRepository.getLastStepExecution(instance, "load");
            assertThat(load.getExecutionContext().getInt("registryRows.read.count")).isEqualTo(6);
            checkedLines.clear();

            ImportSummary resumed = reports.importRegistry(CRASHING_YEAR, file, out);

            assertThat(checkedLines).containsOnly(8L, 9L, 10L, 11L);
            assertThat(resumed.line(EN)).isEqualTo(CRASHING_YEAR + " registry.csv: read 10, accepted 8, rejected 2 (E02 1, E10 1)");
            assertThat(clean.line(EN)).isEqualTo(CLEAN_YEAR + " registry.csv: read 10, accepted 8, rejected 2 (E02 1, E10 1)");
            assertThat(tables.registry(CRASHING_YEAR)).hasSize(8).isEqualTo(tables.registry(CLEAN_YEAR));
            assertThat(tables.spoolLeft(Integer.toString(CRASHING_YEAR))).isFalse();
            assertThat(jobRepository.getJobExecutions(instance)).hasSize(2);
        }

        private static List<String> lines(Path out, String period) throws java.io.IOException {
            return Files.readAllLines(out.resolve("rejects").resolve(period).resolve("reports.csv.rejects.csv"));
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Restarts {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends Restarts {
    }
}
