package org.unionstat.ingest.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.ingest.spool.ImportSpool.Position;

class ImportSpoolTest {

    @TempDir
    Path dir;

    private static final List<SpoolTable> REGISTRY = List.of(SpoolTable.REGISTRY_UNITS);

    @Test
    void recordsComeBackExactlyWithCommasQuotesAndLineBreaks() throws Exception {
        Path spool = ImportSpool.directory(dir, 7);
        try (ImportSpool s = ImportSpool.open(spool, REGISTRY, Map.of())) {
            s.append(ImportSpool.record(SpoolTable.REGISTRY_UNITS,
                    2025, "91110105MA01234567", "北京\"某某\",有限公司\n第二行", "110105", "F", 30, 7, 2));
            s.append(ImportSpool.record(SpoolTable.REGISTRY_UNITS,
                    2025, "91110105MA01234568", " 前后空格 ", "110105", "F", 0, 7, 3));
            assertThat(s.flush()).containsEntry(SpoolTable.REGISTRY_UNITS,
                    new Position(Files.size(spool.resolve("registry_units.csv")), 2));
        }

        List<List<String>> records = read(ImportSpool.file(spool, SpoolTable.REGISTRY_UNITS));
        assertThat(records).containsExactly(
                List.of("2025", "91110105MA01234567", "北京\"某某\",有限公司\n第二行", "110105", "F", "30", "7", "2"),
                List.of("2025", "91110105MA01234568", " 前后空格 ", "110105", "F", "0", "7", "3"));
    }

    @Test
    void writesWhatCommonsCsvWritesAndReadsBack() throws Exception {
        Object[][] records = {
            {2025, "91110105MA01234567", "plain", "110105", "F", 30L, 7L, 2L},
            {2025, "91110105MA01234567", "a,b", "", "\"q\"", 0L, java.time.LocalDate.of(2026, 10, 1), 3L},
            {2025, "x", "line\r\nbreak", " lead", "trail ", -1L, 7L, 4L},
        };
        for (Object[] record : records) {
            StringBuilder line = new StringBuilder();
            ImportSpool.appendRecord(line, record);
            try (Reader reader = new java.io.StringReader(line.toString())) {
                assertThat(ImportSpool.FORMAT.parse(reader).getRecords()).singleElement()
                        .extracting(CSVRecord::toList).isEqualTo(java.util.Arrays.stream(record).map(String::valueOf).toList());
            }
        }
    }

    @Test
    void aResumedSpoolIsCutBackToTheSavedPositionAndAppendsFromThere() throws Exception {
        Path spool = ImportSpool.directory(dir, 8);
        Map<SpoolTable, Position> committed;
        try (ImportSpool s = ImportSpool.open(spool, REGISTRY, Map.of())) {
            s.append(ImportSpool.record(SpoolTable.REGISTRY_UNITS,
                    2025, "91110105MA01234567", "甲", "110105", "F", 30, 8, 2));
            committed = s.flush();
            // a chunk written but never committed
            s.append(ImportSpool.record(SpoolTable.REGISTRY_UNITS,
                    2025, "91110105MA01234568", "乙", "110105", "F", 30, 8, 3));
            s.flush();
        }

        try (ImportSpool s = ImportSpool.open(spool, REGISTRY, committed)) {
            List<String> keys = new ArrayList<>();
            ImportSpool.forEachKey(spool, SpoolTable.REGISTRY_UNITS, (key, line) -> keys.add(key + "@" + line));
            assertThat(keys).containsExactly("91110105MA01234567@2");
            s.append(ImportSpool.record(SpoolTable.REGISTRY_UNITS,
                    2025, "91110105MA01234569", "丙", "110105", "F", 30, 8, 3));
            assertThat(s.flush().get(SpoolTable.REGISTRY_UNITS).records()).isEqualTo(2);
        }
        assertThat(read(ImportSpool.file(spool, SpoolTable.REGISTRY_UNITS))).extracting(r -> r.get(2)).containsExactly("甲", "丙");
    }

    @Test
    void aFreshLoadStartsFromAnEmptySpool() throws Exception {
        Path spool = ImportSpool.directory(dir, 9);
        try (ImportSpool s = ImportSpool.open(spool, REGISTRY, Map.of())) {
            s.append(ImportSpool.record(SpoolTable.REGISTRY_UNITS,
                    2025, "91110105MA01234567", "甲", "110105", "F", 30, 9, 2));
            s.flush();
        }
        try (ImportSpool s = ImportSpool.open(spool, REGISTRY, Map.of())) {
            s.flush();
        }
        assertThat(read(ImportSpool.file(spool, SpoolTable.REGISTRY_UNITS))).isEmpty();
    }

    @Test
    void aSpoolShorterThanItsSavedPositionIsAnError() {
        Path spool = ImportSpool.directory(dir, 10);
        assertThatThrownBy(() -> ImportSpool.open(spool, REGISTRY, Map.of(SpoolTable.REGISTRY_UNITS, new Position(100, 3))))
                .hasMessageContaining("shorter");
    }

    @Test
    void aMissingSpoolAtTheMergeSaysWhatToDo() {
        assertThatThrownBy(() -> ImportSpool.file(ImportSpool.directory(dir, 11), SpoolTable.REPORTS))
                .hasMessageContaining("spooled rows of this import are missing").hasMessageContaining("import the file again");
    }

    @Test
    void deleteRemovesTheImportsDirectory() {
        Path spool = ImportSpool.directory(dir, 12);
        try (ImportSpool s = ImportSpool.open(spool, REGISTRY, Map.of())) {
            s.flush();
        }
        ImportSpool.delete(spool);
        assertThat(spool).doesNotExist();
        assertThat(dir).exists();
    }

    private static List<List<String>> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ImportSpool.FORMAT.parse(reader).stream().map(CSVRecord::toList).toList();
        }
    }
}
