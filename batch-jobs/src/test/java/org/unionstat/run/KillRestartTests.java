package org.unionstat.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import org.unionstat.batch.JobLocks;
import org.unionstat.batch.ThisProcess;
import org.unionstat.ingest.ImportKind;
import org.unionstat.ingest.ImportParameters;
import org.unionstat.ingest.source.FileDigest;
import org.unionstat.testing.ChildJvm;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.PeriodTables;
import org.unionstat.testing.Reports;

/**
 * A process killed (kill -9) in the middle of a large import, in a separate JVM: the next launch finds its execution
 * left STARTED by a process that is gone, marks it FAILED and resumes after the last committed chunk; the stored
 * reports are then row for row those of a clean import of the same rows. While a live process holds the import, a
 * second process launching it is refused. On an H2 file database and on MariaDB.
 */
class KillRestartTests {

    static final int ROWS = 40_000;
    static final String KILLED = "2086Q1";
    static final String CLEAN = "2086Q2";
    static final Pattern LOAD = Pattern.compile("progress: " + KILLED + " reports\\.csv: load (\\d+) of (\\d+) rows");

    abstract static class KillAndRestart {

        @TempDir
        Path dir;

        abstract String url();

        abstract String user();

        abstract String password();

        JdbcTemplate jdbc() {
            DataSource dataSource = new SimpleDriverDataSource(driver(), url(), user(), password());
            return new JdbcTemplate(dataSource);
        }

        PeriodTables tables() {
            return new PeriodTables(jdbc());
        }

