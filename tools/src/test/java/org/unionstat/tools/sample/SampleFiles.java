package org.unionstat.tools.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a generated file the way docs/inputs.md#input-files describes, independently of the importer: CSV as UTF-8 (BOM or not) or,
 * when it is not strict UTF-8, GB18030; XLSX first sheet. Cells come back as trimmed text; an XLSX date cell as
 * {@code DATE:yyyy-mm-dd}, a numeric cell as its number ({@code 12}, {@code 12.5}).
 */
final class SampleFiles {

    record Table(List<String> header, List<List<String>> rows, boolean dateCells) {
    }

    private SampleFiles() {
    }

    static Table read(Path file) throws IOException {
        return file.getFileName().toString().endsWith(".xlsx") ? readXlsx(file) : readCsv(file);
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return strict(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static Table readCsv(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        List<CSVRecord> records = format.parse(new StringReader(decode(Files.readAllBytes(file)))).getRecords();
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            List<String> cells = new ArrayList<>();
            record.forEach(cell -> cells.add(cell.strip()));
            rows.add(cells);
        }
        return new Table(rows.get(0), rows.subList(1, rows.size()), false);
    }

    private static Table readXlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            boolean dateCells = false;
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null || cell.getCellType() == CellType.BLANK) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        LocalDateTime t = cell.getLocalDateTimeCellValue();
                        cells.add("DATE:" + LocalDate.from(t));
                        dateCells = true;
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        double d = cell.getNumericCellValue();
                        cells.add(d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d));
                    } else {
                        cells.add(cell.getStringCellValue().strip());
                    }
                }
                rows.add(cells);
            }
            return new Table(rows.get(0), rows.subList(1, rows.size()), dateCells);
        }
    }
}
