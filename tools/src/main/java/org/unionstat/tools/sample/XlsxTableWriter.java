package org.unionstat.tools.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written with POI's streaming SXSSF (a window of rows in memory, the rest on disk; the shared strings
 * table stays in memory, which is fine at sample-data size): first sheet, header in row 1, counts as numeric cells,
 * dates as date cells or text as the style says. POI stamps the creation time into the document properties and the
 * current time into every zip entry; both are fixed here so that the same seed gives byte-identical files.
 */
final class XlsxTableWriter implements TableWriter {

    /** The time written into the workbook's properties and zip entries. */
    static final LocalDateTime STAMP = LocalDateTime.of(2026, 1, 1, 0, 0);

    private final Path target;
    private final FileStyle style;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private int rowIndex;

    XlsxTableWriter(Path target, FileStyle style) {
        this.target = target;
        this.style = style;
        // shared strings, as Excel writes them (SXSSF's default is inline strings)
        this.workbook = new SXSSFWorkbook(new XSSFWorkbook(), 500, false, true);
        this.sheet = workbook.createSheet(style.sheetName());
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat(style.dateForm().excelFormat()));
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate date) {
                if (style.dateCells()) {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                } else {
                    cell.setCellValue(style.dateForm().format(date));
                }
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    public void blankLine() {
        // a workbook has no blank lines to speak of
    }

    @Override
    public void close() throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".sample-", ".xlsx");
        try {
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setCreated(Optional.of(Date.from(STAMP.toInstant(ZoneOffset.UTC))));
            properties.setCreator("unionstat sample-data");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                workbook.write(out);
            }
            rewriteWithFixedTimes(temp, target);
        } finally {
            workbook.close();
            workbook.dispose();
            Files.deleteIfExists(temp);
        }
    }

    /** Copies a zip entry by entry, in order, with one fixed DOS time (setTimeLocal: independent of the time zone). */
    private static void rewriteWithFixedTimes(Path source, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target)))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(STAMP);
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