        private java.sql.Driver driver() {
            try {
                return java.sql.DriverManager.getDriver(url());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        Map<String, String> properties() {
            Map<String, String> properties = new HashMap<>();
            properties.put("spring.datasource.url", url());
            properties.put("spring.datasource.username", user());
            properties.put("spring.datasource.password", password());
            properties.put("unionstat.ingest.chunk-size", "100");
            properties.put("unionstat.ingest.spool-dir", dir.resolve("spool").toString());
            properties.put("unionstat.ops.progress-interval", "300ms");
            return properties;
        }

        ChildJvm importInto(String period, Path file) throws IOException {
            return ChildJvm.start(properties(), "import", "--period", period, "--out", dir.resolve("out").toString(),
                    file.toString());
        }

        /** The same {@value #ROWS} valid reports, once into {@code KILLED} and once into {@code CLEAN}. */
        Map<String, Path> files() {
            Map<String, Path> files = new HashMap<>();
            for (String period : List.of(KILLED, CLEAN)) {
                files.put(period, Reports.reportsFile(dir.resolve(period).resolve("reports.csv"), period, 1, ROWS, false));
            }
            return files;
        }

        void clear() {
            tables().clear(KILLED, CLEAN);
        }

        /** Before the test: nothing for a new H2 database. */
        void prepare() {
        }

        long stepCount(long executionId, String step, String column) {
            return jdbc().queryForObject("SELECT " + column + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?"
                    + " AND STEP_NAME = ?", Long.class, executionId, step);
        }

        @Test
        @Timeout(value = 10, unit = TimeUnit.MINUTES)
        void aKilledImportResumesAndStoresExactlyWhatACleanImportStores() throws Exception {
            prepare();
            Map<String, Path> files = files();
            Duration patience = Duration.ofMinutes(3);

            // the clean import (it also creates the schema of a new database)
            try (ChildJvm clean = importInto(CLEAN, files.get(CLEAN))) {
                assertThat(clean.exitCode(patience)).as(clean.output()).isZero();
                assertThat(clean.output()).contains(CLEAN + " reports.csv：读取 " + ROWS + " 行，接收 " + ROWS + " 行");
            }
            clearKilledPeriod();

            // a live process (this one) holds the import: another process launching it is refused
            Path file = files.get(KILLED);
            String key = JobLocks.jobKey(ImportParameters.of(ImportKind.QUARTERLY, KILLED, file, FileDigest.sha256(file),
                    0, dir.resolve("out"), file.toString()));
            long self = ProcessHandle.current().pid();
            jdbc().update("INSERT INTO job_instance_lock (job_name, job_key, host, pid, process_start, token, locked_at,"
                    + " heartbeat_at) VALUES ('importQuarterlyReports', ?, ?, ?, NULL, ?, LOCALTIMESTAMP, LOCALTIMESTAMP)",
                    key, new ThisProcess().host(), self, UUID.randomUUID().toString());
            try (ChildJvm second = importInto(KILLED, file)) {
                assertThat(second.exitCode(patience)).isEqualTo(1);
                assertThat(second.output()).contains("is already running (process " + self + " on ")
                        .contains("not started twice");
            } finally {
                jdbc().update("DELETE FROM job_instance_lock WHERE job_key = ?", key);
            }
            assertThat(stored(KILLED)).isZero();

            // kill -9 in the middle of the load (a fifth in at least: H2 writes its commits to the file within half a
            // second, so what a killed process committed just before is not always there)
            long firstExecution;
            try (ChildJvm killed = importInto(KILLED, file)) {
                assertThat(killed.awaitLine(line -> loaded(line) >= ROWS / 5 && loaded(line) < ROWS * 9 / 10, patience))
                        .as("a progress line of the load; output:\n%s", killed.output()).isTrue();
                killed.kill();
                firstExecution = latestExecution();
                assertThat(jdbc().queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                        String.class, firstExecution)).isEqualTo("STARTED");
            }
            long committedBeforeTheKill = stepCount(firstExecution, "load", "WRITE_COUNT");
            assertThat(committedBeforeTheKill).isPositive().isLessThan(ROWS);
            assertThat(stored(KILLED)).isZero();

            // the same command again: the dead process's execution is marked FAILED and resumed
            try (ChildJvm resumed = importInto(KILLED, file)) {
                assertThat(resumed.exitCode(patience)).as(resumed.output()).isZero();
                assertThat(resumed.output()).contains("was left STARTED by process").contains("that is gone")
                        .contains(KILLED + " reports.csv：读取 " + ROWS + " 行，接收 " + ROWS + " 行，拒收 0 行");
            }
            long secondExecution = latestExecution();
            assertThat(secondExecution).isNotEqualTo(firstExecution);
            assertThat(jdbc().queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                    String.class, firstExecution)).isEqualTo("FAILED");
            // the load went on after the last committed chunk: no row read twice
            assertThat(stepCount(secondExecution, "load", "READ_COUNT")).isEqualTo(ROWS - committedBeforeTheKill);

            PeriodTables tables = tables();
            assertThat(stored(KILLED)).isEqualTo(ROWS);
            assertThat(tables.reports(KILLED)).isEqualTo(tables.reports(CLEAN));
            assertThat(tables.coveredUnits(KILLED)).isEqualTo(tables.coveredUnits(CLEAN));
            // the merged imports' spools are gone (the database's own directory of the spool stays)
            try (java.util.stream.Stream<Path> left = Files.walk(dir.resolve("spool"))) {
                assertThat(left.filter(p -> !Files.isDirectory(p) || p.getFileName().toString().startsWith("import-")))
                        .isEmpty();
            }
            clear();
        }

        private void clearKilledPeriod() {
            tables().clear(KILLED);
        }

        static long loaded(String line) {
            Matcher m = LOAD.matcher(line);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }

        long latestExecution() {
            return jdbc().queryForObject("SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e"
                    + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                    + " WHERE p.PARAMETER_NAME = 'period' AND p.PARAMETER_VALUE = ?", Long.class, KILLED);
        }

        long stored(String period) {
            return tables().reportCount(period);
        }
    }

    /** A file database, since a separate process must be killed; AUTO_SERVER as in config/application.yml. */
    @Nested
    class OnH2 extends KillAndRestart {

        @Override
        String url() {
            return "jdbc:h2:file:" + dir.resolve("db").resolve("unionstat").toAbsolutePath()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE";
        }

        @Override
        String user() {
            return "sa";
        }

        /** Set, so that the test reads the database the child process made (it would make a password file else). */
        @Override
        String password() {
            return "kill-restart";
        }
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends KillAndRestart {

        @Autowired
        Environment environment;

        @Override
        String url() {
            return environment.getProperty("spring.datasource.url");
        }

        @Override
        String user() {
            return environment.getProperty("spring.datasource.username");
        }

        @Override
        String password() {
            return environment.getProperty("spring.datasource.password", "");
        }

        @Override
        void prepare() {
            clear(); // what a failed earlier run may have left in the shared database
        }
    }
}
