package org.unionstat.ingest.source;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A table a district sends back: a sheet of a workbook we wrote (its header somewhere below the title rows), or a
 * CSV with the same columns (UTF-8, else GB18030). The header is the first row holding {@code key} (Chinese or
 * English name); each later non-blank row comes back as its cells by header name, trimmed.
 */
public final class ReturnedTable {

    /** A data row: its number in the file (1-based, as Excel shows it) and its cells by header name. */
    public record Line(long number, Map<String, String> cells, String raw) {

        /** The cell under the first of {@code names} the header has; "" when none. */
        public String cell(String... names) {
            for (String name : names) {
                String value = cells.get(name.toLowerCase(Locale.ROOT));
                if (value != null) {
                    return value;
                }
            }
            return "";
        }
    }

    /** The rows of the table, or a refusal saying why there is none. */
    public record Content(List<String> header, List<Line> lines) {
    }

    /** The most rows a returned table may have: more is not a district's answer sheet. */
    public static final int MAX_ROWS = 1_000_000;

    /** The most cells a CSV line may have: an answer table has a few dozen columns. */
    static final int MAX_COLUMNS = 1_000;

    /** The largest CSV answer table read (it is read whole): the answers of a district fit in far less. */
    static final long MAX_CSV_BYTES = 64L * 1024 * 1024;

    private ReturnedTable() {
    }

    /**
     * Reads the table of sheet {@code sheetName} (XLSX) or the CSV, the header being the first row that holds one of
     * {@code keys}.
     *
     * @throws FileRefusedException when the file cannot be read or has no such header
     */
    public static Content read(Path file, String sheetName, List<String> keys) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<List<String>> rows = name.endsWith(".xlsx") ? xlsxRows(file, sheetName) : csvRows(file);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).subList(1, rows.get(i).size());
            if (cells.stream().anyMatch(c -> keys.stream().anyMatch(k -> k.equalsIgnoreCase(c)))) {
                List<String> header = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
                List<Line> lines = new ArrayList<>();
                for (int j = i + 1; j < rows.size(); j++) {
                    List<String> row = rows.get(j);
                    if (CellText.allBlank(row.subList(1, row.size()))) {
                        continue;
                    }
                    Map<String, String> byName = new TreeMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        if (!header.get(c).isEmpty()) {
                            byName.putIfAbsent(header.get(c), c + 1 < row.size() ? row.get(c + 1) : "");
                        }
                    }
                    lines.add(new Line(Long.parseLong(row.get(0)), byName, XlsxSourceRows.asCsv(row.subList(1, row.size()))));
                }
                return new Content(header, lines);
            }
        }
        throw new FileRefusedException(name.endsWith(".xlsx")
                ? Refusal.NO_ANSWER_TABLE_ON_SHEET.with(file, String.join(" / ", keys), sheetName)
                : Refusal.NO_ANSWER_TABLE.with(file, String.join(" / ", keys)), null);
    }

    /** Each row as its line number (first cell) and its cells. */
    private static List<List<String>> xlsxRows(Path file, String sheetName) {
        XlsxRowWidths.check(file, sheetName);
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(8192).open(file.toFile())) {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new FileRefusedException(Refusal.NO_SHEET, file, sheetName);
            }
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                cells.add(Long.toString(row.getRowNum() + 1L));
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(CellText.clean(XlsxSourceRows.text(row.getCell(i))));
                }
                add(rows, cells, file);
            }
        } catch (IOException e) {
            throw new FileRefusedException(Refusal.NOT_A_WORKBOOK, file, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof FileRefusedException) {
                throw e;
            }
            throw new FileRefusedException(Refusal.NOT_A_WORKBOOK, file, String.valueOf(e.getMessage()));
        }
        return rows;
    }

    private static List<List<String>> csvRows(Path file) {
        String text = decode(file);
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = new StringReader(text)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                if (record.size() > MAX_COLUMNS) {
                    throw new FileRefusedException(Refusal.TOO_MANY_CELLS, file, record.getRecordNumber(), record.size(),
                            MAX_COLUMNS);
                }
                List<String> cells = new ArrayList<>();
                cells.add(Long.toString(record.getRecordNumber()));
                record.forEach(c -> cells.add(CellText.clean(c)));
                add(rows, cells, file);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new FileRefusedException(Refusal.NOT_A_CSV, file, String.valueOf(e.getMessage()));
        }
        return rows;
    }

    private static void add(List<List<String>> rows, List<String> cells, Path file) {
        if (rows.size() >= MAX_ROWS) {
            throw new FileRefusedException(Refusal.TOO_MANY_ROWS, file, MAX_ROWS);
        }
        rows.add(cells);
    }

    /** Strict UTF-8 (a BOM dropped), else GB18030, as the inputs are read. */
    private static String decode(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_CSV_BYTES) {
                throw new FileRefusedException(Refusal.TOO_LARGE, file, MAX_CSV_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FileRefusedException(Refusal.CANNOT_BE_READ, file, String.valueOf(e.getMessage()));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, FileInspector.GB18030);
        }
    }
}
