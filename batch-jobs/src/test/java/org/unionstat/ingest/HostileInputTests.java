package org.unionstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.unionstat.domain.Period;
import org.unionstat.report.figures.WorkbookMapper;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.HostileFiles;
import org.unionstat.testing.ImportFixture;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.Reports;
import org.unionstat.text.Messages;

/**
 * The corpus of hostile and broken input (docs/inputs.md#hostile-input), imported end to end on H2 and on MariaDB:
 * each asserts what was stored, what was said, and that nothing else changed.
 */
class HostileInputTests {

    /** Summary lines as docs/commands.md states them in English (the default language is Chinese). */
    private static final Messages EN = Messages.inEnglish();

    /** Periods of these tests only. */
    static final String Q = "2089Q2";
    static final Period QUARTER = Period.parse(Q);
    static final int YEAR = 2089;

    /** The messages and reasons as docs/inputs.md states them in English (the default, Chinese: LocaleCommandTest). */
    @TestPropertySource(properties = "unionstat.locale=en")
    abstract static class HostileInput extends ImportFixture {

        @Autowired
        WorkbookMapper workbook;

        HostileInput() {
            super(QUARTER, YEAR);
        }

        List<CSVRecord> csv(Path file) throws IOException {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return CSVFormat.RFC4180.parse(reader).getRecords();
            }
        }

        List<Path> rejectsFiles() throws IOException {
            try (Stream<Path> files = Files.list(out.resolve("rejects").resolve(Q))) {
                return files.sorted().toList();
            }
        }

        @Test
        void formulasInTheRejectsFileAreNeutralised() throws IOException {
            List<String> ids = List.of("=HYPERLINK(\"http://evil\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                    "\u00a0=1+1");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String id : ids) {
                rows.add(Reports.report(Q, rows.size() + 1, "union_id", id));
            }
            rows.add(Reports.report(Q, 9));
            List<String> keys = new ArrayList<>(Reports.REPORT_KEYS);
            Collections.swap(keys, 0, 1); // union_id first: the raw record starts with it
            Path file = Reports.write(dir.resolve("=1+2.csv"), Reports.csv(keys, rows));

            ImportSummary summary = importFile(file);

            assertThat(summary.line(EN)).isEqualTo(Q + " =1+2.csv: read 6, accepted 1, rejected 5 (E04 5)");
            List<CSVRecord> rejects = csv(out.resolve("rejects").resolve(Q).resolve("=1+2.csv.rejects.csv"));
            assertThat(rejects).hasSize(6);
            for (CSVRecord reject : rejects.subList(1, rejects.size())) {
                assertThat(reject.get(0)).isEqualTo("'=1+2.csv");
                for (String cell : reject.toList()) {
                    assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                            .satisfies(c -> assertThat(c.startsWith("-") && !c.matches("-?[0-9.]+")).isFalse());
                }
            }
            // the id as written, normalised like a code
            assertThat(rejects.get(1).get(2)).isEqualTo("'=HYPERLINK(\"HTTP://EVIL\",\"CLICK\")");
            assertThat(rejects.get(3).get(2)).isEqualTo("'-2+3");
            assertThat(rejects.get(2).get(5)).startsWith("'+cmd|' /C calc'!A0,");
            assertThat(tables.members(Q)).containsOnlyKeys(Reports.unionId(9));
        }

        @Test
        void everyTextRoundTripsExactlyThroughTheSpoolAndTheBulkLoad() throws IOException {
            List<Map<String, String>> rows = new ArrayList<>();
            List<String> units = new ArrayList<>();
            for (String name : HostileFiles.ROUND_TRIP_NAMES) {
                rows.add(Reports.report(Q, rows.size() + 1, "union_name", name));
                Map<String, String> unit = Reports.unit(units.size() + 1);
                unit.put("unit_name", name);
                units.add(Reports.csv(Reports.REGISTRY_KEYS, unit).lines().skip(1).reduce("", (a, b) -> a + b + "\n"));
            }
            Path reports = Reports.write(dir.resolve("names.csv"), Reports.csv(Reports.REPORT_KEYS, rows));
            Path registry = Reports.write(dir.resolve("registry.csv"),
                    String.join(",", Reports.REGISTRY_KEYS) + "\n" + String.join("", units));

            ImportSummary summary = importFile(reports);
            ImportSummary registrySummary = imports.importRegistry(YEAR, registry, out);

            int n = HostileFiles.ROUND_TRIP_NAMES.length;
            assertThat(summary.line(EN)).isEqualTo(Q + " names.csv: read " + n + ", accepted " + n + ", rejected 0");
            assertThat(registrySummary.line(EN)).isEqualTo(YEAR + " registry.csv: read " + n + ", accepted " + n + ", rejected 0");
            assertThat(jdbc.queryForList("SELECT union_name FROM quarterly_report WHERE period = ? ORDER BY union_id",
                    String.class, Q)).containsExactly(HostileFiles.ROUND_TRIP_NAMES);
            assertThat(jdbc.queryForList("SELECT unit_name FROM unit_registry WHERE registry_year = ? ORDER BY unit_id",
                    String.class, YEAR)).containsExactly(HostileFiles.ROUND_TRIP_NAMES);
            assertThat(tables.spoolLeft(Q)).isFalse();
        }

