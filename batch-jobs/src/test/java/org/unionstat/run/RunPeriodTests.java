package org.unionstat.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import org.unionstat.domain.Period;
import org.unionstat.domain.UserFacingException;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.ingest.Imports;
import org.unionstat.ingest.source.SourceRow;
import org.unionstat.ingest.validate.QuarterlyReportValidator;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.PeriodTables;
import org.unionstat.testing.Reports;

/**
 * {@code run --period P [PATH…]}: import, compute and report as one job (runPeriod); a rerun with nothing changed is
 * recognised; new data makes a new run; a refused file does not stop it; a failed run resumes where it stopped.
 */
@TestPropertySource(properties = "unionstat.ingest.chunk-size=2")
class RunPeriodTests {

    static final String Q = "2081Q2";
    static final String YEAR = "2081";

    /**
     * The quarter's 8 accepted reports are all of 朝阳区 and industry C: the city, the 17 districts and the 20
     * industries of config/, and that one pair; 8 indicators each.
     */
    static final RunOutcome.Computed COMPUTED = new RunOutcome.Computed((1 + 17 + 20 + 1) * 8, 1 + 17 + 20 + 1, false);

    abstract static class Runs {

        @Autowired
        PeriodRun runs;

        @Autowired
        Imports imports;

        @Autowired
        JdbcTemplate jdbc;

        @MockitoSpyBean
        QuarterlyReportValidator validator;

        @TempDir
        Path dir;

        final AtomicBoolean crashOnce = new AtomicBoolean();
        PeriodTables tables;

        @BeforeEach
        void setUp() {
            tables = new PeriodTables(jdbc);
            tables.clear(Q, YEAR);
            // a registry of its own year, so that coverage never reads a registry another test left in a shared
            // database (MariaDB); its one unit is in the reports' own district × industry, adding no group
            Map<String, String> unit = Reports.unit(1);
            jdbc.update("INSERT INTO unit_registry (registry_year, unit_id, unit_name, district_code, industry_code,"
                    + " employees, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)", Integer.parseInt(YEAR), unit.get("unit_id"),
                    unit.get("unit_name"), unit.get("district_code"), unit.get("industry_code"),
                    Long.parseLong(unit.get("employees")), 0L);
            doAnswer(call -> {
                SourceRow row = call.getArgument(0);
                if (row.line() == 5 && crashOnce.compareAndSet(true, false)) {
                    throw new IllegalStateException("simulated crash at line 5");
                }
                return call.callRealMethod();
            }).when(validator).check(any(), any());
        }

        @AfterEach
        void cleanUp() {
            tables.clear(Q, YEAR);
        }

        Path quarterDir() {
            Path quarter = dir.resolve("in").resolve(Q);
            Reports.reportsFile(quarter.resolve("a.csv"), Q, 1, 5, true);
            Reports.reportsFile(quarter.resolve("b.csv"), Q, 6, 8, false);
            return quarter;
        }

