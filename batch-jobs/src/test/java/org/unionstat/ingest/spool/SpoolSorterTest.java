package org.unionstat.ingest.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolSorterTest {

    @TempDir
    Path dir;

    @Test
    void recordsComeOutWholeInTheOrderOfTheirKey() throws Exception {
        Path spool = write("2025,91110105MA0000000Z,\"乙,\"\"名\"\"\",3\n"
                + "2025,91110105MA00000009,\"跨\n两行\",4\n"
                + "2025,11110105MA00000000,甲,2\n"
                + "2025,91110105MA0000000A,丙,5\n");
        Path sorted = dir.resolve("sorted.csv");

        SpoolSorter.sort(spool, 1, sorted);

        assertThat(Files.readString(sorted, StandardCharsets.UTF_8)).isEqualTo("2025,11110105MA00000000,甲,2\n"
                + "2025,91110105MA00000009,\"跨\n两行\",4\n"
                + "2025,91110105MA0000000A,丙,5\n"
                + "2025,91110105MA0000000Z,\"乙,\"\"名\"\"\",3\n");
    }

    @Test
    void agreesWithSortingTheTextOverManyRecords() throws Exception {
        Random random = new Random(7);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 18; c++) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            records.add("2026Q3," + code + ",名称" + i + "," + i + "\n");
        }
        Path spool = write(String.join("", records));
        Path sorted = dir.resolve("sorted.csv");

        SpoolSorter.sort(spool, 1, sorted);

        records.sort(Comparator.comparing((String r) -> r.split(",")[1]).thenComparing(r -> Integer.parseInt(r.split(",")[3].strip())));
        assertThat(Files.readString(sorted, StandardCharsets.UTF_8)).isEqualTo(String.join("", records));
    }

    @Test
    void anEmptySpoolSortsToAnEmptyFile() throws Exception {
        Path sorted = dir.resolve("sorted.csv");
        SpoolSorter.sort(write(""), 1, sorted);
        assertThat(sorted).isEmptyFile();
    }

    @Test
    void aRecordWithoutAProperKeyIsAnError() throws Exception {
        Path sorted = dir.resolve("sorted.csv");
        assertThatThrownBy(() -> SpoolSorter.sort(write("2025,9111,甲\n"), 1, sorted)).hasMessageContaining("18 characters");
        assertThatThrownBy(() -> SpoolSorter.sort(write("2025,91110105MA00000009,甲"), 1, sorted))
                .hasMessageContaining("complete record");
    }

    private Path write(String text) throws Exception {
        return Files.writeString(dir.resolve("spool-" + System.nanoTime() + ".csv"), text, StandardCharsets.UTF_8);
    }
}
