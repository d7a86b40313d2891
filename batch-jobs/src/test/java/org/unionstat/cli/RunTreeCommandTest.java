package org.unionstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static org.unionstat.testing.Commands.run;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.testing.Commands.Run;
import org.unionstat.testing.English;
import org.unionstat.testing.PrivateDatabase;
import org.unionstat.testing.Reports;

/** {@code run DIR} through the command line: its lines, its summary, "nothing changed" the second time, exit codes. */
@ExtendWith(English.class)
class RunTreeCommandTest {

    @RegisterExtension
    final PrivateDatabase database = PrivateDatabase.perTest();

    @TempDir
    Path dir;

    @Test
    void aTreeIsRunInOneProcessAndTheSecondTimeNothingRuns() {
        Path tree = dir.resolve("tree");
        Reports.registryFile(tree.resolve("registry-2083.csv"), 1, 10);
        Reports.reportsFile(tree.resolve("2083Q3/a.csv"), "2083Q3", 1, 5, true);
        Reports.reportsFile(tree.resolve("2083Q4/b.csv"), "2083Q4", 1, 4, false);
        String out = dir.resolve("out").toString();

        Run first = run("run", "--out", out, tree.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("2083 registry-2083.csv: read 10, accepted 10, rejected 0\n",
                "2083Q3 a.csv: read 6, accepted 5, rejected 1 (E02 1)\n", "2083Q4 b.csv: read 4, accepted 4, rejected 0\n")
                .containsPattern("2083Q3: computed and reported in [0-9.]+ s \\(run [0-9]+\\)\n")
                .containsPattern("2083: computed and reported in [0-9.]+ s")
                .contains("run " + tree + ": done in ",
                        "  files     3: 3 imported (0 of them already before), 0 refused, 0 not finished\n",
                        "  rows      read 20, accepted 19, rejected 1 (E02 1)\n",
                        "  computed  2083Q3, 2083Q4, 2083\n");
        assertThat(dir.resolve("out/2083/indicators-2083.csv")).exists();

        Run again = run("run", "--out", out, tree.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).endsWith("run " + tree + ": nothing changed since the last run (3 files already"
                + " imported, 3 periods up to date); nothing was run\n");
    }

    @Test
    void aRefusedFileMakesExitCodeOne() {
        Path tree = dir.resolve("tree");
        Reports.reportsFile(tree.resolve("2083Q3/a.csv"), "2083Q3", 1, 5, false);
        Reports.write(tree.resolve("2083Q3/b.csv"), "period,union_id\n2083Q3,x\n");
        Reports.write(tree.resolve("stray.csv"), "period,union_id\n");

        Run run = run("run", "--out", dir.resolve("out").toString(), tree.toString());

        assertThat(run.exitCode()).isEqualTo(Unionstat.EXIT_FAILURE);
        assertThat(run.err()).contains("b.csv").contains("missing required columns").contains("stray.csv: out of place");
        assertThat(run.out()).contains("  computed  2083Q3, 2083\n");
    }

    @Test
    void withoutAPeriodRunTakesOneDirectory() {
        assertThat(run("run").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(run("run", dir.toString(), dir.toString()).exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        Path file = Reports.write(dir.resolve("a.csv"), "x\n");
        Run notADirectory = run("run", file.toString());
        assertThat(notADirectory.exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(notADirectory.err()).contains("not a directory");
    }
}
