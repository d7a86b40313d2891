package org.unionstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstat.testing.Commands.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.testing.ChildJvm;
import org.unionstat.testing.Commands.Run;
import org.unionstat.testing.Reports;

/** {@code check}: the summary lines and exit codes of a dry run (docs/commands.md#check); no database involved. */
class CheckCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private String out() {
        return dir.resolve("out").toString();
    }

    @Test
    void aFileWhoseRowsWouldAllBeAcceptedExitsZero() {
        Path file = Reports.write(dir.resolve("110105-朝阳区.csv"), Reports.reportsCsv(Reports.report("2094Q1", 1)));

        Run run = run("check", "--out", out(), "--period", "2094q1", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2094Q1 110105-朝阳区.csv：读取 1 行，接收 1 行，拒收 0 行" + NL);
        assertThat(dir.resolve("out/check/2094Q1/110105-朝阳区.csv.rejects.csv")).exists();
        assertThat(dir.resolve("out/check/2094Q1/110105-朝阳区.csv.xlsx")).exists();
    }

    @Test
    void rowsThatWouldBeRejectedExitThree() {
        Path file = Reports.write(dir.resolve("reports.csv"), Reports.reportsCsv(Reports.report("2094Q1", 1),
                Reports.report("2094Q1", 2, "employees", "many")));

        Run run = run("check", "--out", out(), "--period", "2094Q1", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).isEqualTo("2094Q1 reports.csv：读取 2 行，接收 1 行，拒收 1 行（E02 1）" + NL);
    }

    @Test
    void aFileThatWouldBeRefusedExitsOneAndTheOthersAreStillChecked() {
        Path refused = Reports.write(dir.resolve("a-header.csv"), "union_id,members\n" + Reports.unionId(1) + ",3\n");
        Reports.write(dir.resolve("b-bad.csv"), Reports.reportsCsv(Reports.report("2094Q2", 2, "members", "-1")));

        Run run = run("check", "--out", out(), "--period", "2094Q2", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unionstat: " + refused + "：缺少必需的列：报告期（period）、工会名称（union_name）");
        assertThat(run.out()).isEqualTo("2094Q2 b-bad.csv：读取 1 行，接收 0 行，拒收 1 行（E02 1）" + NL);
    }

    @Test
    void aRegistryIsCheckedWithYear() {
        Path file = Reports.write(dir.resolve("registry-2094.csv"), Reports.registryCsv(Reports.unit(1), Reports.unit(2)));

        Run run = run("check", "--out", out(), "--year", "2094", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2094 registry-2094.csv：读取 2 行，接收 2 行，拒收 0 行" + NL);
        assertThat(dir.resolve("out/check/2094/registry-2094.csv.xlsx")).exists();
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("check", "x.csv").exitCode()).isEqualTo(2);
        assertThat(run("check", "--period", "2094Q1").exitCode()).isEqualTo(2);
        assertThat(run("check", "--period", "2094", "x.csv").exitCode()).isEqualTo(2);
        assertThat(run("check", "--period", "2094Q1", "--year", "2094", "x.csv").exitCode()).isEqualTo(2);
        Run twoRegistries = run("check", "--year", "2094", "a.csv", "b.csv");
        assertThat(twoRegistries.exitCode()).isEqualTo(2);
        assertThat(twoRegistries.err()).contains("check --year takes one registry file, not 2 paths");
    }

    /**
     * In a JVM of its own, with a database that cannot be reached: check never connects (a command that starts Spring
     * would stop with "cannot connect"), and its output is its summary line alone.
     */
    @Test
    void needsNoDatabase() throws Exception {
        Path file = Reports.write(dir.resolve("reports.csv"), Reports.reportsCsv(Reports.report("2094Q3", 1),
                Reports.report("2094Q3", 1)));
        Map<String, String> unreachable = Map.of(
                "spring.datasource.url", "jdbc:mysql://127.0.0.1:1/nowhere?connectTimeout=2000",
                "spring.datasource.hikari.initialization-fail-timeout", "1",
                "logging.file.name", dir.resolve("unionstat.log").toString());

        try (ChildJvm check = ChildJvm.start(unreachable, "check", "--out", out(), "--period", "2094Q3", file.toString())) {
            assertThat(check.exitCode(Duration.ofMinutes(2))).as(check.output()).isEqualTo(3);
            assertThat(check.output().strip()).isEqualTo("2094Q3 reports.csv：读取 2 行，接收 1 行，拒收 1 行（E10 1）");
        }
        try (ChildJvm compute = ChildJvm.start(unreachable, "compute", "--out", out(), "--period", "2094Q3")) {
            assertThat(compute.exitCode(Duration.ofMinutes(2))).as("the database is really unreachable").isEqualTo(1);
        }
    }
}
