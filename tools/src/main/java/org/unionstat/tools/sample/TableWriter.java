package org.unionstat.tools.sample;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes one table (header row first) to a CSV or XLSX file. Cells are {@code null} (empty), String (text),
 * Integer/Long (a count), Double (a number with a fraction) or LocalDate.
 */
interface TableWriter extends Closeable {

    void row(List<?> cells) throws IOException;

    /** An empty line, as spreadsheets and hand edits leave them in CSV files; ignored in a workbook. */
    void blankLine() throws IOException;

    static TableWriter open(java.nio.file.Path file, FileStyle style) throws IOException {
        return style.format().csv() ? new CsvTableWriter(file, style) : new XlsxTableWriter(file, style);
    }
}
