package org.unionstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.unionstat.domain.Period;
import org.unionstat.ingest.source.Column;
import org.unionstat.ingest.source.InputLayout;
import org.unionstat.ingest.spool.BulkLoader;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.ImportFixture;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.Reports;
import org.unionstat.testing.Workbooks;
import org.unionstat.text.Messages;

/** The import jobs end to end (docs/inputs.md#validation storage semantics), on H2 and on MariaDB. */
class ImportJobsTests {

    /** Summary lines as docs/commands.md states them in English (the default language is Chinese). */
    private static final Messages EN = Messages.inEnglish();

    /** Periods of these tests only: far in the future, so no other test's data is touched. */
    static final String Q = "2091Q3";
    static final Period QUARTER = Period.parse(Q);
    static final int YEAR = 2092;

    /** The messages and reasons as docs/inputs.md states them in English (the default, Chinese: LocaleCommandTest). */
    @TestPropertySource(properties = "unionstat.locale=en")
    abstract static class ImportJobs extends ImportFixture {

        @Autowired
        Imports reports;

        @Autowired
        Imports registry;

        ImportJobs() {
            super(QUARTER, YEAR);
        }

        List<CSVRecord> rejects(String period, String fileName) throws IOException {
            Path file = out.resolve("rejects").resolve(period).resolve(fileName + ".rejects.csv");
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return CSVFormat.RFC4180.parse(reader).getRecords();
            }
        }

        @Test
        void storesAcceptedRowsAndWritesRejectedOnesWithTheirLines() throws IOException {
            String good = Reports.reportsCsv(
                    Reports.report(Q, 1, "covered_unit_ids", Reports.unitId(11) + ";" + Reports.unitId(12)),
                    Reports.report(Q, 2, "members", "-3"),
                    Reports.report(Q, 3));
            String text = good + "\n" + Reports.reportsCsv(Reports.report(Q, 1, "members", "45"), Reports.report(Q, 4))
                    .lines().skip(1).reduce("", (a, b) -> a + b + "\n");
            Path file = Reports.write(dir.resolve("110105-朝阳区.csv"), text);

            ImportSummary summary = importFile(file);

            assertThat(summary.refused()).as(summary.refusal()).isFalse();
            assertThat(summary.line(EN)).isEqualTo(Q + " 110105-朝阳区.csv: read 5, accepted 3, rejected 2 (E02 1, E10 1)");
            assertThat(summary.rejectedByCode()).containsExactly(Map.entry("E02", 1L), Map.entry("E10", 1L));
            assertThat(summary.alreadyImported()).isFalse();
            assertThat(tables.members(Q)).containsOnlyKeys(Reports.unionId(1), Reports.unionId(3), Reports.unionId(4))
                    .containsEntry(Reports.unionId(1), 90L);
            assertThat(tables.coveredUnits(Q, Reports.unionId(1))).containsExactly(Reports.unitId(11), Reports.unitId(12));
            assertThat(tables.spoolLeft(Q)).isFalse();

            Map<String, Object> imported = tables.importFileRows(Q).get(0);
            assertThat(imported).containsEntry("status", "COMPLETED").containsEntry("file_name", "110105-朝阳区.csv")
                    .containsEntry("file_format", "CSV UTF-8").containsEntry("sha256", summary.sha256());
            assertThat(((Number) imported.get("rows_read")).longValue()).isEqualTo(5);
            assertThat(((Number) imported.get("rows_rejected")).longValue()).isEqualTo(2);

            List<CSVRecord> rejects = rejects(Q, "110105-朝阳区.csv");
            assertThat(rejects.get(0).toList()).containsExactly("source_file", "line", "id", "reason_code", "reasons", "raw");
            // the header is line 1; the blank line between the two parts is not a record
            assertThat(rejects.get(1).toList()).containsExactly("110105-朝阳区.csv", "3", Reports.unionId(2), "E02",
                    "E02 members: '-3' is negative", text.lines().toList().get(2));
            assertThat(rejects.get(2).toList()).containsExactly("110105-朝阳区.csv", "5", Reports.unionId(1), "E10",
                    "E10 union_id: " + Reports.unionId(1) + " was already accepted from line 2", text.lines().toList().get(5));
            assertThat(rejects).hasSize(3);
        }

