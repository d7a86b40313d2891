package org.unionstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static org.unionstat.testing.Commands.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.report.ReportJobConfiguration;
import org.unionstat.testing.Commands.Run;
import org.unionstat.testing.English;
import org.unionstat.testing.PrivateDatabase;

/**
 * {@code compute} and {@code report} through the command line, as a statistician runs them, on a private in-memory
 * H2 database (a system property outranks ./config/application.yml) and the districts and industries of config/.
 */
@ExtendWith(English.class)
class ComputeAndReportCommandsTest {

    @RegisterExtension
    final PrivateDatabase database = PrivateDatabase.perTest();

    @TempDir
    Path out;

    @Test
    void computeThenReportWritesBothCsvFiles() throws IOException {
        // no data at all: every figure unavailable, but the city, the 17 districts and the 20 industries are there
        Run compute = run("compute", "--period", "2026q3");
        assertThat(compute.exitCode()).as(compute.err()).isZero();
        assertThat(compute.out()).isEqualTo("2026Q3: computed 304 indicator rows and 38 scores"
                + " (city, districts, industries, 0 district-industry pairs)\n");

        Run again = run("compute", "--period", "2026Q3");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("2026Q3: already computed from the same inputs and settings; figures unchanged\n");

        Run forced = run("compute", "--period", "2026Q3", "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.out()).startsWith("2026Q3: computed 304 indicator rows");

        Run report = run("report", "--period", "2026Q3", "--out", out.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).isEqualTo("2026Q3: outputs written to " + out.resolve("2026Q3") + "\n");
        List<String> indicators = Files.readAllLines(out.resolve("2026Q3/indicators-2026Q3.csv"), StandardCharsets.UTF_8);
        assertThat(indicators).hasSize(1 + 304);
        assertThat(indicators.get(0)).isEqualTo(
                "period,dimension,district_code,industry_code,indicator,numerator,denominator,value,target,met,rank");
        assertThat(indicators.get(1)).isEqualTo("2026Q3,city,,,coverage,0,0,,0.900000,,");
        assertThat(indicators.get(9)).isEqualTo("2026Q3,district,110101,,coverage,0,0,,0.900000,,");
        assertThat(indicators.get(304)).isEqualTo("2026Q3,industry,,T,migrant_enrollment,0,0,,0.900000,,");
        List<String> scores = Files.readAllLines(out.resolve("2026Q3/scores-2026Q3.csv"), StandardCharsets.UTF_8);
        assertThat(scores).hasSize(1 + 38);
        assertThat(scores.get(0)).isEqualTo("period,dimension,district_code,industry_code,score,rank,grade");
        assertThat(scores.get(18)).isEqualTo("2026Q3,district,110400,,,,");
        assertThat(scores.get(19)).isEqualTo("2026Q3,industry,,A,,,");

        // the report is a job of its own (docs/commands.md), one instance per report: writing it again is new work
        Run reportAgain = run("report", "--period", "2026Q3", "--out", out.toString());
        assertThat(reportAgain.exitCode()).as(reportAgain.err()).isZero();
        List<String> reports = run("jobs", "--job", ReportJobConfiguration.JOB_NAME).out().lines().skip(1).toList();
        assertThat(reports).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("writeReport", "COMPLETED", "period=2026Q3", "out=" + out.getFileName()));
        // written: two CSV files, the workbook, its charts and the districts' workbooks
        long files;
        try (var walk = Files.walk(out.resolve("2026Q3"))) {
            files = walk.filter(Files::isRegularFile).count();
        }
        // ID, JOB, STATUS, START (date and time), DURATION, READ, WRITTEN
        assertThat(reports.get(0).strip().split("\\s+")[7]).as("WRITTEN of " + reports.get(0)).isEqualTo(String.valueOf(files));
    }

    @Test
    void reportOfAPeriodNeverComputedFails() {
        Run report = run("report", "--period", "2026", "--out", out.toString());
        assertThat(report.exitCode()).isEqualTo(Unionstat.EXIT_FAILURE);
        assertThat(report.err()).isEqualTo("unionstat: no figures computed for 2026: run `compute --period 2026` first\n");
        assertThat(out.resolve("2026")).doesNotExist();
        assertThat(run("jobs").out()).isEqualTo("no job has run yet\n");
    }

    @Test
    void aBadOrMissingPeriodIsAUsageError() {
        assertThat(run("compute", "--period", "2026Q5").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(run("compute").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
        assertThat(run("report", "--period", "26Q1").exitCode()).isEqualTo(Unionstat.EXIT_USAGE);
    }
}
