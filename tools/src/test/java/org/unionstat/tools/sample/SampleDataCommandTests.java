package org.unionstat.tools.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.tools.Tools;

class SampleDataCommandTests {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Tools.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesTheSampleDataWithoutStartingSpring() {
        // a database that cannot be reached: starting Spring (Flyway) would fail the command
        String key = "spring.datasource.url";
        String before = System.getProperty(key);
        System.setProperty(key, "jdbc:h2:tcp://127.0.0.1:1/nowhere");
        try {
            assertThat(run("sample-data", "--out", tmp.toString(), "--unions", "150")).as(err.toString()).isZero();
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
        assertThat(tmp.resolve("README.md")).isRegularFile();
        assertThat(tmp.resolve("2026Q3")).isDirectory();
        assertThat(out.toString()).contains("sample-data: 2026Q3");
    }

    @Test
    void benchFormWritesTheAskedQuarters() {
        assertThat(run("sample-data", "--bench", "--rows", "50", "--periods", "2026Q2,2026Q3", "--out", tmp.toString()))
                .as(err.toString()).isZero();
        assertThat(tmp.resolve("2026Q3/reports-2026Q3.csv")).isRegularFile();
        assertThat(tmp.resolve("2026Q2/reports-2026Q2.csv")).isRegularFile();
        assertThat(Files.exists(tmp.resolve("2026Q1"))).isFalse();
    }

    @Test
    void replacesAnEarlierRunButLeavesOtherFilesAlone() throws Exception {
        Files.createDirectories(tmp.resolve("2025Q1"));
        Files.writeString(tmp.resolve("2025Q1/stale.csv"), "x");
        Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThat(run("sample-data", "--bench", "--rows", "5", "--periods", "2026Q3", "--out", tmp.toString())).isZero();
        assertThat(Files.exists(tmp.resolve("2025Q1"))).isFalse();
        assertThat(tmp.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void isHiddenFromTheHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Commands:", "templates").doesNotContain("sample-data");
    }

    @Test
    void periodsWithoutBenchIsAFailureWithAMessage() {
        assertThat(run("sample-data", "--periods", "2026Q3", "--out", tmp.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--periods goes with --bench");
    }
}