        @Test
        void importingTheSameFileAgainChangesNothing() throws IOException {
            Path file = Reports.write(dir.resolve("a.csv"), Reports.reportsCsv(Reports.report(Q, 1), Reports.report(Q, 2, "members", "x")));
            ImportSummary first = importFile(file);
            List<String> stored = tables.reports(Q);
            List<Map<String, Object>> imports = tables.importFileRows(Q);
            Files.delete(out.resolve("rejects").resolve(Q).resolve("a.csv.rejects.csv"));

            ImportSummary again = importFile(file);

            assertThat(again.alreadyImported()).isTrue();
            assertThat(again.line(EN)).isEqualTo(Q + " a.csv: read 2, accepted 1, rejected 1 (E02 1); already imported, nothing changed");
            assertThat(again.sha256()).isEqualTo(first.sha256());
            assertThat(tables.reports(Q)).isEqualTo(stored);
            assertThat(tables.importFileRows(Q)).isEqualTo(imports);
            assertThat(rejects(Q, "a.csv")).hasSize(2);
        }

        @Test
        void aResubmittedReportReplacesTheStoredOneOfTheSameUnion() {
            Path a = Reports.write(dir.resolve("a.csv"), Reports.reportsCsv(Reports.report(Q, 1),
                    Reports.report(Q, 2, "covered_unit_ids", Reports.unitId(20)), Reports.report(Q, 3)));
            Path b = Reports.write(dir.resolve("b.csv"), Reports.reportsCsv(Reports.report(Q, 2, "members", "60"), Reports.report(Q, 4)));

            importFile(a);
            importFile(b);

            assertThat(tables.members(Q)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                    Reports.unionId(1), 90L, Reports.unionId(2), 60L, Reports.unionId(3), 90L, Reports.unionId(4), 90L)));
            assertThat(tables.coveredUnits(Q, Reports.unionId(2))).isEmpty();
        }

        @Test
        void aThenBThenAGivesALatestWins() {
            Path a = Reports.write(dir.resolve("a.csv"), Reports.reportsCsv(Reports.report(Q, 1), Reports.report(Q, 2)));
            Path b = Reports.write(dir.resolve("b.csv"), Reports.reportsCsv(Reports.report(Q, 2, "members", "60")));

            importFile(a);
            importFile(b);
            ImportSummary aAgain = importFile(a);

            assertThat(aAgain.alreadyImported()).isFalse();
            assertThat(tables.members(Q)).containsEntry(Reports.unionId(2), 90L);
            assertThat(tables.importFiles(Q)).isEqualTo(3);
            assertThat(importFile(a).alreadyImported()).isTrue();

            ImportSummary bAgain = importFile(b);
            assertThat(bAgain.alreadyImported()).isFalse();
            assertThat(tables.members(Q)).containsEntry(Reports.unionId(2), 60L);
        }

        @Test
        void aFileWhoseReportsNoOtherFileReplacedIsStillImported() {
            Path a = Reports.write(dir.resolve("a.csv"), Reports.reportsCsv(Reports.report(Q, 1)));
            Path c = Reports.write(dir.resolve("c.csv"), Reports.reportsCsv(Reports.report(Q, 5)));

            importFile(a);
            importFile(c);

            assertThat(importFile(a).alreadyImported()).isTrue();
            assertThat(tables.importFiles(Q)).isEqualTo(2);
        }

        @Test
        void aChangedFileIsImportedAgain() {
            Path a = dir.resolve("a.csv");
            Reports.write(a, Reports.reportsCsv(Reports.report(Q, 1)));
            importFile(a);
            Reports.write(a, Reports.reportsCsv(Reports.report(Q, 1, "members", "70")));

            ImportSummary changed = importFile(a);

            assertThat(changed.alreadyImported()).isFalse();
            assertThat(tables.members(Q)).containsEntry(Reports.unionId(1), 70L);
        }

        @Test
        void aRefusedFileStoresNothing() {
            StringBuilder text = new StringBuilder(Reports.reportsCsv(Reports.report(Q, 1), Reports.report(Q, 2)));
            text.append(Q).append(",\"broken\"quote\n");
            Path file = Reports.write(dir.resolve("broken.csv"), text.toString());

            ImportSummary summary = importFile(file);

            assertThat(summary.refused()).isTrue();
            assertThat(summary.refusal()).startsWith(file + ": malformed CSV");
            assertThat(summary.line(EN)).startsWith(Q + " " + file + ": malformed CSV");
            assertThat(tables.importFiles(Q)).isZero();
            assertThat(tables.members(Q)).isEmpty();
            assertThat(out.resolve("rejects")).doesNotExist();
        }

        @Test
        void aMissingFileIsRefusedAndTheOthersAreImported() {
            Path good = Reports.write(dir.resolve("good.csv"), Reports.reportsCsv(Reports.report(Q, 1)));
            Path missing = dir.resolve("missing.csv");

            List<ImportSummary> summaries = reports.importPaths(QUARTER, List.of(missing, good), out);

            assertThat(summaries).extracting(ImportSummary::refused).containsExactly(true, false);
            assertThat(summaries.get(0).refusal()).isEqualTo(missing + ": no such file");
            assertThat(tables.members(Q)).containsOnlyKeys(Reports.unionId(1));
        }

        @Test
        void aDirectoryIsImportedFileByFileInNameOrder() throws IOException {
            Path folder = Files.createDirectories(dir.resolve("2091Q3"));
            Reports.write(folder.resolve("b.csv"), Reports.reportsCsv(Reports.report(Q, 1, "members", "50")));
            List<List<Object>> rows = new ArrayList<>();
            rows.add(new ArrayList<>(InputLayout.QUARTERLY_REPORT.columns().stream().map(Column::chineseHeader).toList()));
            rows.add(List.of("2091年第3季度", Reports.unionId(1), "工会", Reports.unitId(1), "", 110105, "C", 100, 90.0, 10, 5,
                    80, 70, 50, 40, 8, 2.0, 7, LocalDate.of(2091, 10, 8)));
            rows.add(List.of(Q, Reports.unionId(2), "工会2", Reports.unitId(2), "", "110105", "C", "100", "90", "", "", "",
                    "", "", "", "", "", "", "2091/10/9"));
            Workbooks.xlsx(folder.resolve("a.xlsx"), rows);
            Reports.write(folder.resolve("notes.txt"), "not imported");
            Reports.write(folder.resolve("~$a.xlsx"), "an Excel lock file");

            List<ImportSummary> summaries = reports.importPaths(QUARTER, List.of(folder), out);

            assertThat(summaries).extracting(s -> s.file().getFileName().toString()).containsExactly("a.xlsx", "b.csv");
            assertThat(summaries).extracting(ImportSummary::refused).containsOnly(false);
            assertThat(summaries.get(0).line(EN)).isEqualTo(Q + " a.xlsx: read 2, accepted 2, rejected 0");
            assertThat(tables.members(Q)).containsEntry(Reports.unionId(1), 50L).containsEntry(Reports.unionId(2), 90L);
            assertThat(jdbc.queryForObject("SELECT submitted_on FROM quarterly_report WHERE period = ? AND union_id = ?",
                    LocalDate.class, Q, Reports.unionId(2))).isEqualTo(LocalDate.of(2091, 10, 9));
            assertThat(tables.importFileRows(Q)).extracting(r -> r.get("file_format")).containsExactly("XLSX", "CSV UTF-8");
        }

        @Test
        void anEmptyDirectoryIsRefused() throws IOException {
            Path folder = Files.createDirectories(dir.resolve("empty"));

            assertThat(reports.importPaths(QUARTER, List.of(folder), out)).singleElement()
                    .satisfies(s -> assertThat(s.refusal()).isEqualTo(folder + ": no .csv or .xlsx files in this directory"));
        }

        @Test
        void aRegistryImportReplacesTheYearAsAWholeAndARefusedOneLeavesIt() throws IOException {
            Path first = Reports.write(dir.resolve("registry-a.csv"), Reports.registryCsv(Reports.unit(1), Reports.unit(2), Reports.unit(3)));
            Path second = Reports.write(dir.resolve("registry-b.csv"), Reports.registryCsv(Reports.unit(3), Reports.unit(4),
                    Reports.unit(4), Reports.unit(5)));
            Path refused = Reports.write(dir.resolve("registry-c.csv"), "unit_id,unit_name\n" + Reports.unitId(9) + ",x\n");

            assertThat(registry.importRegistry(YEAR, first, out).refused()).isFalse();
            ImportSummary replaced = registry.importRegistry(YEAR, second, out);
            assertThat(replaced.line(EN)).isEqualTo(YEAR + " registry-b.csv: read 4, accepted 3, rejected 1 (E10 1)");
            assertThat(tables.registry(YEAR)).containsExactly(Reports.unitId(3), Reports.unitId(4), Reports.unitId(5));
            assertThat(rejects(Integer.toString(YEAR), "registry-b.csv")).hasSize(2)
                    .last().satisfies(r -> assertThat(r.get(3)).isEqualTo("E10"));

            ImportSummary refusal = registry.importRegistry(YEAR, refused, out);

            assertThat(refusal.refused()).isTrue();
            assertThat(refusal.refusal()).contains("registry-c.csv: missing required columns: district_code (区县代码)");
            assertThat(tables.registry(YEAR)).containsExactly(Reports.unitId(3), Reports.unitId(4), Reports.unitId(5));
            assertThat(registry.importRegistry(YEAR, second, out).alreadyImported()).isTrue();
            assertThat(registry.importRegistry(YEAR, first, out).alreadyImported()).isFalse();
            assertThat(tables.registry(YEAR)).containsExactly(Reports.unitId(1), Reports.unitId(2), Reports.unitId(3));
        }

        @Test
        void aRegistryImportThatFailsWhileReplacingLeavesThePreviousRegistry() throws IOException {
            Path first = Reports.write(dir.resolve("r1.csv"), Reports.registryCsv(Reports.unit(1), Reports.unit(2)));
            Path second = Reports.write(dir.resolve("r2.csv"), Reports.registryCsv(Reports.unit(3)));
            registry.importRegistry(YEAR, first, out);
            // the rejects file cannot be written (a directory is in the way): the merge fails after deleting the year
            Path blocker = Files.createDirectories(out.resolve("rejects").resolve(Integer.toString(YEAR)).resolve("r2.csv.rejects.csv"));
            Files.writeString(blocker.resolve("keep"), "x");

            ImportSummary failed = registry.importRegistry(YEAR, second, out);

            assertThat(failed.refused()).isTrue();
            assertThat(failed.refusal()).startsWith(second + ": import failed (");
            assertThat(tables.registry(YEAR)).containsExactly(Reports.unitId(1), Reports.unitId(2));

            Files.delete(blocker.resolve("keep"));
            Files.delete(blocker);
            assertThat(registry.importRegistry(YEAR, second, out).refused()).isFalse();
            assertThat(tables.registry(YEAR)).containsExactly(Reports.unitId(3));
        }

        @Test
        void aRegistryInGbkWithChineseHeaders() {
            String text = "统一社会信用代码,单位名称,区县代码,行业代码,从业人员数\n"
                    + Reports.unitId(1) + ",北京市朝阳区某某有限公司,110105,C,\"1,200\"\n"
                    + Reports.unitId(2) + ",某某,110199,C,3\n";
            Path file = Reports.write(dir.resolve("名录.csv"), text, java.nio.charset.Charset.forName("GBK"));

            ImportSummary summary = registry.importRegistry(YEAR, file, out);

            assertThat(summary.line(EN)).isEqualTo(YEAR + " 名录.csv: read 2, accepted 1, rejected 1 (E06 1)");
            assertThat(jdbc.queryForObject("SELECT unit_name FROM unit_registry WHERE registry_year = ?", String.class, YEAR))
                    .isEqualTo("北京市朝阳区某某有限公司");
            assertThat(tables.importFileRows(Integer.toString(YEAR))).extracting(r -> r.get("file_format")).containsExactly("CSV GB18030");
        }
    }

    @Nested
    @H2Test
    class OnH2 extends ImportJobs {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends ImportJobs {

        @Autowired
        BulkLoader bulk;

        @Test
        void loadsWithLoadDataLocalInfile() {
            assertThat(bulk.method()).isEqualTo(BulkLoader.Method.LOAD_DATA);
        }
    }

    /** A MySQL server that refuses LOAD DATA LOCAL (MySQL 8's default) gets multi-row REPLACE statements instead. */
    @Nested
    @MariaDbTest
    @TestPropertySource(properties = "unionstat.ingest.bulk-load=statements")
    class OnMariaDbWithStatements extends ImportJobs {

        @Autowired
        BulkLoader bulk;

        @Test
        void loadsWithStatements() {
            assertThat(bulk.method()).isEqualTo(BulkLoader.Method.STATEMENTS);
        }
    }
}
