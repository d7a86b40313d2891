package org.unionstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstat.testing.Commands.run;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.testing.Commands.Run;
import org.unionstat.testing.PrivateDatabase;
import org.unionstat.testing.Reports;

/** The commands as a statistician runs them: summary lines, messages and exit codes (docs/commands.md). */
class ImportCommandTest {

    /** Each command starts its own Spring context; they share one in-memory database that outlives them. */
    @RegisterExtension
    static final PrivateDatabase DATABASE = PrivateDatabase.perClass();

    @TempDir
    Path dir;

    @Test
    void importPrintsOneSummaryLinePerFileAndExitsZeroDespiteRejectedRows() {
        Path file = Reports.write(dir.resolve("110105-朝阳区.csv"), Reports.reportsCsv(Reports.report("2094Q1", 1),
                Reports.report("2094Q1", 2, "employees", "many")));
        String out = dir.resolve("out").toString();

        Run first = run("import", "--out", out, "--period", "2094q1", file.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("2094Q1 110105-朝阳区.csv：读取 2 行，接收 1 行，拒收 1 行（E02 1）" + System.lineSeparator());
        assertThat(dir.resolve("out/rejects/2094Q1/110105-朝阳区.csv.rejects.csv")).exists();

        Run again = run("import", "--out", out, "--period", "2094Q1", file.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("2094Q1 110105-朝阳区.csv：读取 2 行，接收 1 行，拒收 1 行（E02 1）；此前已导入，没有变化");
    }

    @Test
    void aRefusedFileMakesTheExitCodeOneButTheOtherFilesAreImported() {
        Path refused = Reports.write(dir.resolve("a-header.csv"), "union_id,members\n" + Reports.unionId(1) + ",3\n");
        Path good = Reports.write(dir.resolve("b-good.csv"), Reports.reportsCsv(Reports.report("2094Q2", 1)));
        Path warned = Reports.write(dir.resolve("c-extra.csv"), Reports.reportsCsv(Reports.report("2094Q2", 2))
                .replaceFirst("\n", ",备注\n"));

        Run run = run("import", "--out", dir.resolve("out").toString(), "--period", "2094Q2", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unionstat: " + refused + "：缺少必需的列：报告期（period）、工会名称（union_name）")
                .contains("警告：" + warned + "：已忽略无法识别的列：备注");
        assertThat(run.out()).contains("2094Q2 b-good.csv：读取 1 行，接收 1 行，拒收 0 行")
                .contains("2094Q2 c-extra.csv：读取 1 行，接收 1 行，拒收 0 行")
                .doesNotContain("a-header.csv");
    }

    @Test
    void importRegistry() {
        Path file = Reports.write(dir.resolve("registry-2094.csv"), Reports.registryCsv(Reports.unit(1), Reports.unit(2)));

        Run run = run("import-registry", "--out", dir.resolve("out").toString(), "--year", "2094", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2094 registry-2094.csv：读取 2 行，接收 2 行，拒收 0 行" + System.lineSeparator());
    }

    @Test
    void aMissingRegistryFileExitsOne() {
        Run run = run("import-registry", "--out", dir.resolve("out").toString(), "--year", "2094",
                dir.resolve("nowhere.csv").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere.csv：文件不存在");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("import", "--period", "2094", "x.csv").exitCode()).isEqualTo(2);
        assertThat(run("import", "--period", "2094Q5", "x.csv").exitCode()).isEqualTo(2);
        assertThat(run("import", "--period", "2094Q1").exitCode()).isEqualTo(2);
        assertThat(run("import", "x.csv").exitCode()).isEqualTo(2);
        assertThat(run("import-registry", "--year", "94", "r.csv").exitCode()).isEqualTo(2);
        assertThat(run("import-registry", "--year", "2094Q1", "r.csv").exitCode()).isEqualTo(2);
        assertThat(run("import-registry", "--year", "2094").exitCode()).isEqualTo(2);
        Run year = run("import", "--period", "2094", "x.csv");
        assertThat(year.err()).contains("not a year");
    }
}
