package org.unionstat.ingest.source;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.impl.StreamingCell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The rows of the first sheet of a workbook, streamed (never the whole workbook in memory): the header is row 1, a
 * row's line is its sheet row number, blank rows are skipped. Numbers become text without a spurious ".0", date
 * cells become yyyy-MM-dd. A row's "raw" text is its cells written as one CSV record.
 */
final class XlsxSourceRows implements SourceRows {

    /** An error cell whose value cannot be read: still an error, never a value. */
    private static final String UNKNOWN_ERROR = "#VALUE!";
    private static final Method STREAMING_CELL_TYPE = streamingCellType();

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final HeaderMapping header;

    private XlsxSourceRows(Workbook workbook, InputLayout layout) {
        this.workbook = workbook;
        this.rows = workbook.getNumberOfSheets() == 0 ? List.<Row>of().iterator() : workbook.getSheetAt(0).rowIterator();
        List<String> headerCells = List.of();
        if (rows.hasNext()) {
            Row first = rows.next();
            // docs/inputs.md#input-files: the header is row 1; a sheet starting lower has none (and is refused for missing columns)
            if (first.getRowNum() == 0) {
                headerCells = texts(first);
            }
        }
        this.header = HeaderMapping.of(layout, headerCells);
    }

    /** Opens a workbook; POI's zip-bomb limits ({@link XlsxLimits}) apply while it is read. */
    static XlsxSourceRows open(Path file, InputLayout layout) {
        Workbook workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(8192).open(file.toFile());
        try {
            return new XlsxSourceRows(workbook, layout);
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    public HeaderMapping header() {
        return header;
    }

    @Override
    public SourceRow next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            List<String> cells = texts(row);
            if (CellText.allBlank(cells)) {
                continue;
            }
            return new SourceRow(row.getRowNum() + 1L, header.cells(cells), asCsv(cells));
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    /** A cell as text: what a statistician sees, as far as the rules need it. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell) || isIsoDateCell(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    return value == null ? "" : value.toLocalDate().toString();
                }
                return number(cell.getNumericCellValue());
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR:
                return errorText(cell);
            default:
                return "";
        }
    }

    /**
     * An error value ({@code #N/A}, {@code #DIV/0!}) as Excel shows it: the rules then reject the row for that cell. The
     * streaming reader gives a formula's cached error only as text.
     */
    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException notAPlainErrorCell) {
            try {
                String text = cell.getStringCellValue(); // "ERROR:  #DIV/0!"
                text = text == null ? "" : text.replaceFirst("^ERROR:", "").strip();
                return text.isEmpty() ? UNKNOWN_ERROR : text;
            } catch (RuntimeException unreadable) {
                return UNKNOWN_ERROR;
            }
        }
    }

    /**
     * A cell written as an ISO 8601 date ({@code t="d"}): the streaming reader gives it as a serial number without a
     * date format, and tells it apart only by a type it keeps to itself.
     */
    private static boolean isIsoDateCell(Cell cell) {
        if (STREAMING_CELL_TYPE == null || !STREAMING_CELL_TYPE.getDeclaringClass().isInstance(cell)) {
            return false;
        }
        try {
            return "d".equals(STREAMING_CELL_TYPE.invoke(cell));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Method streamingCellType() {
        try {
            Method type = StreamingCell.class.getDeclaredMethod("getType");
            type.setAccessible(true);
            return type;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** 12.0 is "12", 12.5 stays "12.5", never scientific notation. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String asCsv(List<String> cells) {
        int last = cells.size();
        while (last > 0 && cells.get(last - 1).isEmpty()) {
            last--;
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("").get())) {
            printer.printRecord(cells.subList(0, last));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
