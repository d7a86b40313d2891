package org.unionstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstat.testing.Commands.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.testing.Commands.Run;
import org.unionstat.testing.PrivateDatabase;
import org.unionstat.testing.Reports;

/**
 * docs/commands.md#language: a real import job says its summary line and the reasons of its rejected rows (the rejects
 * file) in Chinese by default and in English with unionstat.locale: en; any other value stops the command naming the
 * key. The codes and the rejects file's column names are the same in both.
 */
class LocaleCommandTest {

    @RegisterExtension
    static final PrivateDatabase DATABASE = PrivateDatabase.perClass();

    @TempDir
    Path dir;

    private Path file(String period) {
        return Reports.write(dir.resolve(period + "-朝阳区.csv"), Reports.reportsCsv(Reports.report(period, 1),
                Reports.report(period, 2, "employees", "many"), Reports.report(period, 1)));
    }

    private String rejects(String period) throws IOException {
        return Files.readString(dir.resolve("out/rejects/" + period + "/" + period + "-朝阳区.csv.rejects.csv"),
                StandardCharsets.UTF_8);
    }

    @Test
    void chineseByDefault() throws IOException {
        Run run = run("import", "--out", dir.resolve("out").toString(), "--period", "2095Q1", file("2095Q1").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2095Q1 2095Q1-朝阳区.csv：读取 3 行，接收 1 行，拒收 2 行（E02 1，E10 1）"
                + System.lineSeparator());
        assertThat(rejects("2095Q1")).startsWith("source_file,line,id,reason_code,reasons,raw")
                .contains(",E02,E02 职工人数：“many”不是数字,")
                .contains(",E10,E10 工会统一社会信用代码：" + Reports.unionId(1) + " 已在第 2 行被接收,");
    }

    @Test
    void englishWithTheSetting() throws IOException {
        Run run = withLocale("en", () -> run("import", "--out", dir.resolve("out").toString(), "--period", "2095Q2",
                file("2095Q2").toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2095Q2 2095Q2-朝阳区.csv: read 3, accepted 1, rejected 2 (E02 1, E10 1)"
                + System.lineSeparator());
        assertThat(rejects("2095Q2")).startsWith("source_file,line,id,reason_code,reasons,raw")
                .contains(",E02,E02 employees: 'many' is not a number,")
                .contains(",E10,E10 union_id: " + Reports.unionId(1) + " was already accepted from line 2,");
    }

    @Test
    void checkFollowsTheSettingWithoutSpring() {
        Path file = file("2095Q3");
        Run chinese = run("check", "--out", dir.resolve("out").toString(), "--period", "2095Q3", file.toString());
        Run english = withLocale("en", () -> run("check", "--out", dir.resolve("out").toString(), "--period", "2095Q3",
                file.toString()));

        assertThat(chinese.out()).startsWith("2095Q3 2095Q3-朝阳区.csv：读取 3 行，接收 1 行，拒收 2 行");
        assertThat(english.out()).startsWith("2095Q3 2095Q3-朝阳区.csv: read 3, accepted 1, rejected 2");
    }

    @Test
    void anyOtherLanguageStopsTheCommandNamingTheKey() {
        Run jobs = withLocale("fr", () -> run("jobs"));
        Run check = withLocale("fr", () -> run("check", "--out", dir.resolve("out").toString(), "--period", "2095Q4",
                file("2095Q4").toString()));

        for (Run run : new Run[] {jobs, check}) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("unionstat: unionstat.locale must be zh-CN or en, not 'fr'"
                    + " (config/application.yml)" + System.lineSeparator());
        }
    }

    private static Run withLocale(String locale, java.util.function.Supplier<Run> command) {
        System.setProperty("unionstat.locale", locale);
        try {
            return command.get();
        } finally {
            System.clearProperty("unionstat.locale");
        }
    }
}