        long executions(String job) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                    + " ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?", Long.class, job);
        }

        List<String> steps(long executionId) {
            return jdbc.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                    + " ORDER BY STEP_EXECUTION_ID", String.class, executionId);
        }

        long storedReports() {
            return tables.reportCount(Q);
        }

        static long filesUnder(Path dir) throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).count();
            }
        }

        @Test
        void importsComputesAndReportsAsOneJob() throws IOException {
            long importsBefore = executions("importQuarterlyReports");
            Path out = dir.resolve("out");

            RunOutcome run = runs.run(Period.parse(Q), List.of(quarterDir()), out);

            assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.exitCode()).isZero();
            assertThat(run.alreadyDone()).isFalse();
            assertThat(run.files()).extracting(RunOutcome.FileResult::line).containsExactly(
                    Q + " a.csv：读取 6 行，接收 5 行，拒收 1 行（E02 1）", Q + " b.csv：读取 3 行，接收 3 行，拒收 0 行");
            assertThat(run.read()).isEqualTo(9);
            assertThat(run.accepted()).isEqualTo(8);
            assertThat(run.rejectedByCode()).containsExactly(java.util.Map.entry("E02", 1L));
            assertThat(run.computed()).isEqualTo(COMPUTED);
            // six CSV files (anomalies-P.csv too), the assessment workbook, the leaders' report, 12 charts and the 17 districts' workbooks
            assertThat(run.outputs().filesWritten()).isEqualTo(filesUnder(out.resolve(Q))).isEqualTo(6 + 1 + 1 + 12 + 17);
            assertThat(out.resolve(Q).resolve("indicators-" + Q + ".csv")).exists();
            assertThat(out.resolve("rejects").resolve(Q).resolve("a.csv.rejects.csv")).exists();
            assertThat(storedReports()).isEqualTo(8);
            assertThat(steps(run.jobExecutionId())).containsExactly("import 1 a.csv", "import 2 b.csv", "compute", "report");
            assertThat(executions("importQuarterlyReports")).isEqualTo(importsBefore + 2);
            assertThat(jdbc.queryForObject("SELECT job_execution_id FROM computed_period WHERE period = ?", Long.class, Q))
                    .isGreaterThan(run.jobExecutionId());
        }

        @Test
        void aRunAgainWithNothingChangedIsRecognisedAndRunsNothing() {
            Path out = dir.resolve("out");
            RunOutcome first = runs.run(Period.parse(Q), List.of(quarterDir()), out);
            long before = executions("runPeriod") + executions("importQuarterlyReports") + executions("computeIndicators");

            RunOutcome again = runs.run(Period.parse(Q), List.of(quarterDir()), out);

            assertThat(again.alreadyDone()).isTrue();
            assertThat(again.exitCode()).isZero();
            assertThat(again.jobExecutionId()).isEqualTo(first.jobExecutionId());
            assertThat(again.files()).isEqualTo(first.files());
            assertThat(executions("runPeriod") + executions("importQuarterlyReports") + executions("computeIndicators"))
                    .isEqualTo(before);
        }

        @Test
        void outputsMissingFromAnotherOutputDirectoryAreWrittenThereByARecognisedRun() {
            runs.run(Period.parse(Q), List.of(quarterDir()), dir.resolve("out"));

            RunOutcome again = runs.run(Period.parse(Q), List.of(quarterDir()), dir.resolve("elsewhere"));

            assertThat(again.alreadyDone()).isTrue();
            assertThat(dir.resolve("elsewhere").resolve(Q).resolve("scores-" + Q + ".csv")).exists();
        }

        @Test
        void newDataSinceMakesItANewRunThatComputesAgain() {
            Path out = dir.resolve("out");
            RunOutcome first = runs.run(Period.parse(Q), List.of(quarterDir()), out);
            ImportSummary extra = imports.importPaths(Period.parse(Q),
                    List.of(Reports.reportsFile(dir.resolve("c.csv"), Q, 20, 21, false)), out).get(0);
            assertThat(extra.refused()).isFalse();

            RunOutcome again = runs.run(Period.parse(Q), List.of(quarterDir()), out);

            assertThat(again.alreadyDone()).isFalse();
            assertThat(again.jobExecutionId()).isNotEqualTo(first.jobExecutionId());
            assertThat(again.files()).allSatisfy(f -> assertThat(f.alreadyImported()).isTrue());
            assertThat(again.computed().unchanged()).isFalse();
            assertThat(storedReports()).isEqualTo(10);
        }

        @Test
        void aRefusedFileDoesNotStopTheRunButMakesItExitOne() {
            Path quarter = quarterDir();
            Reports.write(quarter.resolve("c.csv"), "period,union_id\n" + Q + ",x\n");

            RunOutcome run = runs.run(Period.parse(Q), List.of(quarter), dir.resolve("out"));

            assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(run.refusedFiles()).isEqualTo(1);
            assertThat(run.files().get(2).refusal()).contains("c.csv：缺少必需的列：");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.computed()).isEqualTo(COMPUTED);
            assertThat(storedReports()).isEqualTo(8);
        }

        @Test
        void aRunThatFailedInAnImportResumesThatImportWhereItStopped() {
            Path out = dir.resolve("out");
            Path quarter = quarterDir();
            crashOnce.set(true);

            RunOutcome failed = runs.run(Period.parse(Q), List.of(quarter), out);

            assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.exitCode()).isEqualTo(1);
            assertThat(failed.files().get(0).unfinished()).contains("simulated crash at line 5");
            assertThat(failed.files().get(1).reached()).isFalse();
            assertThat(failed.computed()).isNull();
            assertThat(storedReports()).isZero();
            long importsBefore = executions("importQuarterlyReports");

            RunOutcome resumed = runs.run(Period.parse(Q), List.of(quarter), out);

            assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(resumed.jobExecutionId()).isNotEqualTo(failed.jobExecutionId());
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT JOB_INSTANCE_ID) FROM BATCH_JOB_EXECUTION"
                    + " WHERE JOB_EXECUTION_ID IN (?, ?)", Long.class, failed.jobExecutionId(), resumed.jobExecutionId()))
                    .isEqualTo(1);
            assertThat(resumed.files()).extracting(RunOutcome.FileResult::line).containsExactly(
                    Q + " a.csv：读取 6 行，接收 5 行，拒收 1 行（E02 1）", Q + " b.csv：读取 3 行，接收 3 行，拒收 0 行");
            // the crashed import's job instance was restarted (one more execution each for a.csv and b.csv)
            assertThat(executions("importQuarterlyReports")).isEqualTo(importsBefore + 2);
            assertThat(storedReports()).isEqualTo(8);
        }

        @Test
        void aRunThatFailedInTheReportResumesWithoutImportingAgain() throws IOException {
            Path out = dir.resolve("out");
            Files.createDirectories(out);
            Files.writeString(out.resolve(Q), "a file where the period's directory must go");

            RunOutcome failed = runs.run(Period.parse(Q), List.of(quarterDir()), out);

            assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.computed()).isEqualTo(COMPUTED);
            assertThat(failed.outputs()).isNull();
            assertThat(failed.failure()).contains(Q);
            Files.delete(out.resolve(Q));
            long importsBefore = executions("importQuarterlyReports");

            RunOutcome resumed = runs.run(Period.parse(Q), List.of(quarterDir()), out);

            assertThat(resumed.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(steps(resumed.jobExecutionId())).containsExactly("compute", "report");
            assertThat(resumed.computed().unchanged()).isTrue();
            assertThat(executions("importQuarterlyReports")).isEqualTo(importsBefore);
            assertThat(resumed.files()).extracting(RunOutcome.FileResult::accepted).containsExactly(5L, 3L);
            assertThat(out.resolve(Q).resolve("indicators-" + Q + ".csv")).exists();
        }

        @Test
        void aYearRunComputesAndReportsTheYear() {
            runs.run(Period.parse(Q), List.of(quarterDir()), dir.resolve("out"));

            RunOutcome year = runs.run(Period.parse(YEAR), List.of(), dir.resolve("out"));

            assertThat(year.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(year.files()).isEmpty();
            assertThat(steps(year.jobExecutionId())).containsExactly("compute", "report");
            assertThat(dir.resolve("out").resolve(YEAR).resolve("scores-" + YEAR + ".csv")).exists();
            assertThat(runs.run(Period.parse(YEAR), List.of(), dir.resolve("out")).alreadyDone()).isTrue();
        }

        @Test
        void badPathsRunNothing() {
            assertThatThrownBy(() -> runs.run(Period.parse(YEAR), List.of(quarterDir()), dir.resolve("out")))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("a year takes no files");
            assertThatThrownBy(() -> runs.run(Period.parse(Q), List.of(dir.resolve("nowhere")), dir.resolve("out")))
                    .isInstanceOf(UserFacingException.class).hasMessageEndingWith("：文件不存在；未运行任何作业");
            long before = executions("runPeriod");
            assertThatThrownBy(() -> runs.run(Period.parse(Q), List.of(Files.createDirectories(dir.resolve("empty"))),
                    dir.resolve("out"))).isInstanceOf(UserFacingException.class).hasMessageContaining("目录中没有 .csv 或 .xlsx 文件；未运行任何作业");
            assertThat(executions("runPeriod")).isEqualTo(before);
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Runs {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends Runs {
    }
}