        @Test
        void tenThousandColumnsAreImportedAndTheWarningNamesAFew() {
            List<String> keys = new ArrayList<>(Reports.REPORT_KEYS);
            for (int i = 0; i < 10_000; i++) {
                keys.add("备注" + i);
            }
            Path file = Reports.write(dir.resolve("wide.csv"), Reports.csv(keys, Reports.report(Q, 1)));

            ImportSummary summary = importFile(file);

            assertThat(summary.refused()).as(summary.refusal()).isFalse();
            assertThat(summary.warnings()).containsExactly(file + ": unknown columns ignored: 备注0, 备注1, 备注2, 备注3,"
                    + " 备注4 and 9,995 more");
            assertThat(tables.members(Q)).containsOnlyKeys(Reports.unionId(1));
        }

        @Test
        void aHeaderOfMegabytesIsRefusedWithoutStoringOrEchoingIt() {
            Path file = Reports.write(dir.resolve("huge-header.csv"), "x".repeat(3_000_000) + ",y\n" + Q + ",1\n");

            ImportSummary summary = importFile(file);

            assertThat(summary.refused()).isTrue();
            assertThat(summary.refusal()).isEqualTo(file + ": line 1: a record longer than 1,000,000 characters (a quote"
                    + " never closed?)");
            assertThat(tables.importFiles(Q)).isZero();
            assertThat(jdbc.queryForObject("SELECT MAX(LENGTH(SHORT_CONTEXT)) FROM BATCH_JOB_EXECUTION_CONTEXT",
                    Long.class)).isLessThan(2500);
        }

