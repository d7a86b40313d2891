package org.unionstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import org.unionstat.domain.Period;
import org.unionstat.testing.Commands;
import org.unionstat.testing.Commands.Run;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.ImportFixture;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.Reports;

/**
 * check stores nothing: pointed at a database that import then fills, it leaves the reports, the import records and
 * the job repository as they were. On H2 and on MariaDB.
 */
class CheckStoresNothingTests {

    static final Period QUARTER = Period.parse("2085Q2");
    static final int YEAR = 2085;
    static final List<String> TABLES = List.of("quarterly_report", "unit_registry", "import_file", "rejected_row",
            "BATCH_JOB_EXECUTION");

    abstract static class StoresNothing extends ImportFixture {

        @Autowired
        DataSource dataSource;

        @Autowired
        Environment environment;

        StoresNothing() {
            super(QUARTER, YEAR);
        }

        @Test
        void checkLeavesTheDatabaseAsItWasWhereImportWouldChangeIt() {
            Path reports = Reports.write(dir.resolve("reports.csv"), Reports.reportsCsv(Reports.report("2085Q2", 1),
                    Reports.report("2085Q2", 2, "members", "-3")));
            Path registry = Reports.write(dir.resolve("registry.csv"), Reports.registryCsv(Reports.unit(1)));
            Map<String, Long> before = counts();

            Run quarterly = command("check", "--out", out.toString(), "--period", "2085Q2", reports.toString());
            Run units = command("check", "--out", out.toString(), "--year", "2085", registry.toString());

            assertThat(quarterly.exitCode()).as(quarterly.err()).isEqualTo(3);
            assertThat(units.exitCode()).as(units.err()).isZero();
            assertThat(counts()).isEqualTo(before);

            Run imported = command("import", "--out", out.toString(), "--period", "2085Q2", reports.toString());

            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(counts()).as("the same command line with import reaches this database")
                    .containsEntry("quarterly_report", before.get("quarterly_report") + 1)
                    .containsEntry("import_file", before.get("import_file") + 1)
                    .containsEntry("rejected_row", before.get("rejected_row") + 1)
                    .containsEntry("BATCH_JOB_EXECUTION", before.get("BATCH_JOB_EXECUTION") + 1);
        }

        private Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
            }
            return counts;
        }

        /** A command run in this JVM against this test's database. */
        private Run command(String... args) {
            Map<String, String> properties = Map.of(
                    "spring.datasource.url", ((HikariDataSource) dataSource).getJdbcUrl(),
                    "spring.datasource.username", environment.getProperty("spring.datasource.username", ""),
                    "spring.datasource.password", environment.getProperty("spring.datasource.password", ""),
                    "unionstat.ingest.spool-dir", dir.resolve("spool").toString());
            Map<String, String> previous = new LinkedHashMap<>();
            properties.forEach((key, value) -> {
                previous.put(key, System.getProperty(key));
                System.setProperty(key, value);
            });
            try {
                return Commands.run(args);
            } finally {
                previous.forEach((key, value) -> {
                    if (value == null) {
                        System.clearProperty(key);
                    } else {
                        System.setProperty(key, value);
                    }
                });
            }
        }
    }

    @Nested
    @H2Test
    class OnH2 extends StoresNothing {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends StoresNothing {
    }
}
