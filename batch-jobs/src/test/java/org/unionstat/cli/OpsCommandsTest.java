package org.unionstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import static org.unionstat.testing.Commands.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.unionstat.testing.Commands.Run;
import org.unionstat.testing.English;
import org.unionstat.testing.PrivateDatabase;
import org.unionstat.testing.Reports;

/**
 * The operations commands as a statistician types them: {@code --help} everywhere, {@code run}, {@code jobs},
 * {@code restart}, {@code stop}; exit codes (docs/commands.md) and one-line errors (database unreachable, output directory
 * unwritable, disk full), on a private in-memory H2 database.
 */
@ExtendWith(English.class)
class OpsCommandsTest {

    @RegisterExtension
    final PrivateDatabase database = PrivateDatabase.perTest();

    @TempDir
    Path dir;

    private Path quarter(String period) {
        Path quarter = dir.resolve("in").resolve(period);
        Reports.reportsFile(quarter.resolve("a.csv"), period, 1, 4, true);
        return quarter;
    }

    @Test
    void everyCommandHasHelp() {
        List<String> commands = Arrays.stream(Unionstat.class.getAnnotation(CommandLine.Command.class).subcommands())
                .map(c -> c.getAnnotation(CommandLine.Command.class).name()).toList();
        assertThat(commands).contains("import-registry", "import", "check", "compute", "report", "run", "serve",
                "jobs", "restart", "stop", "help");
        for (String command : commands) {
            if (command.equals("help")) {
                continue;
            }
            Run help = run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: unionstat " + command);
            assertThat(help.err()).as(command).isEmpty();
        }
        assertThat(run("--help").exitCode()).isZero();
        assertThat(run().exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
    }

    @Test
    void runPrintsEachFileAndASummaryAndRecognisesARunAgain() {
        Path out = dir.resolve("out");

        Run first = run("run", "--period", "2082Q1", quarter("2082Q1").toString(), "--out", out.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("2082Q1 a.csv: read 5, accepted 4, rejected 1 (E02 1)\n")
                .contains("2082Q1: computed ")
                .containsPattern("run 2082Q1 \\(job runPeriod, execution \\d+\\): COMPLETED in 0:0\\d:\\d\\d\n")
                .contains("  files     1 imported, 0 refused\n")
                .contains("  rows      read 5, accepted 4, rejected 1 (E02 1)\n")
                .contains("  computed  2082Q1: ")
                .containsPattern("  outputs   \\d+ files written in .*2082Q1\n");
        assertThat(first.err()).isEmpty();
        assertThat(out.resolve("2082Q1/indicators-2082Q1.csv")).exists();

        Run again = run("run", "--period", "2082Q1", quarter("2082Q1").toString(), "--out", out.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already done, nothing changed since; nothing was run");

        Run year = run("run", "--period", "2082", "--out", out.toString());
        assertThat(year.exitCode()).as(year.err()).isZero();
        assertThat(out.resolve("2082/scores-2082.csv")).exists();

        Run jobs = run("jobs", "--limit", "3");
        assertThat(jobs.exitCode()).isZero();
        assertThat(jobs.out().lines().toList()).hasSize(4);
        assertThat(jobs.out()).startsWith("    ID  JOB ").contains("runPeriod").contains("period=2082 ")
                .contains("computeIndicators");
        assertThat(run("jobs", "--job", "importQuarterlyReports").out()).contains("period=2082Q1 file=a.csv basis=0");

        long runId = Long.parseLong(first.out().replaceAll("(?s).*execution (\\d+)\\): COMPLETED.*", "$1"));
        Run restart = run("restart", Long.toString(runId));
        assertThat(restart.exitCode()).isEqualTo(1);
        assertThat(restart.err()).isEqualTo("unionstat: execution " + runId
                + " of job runPeriod completed; there is nothing to restart\n");
        Run stop = run("stop", Long.toString(runId));
        assertThat(stop.exitCode()).isEqualTo(1);
        assertThat(stop.err()).contains("is not running (COMPLETED); nothing to stop");
    }

    @Test
    void aRefusedFileMakesTheRunExitOne() {
        Path quarter = quarter("2082Q2");
        Reports.write(quarter.resolve("b.csv"), "period\n2082Q2\n");

        Run run = run("run", "--period", "2082Q2", quarter.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unionstat: " + quarter.resolve("b.csv").toAbsolutePath() + ": missing required columns");
        assertThat(run.out()).contains("COMPLETED").contains("  files     1 imported, 1 refused");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("run", "--period", "2082", dir.toString()).exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(run("run").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(run("run", "--period", "2082Q5").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(run("jobs", "--limit", "0").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(run("restart").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(run("restart", "twelve").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(run("stop", "1", "2").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(run("serve", "--bogus").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
    }

    @Test
    void anUnknownExecutionIsOneLine() {
        Run restart = run("restart", "424242");
        assertThat(restart.exitCode()).isEqualTo(1);
        assertThat(restart.err()).isEqualTo("unionstat: there is no job execution 424242 (see `jobs`)\n");
    }

    @Test
    void anUnreachableDatabaseIsOneLineNamingTheServer() {
        database.use("jdbc:mysql://127.0.0.1:1/unionstat?connectTimeout=2000");

        Run jobs = run("jobs");

        assertThat(jobs.exitCode()).isEqualTo(1);
        assertThat(jobs.err()).startsWith("unionstat: cannot connect to the database at 127.0.0.1:1"
                + " (mysql://127.0.0.1:1/unionstat): ").endsWith("\n");
        assertThat(jobs.err().lines()).hasSize(1);
        assertThat(jobs.console()).doesNotContain("Exception encountered").doesNotContain("\tat ").doesNotContain("WARN");
    }

    @Test
    void anUnwritableOutputDirectoryStopsTheRunBeforeItStarts() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");

        Run run = run("run", "--period", "2082Q3", quarter("2082Q3").toString(), "--out",
                notADirectory.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("unionstat: cannot write to the directory " + notADirectory.resolve("out") + ": ");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run("jobs", "--job", "runPeriod").out()).isEqualTo("no execution of job runPeriod\n");
    }

    @Test
    void aFullDiskFailsTheRunWithOneLineAndTheSameCommandResumesIt() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full (Linux)");
        Path out = dir.resolve("out");
        // the report's first file is written through this link: every write fails with ENOSPC
        Files.createDirectories(out.resolve("2082Q4"));
        Path link = out.resolve("2082Q4/indicators-2082Q4.csv.tmp");
        Files.createSymbolicLink(link, Path.of("/dev/full"));

        Run full = run("run", "--period", "2082Q4", quarter("2082Q4").toString(), "--out", out.toString());

        assertThat(full.exitCode()).isEqualTo(1);
        assertThat(full.err()).contains("unionstat: run 2082Q4 FAILED: the disk is full (")
                .contains("No space left on device").contains("`restart ");
        assertThat(full.console()).doesNotContain("\tat ").doesNotContain("Encountered an error");
        Files.deleteIfExists(link);

        Run resumed = run("run", "--period", "2082Q4", quarter("2082Q4").toString(), "--out", out.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(out.resolve("2082Q4/indicators-2082Q4.csv")).exists();
    }
}