        @Test
        void twoFilesOfOneNameInTwoDirectoriesKeepTheirOwnRejectsAndSourceLines() throws IOException {
            Path a = Reports.write(Files.createDirectories(dir.resolve("a")).resolve("110101.csv"),
                    Reports.reportsCsv(Reports.report(Q, 1), Reports.report(Q, 2, "members", "x")));
            Path b = Reports.write(Files.createDirectories(dir.resolve("b")).resolve("110101.csv"),
                    Reports.reportsCsv(Reports.report(Q, 3), Reports.report(Q, 4, "employees", "y")));

            List<ImportSummary> summaries = imports.importPaths(QUARTER, List.of(a, b), out);

            assertThat(summaries).extracting(s -> s.line(EN)).containsExactly(
                    Q + " 110101.csv: read 2, accepted 1, rejected 1 (E02 1)",
                    Q + " 110101.csv: read 2, accepted 1, rejected 1 (E02 1)");
            List<Path> rejects = rejectsFiles();
            assertThat(rejects).hasSize(2);
            assertThat(rejects.get(0).getFileName().toString()).matches("110101\\.csv(-[0-9a-f]{8})?\\.rejects\\.csv");
            assertThat(rejects.stream().map(p -> {
                try {
                    return csv(p).get(1).get(2);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).containsExactlyInAnyOrder(Reports.unionId(2), Reports.unionId(4));
            assertThat(workbook.findReportSources(List.of(Q))).hasSize(2)
                    .allSatisfy(s -> assertThat(s.fileName()).isEqualTo("110101.csv"));
            assertThat(tables.members(Q)).containsOnlyKeys(Reports.unionId(1), Reports.unionId(3));
        }

        @Test
        void aNameTooLongForADerivedFileIsImportedAndItsRejectsFileShortened() throws IOException {
            String name = "北".repeat(77) + ".csv"; // 235 bytes: with ".rejects.csv" beyond any file system's 255
            Path file = Reports.write(dir.resolve(name), Reports.reportsCsv(Reports.report(Q, 1),
                    Reports.report(Q, 2, "members", "-1")));

            ImportSummary summary = importFile(file);

            assertThat(summary.line(EN)).isEqualTo(Q + " " + name + ": read 2, accepted 1, rejected 1 (E02 1)");
            Path rejects = rejectsFiles().get(0);
            assertThat(rejects.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
            assertThat(rejects.getFileName().toString()).startsWith("北北北").endsWith(".rejects.csv");
            assertThat(csv(rejects).get(1).get(0)).isEqualTo(name);
            assertThat(tables.spoolLeft(Q)).isFalse();
            assertThat(importFile(file).alreadyImported()).isTrue();
        }

        @Test
        void aFormulaErrorInAWorkbookIsABadCellOfItsRow() {
            List<String> keys = Reports.REPORT_KEYS;
            Map<String, String> good = Reports.report(Q, 1);
            Map<String, String> badName = Reports.report(Q, 2);
            Map<String, String> badCount = Reports.report(Q, 3);
            Path file = HostileFiles.xlsx(dir.resolve("errors.xlsx"), HostileFiles.texts(keys.toArray(String[]::new)),
                    row(keys, good, null, null), row(keys, badName, "union_name", "#N/A"),
                    row(keys, badCount, "members", "#DIV/0!"));

            ImportSummary summary = importFile(file);

            assertThat(summary.line(EN)).isEqualTo(Q + " errors.xlsx: read 3, accepted 1, rejected 2 (E01 1, E02 1)");
            assertThat(jdbc.queryForList("SELECT reasons FROM rejected_row r JOIN import_file f ON f.import_id = r.import_id"
                    + " WHERE f.period = ? ORDER BY source_line", String.class, Q)).containsExactly(
                    "E01 union_name: '#N/A' is a formula error, not a value",
                    "E02 members: '#DIV/0!' is a formula error, not a number");
            assertThat(tables.members(Q)).containsOnlyKeys(Reports.unionId(1));
        }

        private static String row(List<String> keys, Map<String, String> values, String errorKey, String error) {
            StringBuilder cells = new StringBuilder();
            for (String key : keys) {
                cells.append(key.equals(errorKey) ? HostileFiles.formulaError(error) : HostileFiles.text(values.get(key)));
            }
            return cells.toString();
        }

        @Test
        void aSymbolicLinkInADirectoryIsSkippedAndOneGivenByNameIsFollowed() throws IOException {
            Path folder = Files.createDirectories(dir.resolve("in"));
            Path elsewhere = Reports.write(dir.resolve("elsewhere.csv"), Reports.reportsCsv(Reports.report(Q, 5)));
            Reports.write(folder.resolve("a.csv"), Reports.reportsCsv(Reports.report(Q, 1)));
            Path link = Files.createSymbolicLink(folder.resolve("passwd.csv"), elsewhere);

            List<ImportSummary> summaries = imports.importPaths(QUARTER, List.of(folder), out);

            assertThat(summaries).singleElement().satisfies(s -> {
                assertThat(s.line(EN)).isEqualTo(Q + " a.csv: read 1, accepted 1, rejected 0");
                assertThat(s.warnings()).containsExactly(link + ": skipped, a symbolic link (name the file itself to"
                        + " import it)");
            });
            assertThat(tables.members(Q)).containsOnlyKeys(Reports.unionId(1));

            assertThat(importFile(link).line(EN)).isEqualTo(Q + " passwd.csv: read 1, accepted 1, rejected 0");
            assertThat(tables.members(Q)).containsOnlyKeys(Reports.unionId(1), Reports.unionId(5));
        }

        @Test
        void aControlCharacterInAFileNameIsPrintedEscaped() {
            Path file = Reports.write(dir.resolve("a\nb\u001b[31m.csv"), Reports.reportsCsv(Reports.report(Q, 1)));

            ImportSummary summary = importFile(file);

            assertThat(summary.line(EN)).isEqualTo(Q + " a\\nb\\x1b[31m.csv: read 1, accepted 1, rejected 0");
        }
    }

    @Nested
    @H2Test
    class OnH2 extends HostileInput {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends HostileInput {
    }

    /** Where the server refuses LOAD DATA LOCAL: multi-row REPLACE statements carry the same texts. */
    @Nested
    @MariaDbTest
    @TestPropertySource(properties = "unionstat.ingest.bulk-load=statements")
    class OnMariaDbWithStatements extends HostileInput {
    }
}
