package org.unionstat.tools.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.reference.ReferenceDataFiles;

class BenchDataGeneratorTests {

    private static final int ROWS = 1500;

    private final ReferenceData reference = ReferenceDataFiles.load(Path.of("config/districts.csv"), Path.of("config/industries.csv"));

    @TempDir
    Path tmp;

    @Test
    void writesExactlyTheAskedRowsPerQuarterAsPlainValidCsv() throws IOException {
        List<Period> periods = List.of(Period.parse("2026Q2"), Period.parse("2026Q3"));
        List<String> files = new BenchDataGenerator(reference, 1).generate(tmp, ROWS, periods);
        assertThat(files).containsExactly("registry-2024.csv", "registry-2025.csv", "2026Q2/reports-2026Q2.csv",
                "2026Q3/reports-2026Q3.csv");

        for (Period period : periods) {
            Path file = tmp.resolve(period + "/reports-" + period + ".csv");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(ROWS + 1);
            assertThat(lines.get(0)).isEqualTo("period,union_id,union_name,unit_id,covered_unit_ids,district_code,"
                    + "industry_code,employees,members,migrant_employees,migrant_members,info_collected,cards_issued,"
                    + "evaluated,satisfied,basically_satisfied,dissatisfied,activities,submitted_on");
            assertThat(lines).noneMatch(String::isBlank);

            SampleFiles.Table table = SampleFiles.read(file);
            List<String> keys = SpecChecks.keys(table.header(), SpecChecks.reportHeaders());
            Set<String> accepted = new HashSet<>();
            for (List<String> cells : table.rows()) {
                Map<String, String> row = SpecChecks.row(keys, cells);
                assertThat(SpecChecks.reportCode(row, period, reference, accepted)).as(row.toString()).isNull();
            }
            assertThat(accepted).hasSize(ROWS);
        }
        for (String registry : List.of("registry-2024.csv", "registry-2025.csv")) {
            long units;
            try (BufferedReader in = Files.newBufferedReader(tmp.resolve(registry))) {
                units = in.lines().count() - 1;
            }
            assertThat(units).as(registry).isBetween(2L * ROWS, 3L * ROWS);
        }
    }

    @Test
    void isDeterministic() throws IOException {
        List<Period> periods = List.of(Period.parse("2025Q1"));
        new BenchDataGenerator(reference, 5).generate(tmp.resolve("a"), 300, periods);
        new BenchDataGenerator(reference, 5).generate(tmp.resolve("b"), 300, periods);
        for (String file : List.of("registry-2024.csv", "registry-2025.csv", "2025Q1/reports-2025Q1.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
    }

    @Test
    void refusesQuartersOutsideTheDataSet() {
        assertThatThrownBy(() -> new BenchDataGenerator(reference, 1).generate(tmp, 10, List.of(Period.parse("2027Q1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027Q1");
    }
}
