package org.unionstat.ingest.check;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.unionstat.domain.PrintableName;
import org.unionstat.domain.RejectCode;
import org.unionstat.domain.Text;
import org.unionstat.ingest.ImportKind;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.ingest.spool.RejectedRow;
import org.unionstat.text.Messages;

/**
 * The feedback workbook of a checked file, for whoever filled the file in, in the language set (Chinese unless
 * unionstat.locale is en): sheet 概况 (the file, its period,
 * the counts and the verdict), 错误明细 (every rejected row) and 按错误代码汇总 (rows per code, with its rule). Streamed
 * with SXSSF, so the rejected rows of a file of a million rows wait on disk, not in memory. Every text is a string
 * cell, never a formula.
 */
final class FeedbackWorkbook implements AutoCloseable {


    /** Rows SXSSF keeps in memory per sheet. */
    private static final int WINDOW = 100;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final ImportKind kind;
    private final Messages messages;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle bold;
    private final Sheet summary;
    private Sheet details;
    private int detailsRow;

    FeedbackWorkbook(ImportKind kind, Messages messages) {
        this.kind = kind;
        this.messages = messages;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        // first, filled in last: its counts are known at the end
        summary = workbook.createSheet(text(FeedbackText.SUMMARY_SHEET));
        summary.setColumnWidth(0, 12 * 256);
        summary.setColumnWidth(1, 80 * 256);
    }

    /** A rejected row, in line order; past the last row a sheet can have, the rows go on in 错误明细 (2) and so on. */
    void addRejected(RejectedRow row) {
        if (details == null || detailsRow == MAX_ROWS) {
            int number = details == null ? 1 : workbook.getSheetIndex(details) + 1;
            String name = text(FeedbackText.DETAILS_SHEET);
            details = workbook.createSheet(number == 1 ? name : name + " (" + number + ")");
            details.setColumnWidth(0, 8 * 256);
            details.setColumnWidth(1, 22 * 256);
            details.setColumnWidth(2, 10 * 256);
            details.setColumnWidth(3, 60 * 256);
            details.setColumnWidth(4, 80 * 256);
            header(details, detailsHeader());
            detailsRow = 1;
        }
        Row r = details.createRow(detailsRow++);
        r.createCell(0).setCellValue(row.line());
        text(r, 1, row.recordId());
        text(r, 2, row.reasonCode());
        text(r, 3, row.reasons());
        text(r, 4, row.raw());
    }

    /** Writes the workbook of the file {@code checked} says about to {@code target}, through a temporary file. */
    void write(Path target, ImportSummary checked) {
        if (details == null) {
            details = workbook.createSheet(text(FeedbackText.DETAILS_SHEET));
            header(details, detailsHeader());
        }
        fillSummary(checked);
        fillByCode(checked.rejectedByCode());
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".check-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    workbook.write(out);
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The verdict on a file: 逻辑正确 when every row would be accepted, else 有错误, or 文件被拒收. */
    private String verdict(ImportSummary checked) {
        if (checked.refused()) {
            return text(FeedbackText.REFUSED);
        }
        return text(checked.rejected() == 0 ? FeedbackText.PASSED : FeedbackText.HAS_ERRORS);
    }

    private String text(FeedbackText key) {
        return messages.text(key);
    }

    private List<String> detailsHeader() {
        return List.of(text(FeedbackText.LINE), text(FeedbackText.ID), text(FeedbackText.ERROR_CODE),
                text(FeedbackText.REASONS), text(FeedbackText.RAW));
    }

    private void fillSummary(ImportSummary checked) {
        int r = 0;
        labelled(r++, text(FeedbackText.FILE), PrintableName.of(checked.file()));
        labelled(r++, text(kind == ImportKind.REGISTRY ? FeedbackText.YEAR : FeedbackText.PERIOD),
                checked.period().toString());
        labelled(r++, text(FeedbackText.READ), checked.read());
        labelled(r++, text(FeedbackText.ACCEPTED), checked.accepted());
        labelled(r++, text(FeedbackText.REJECTED), checked.rejected());
        labelled(r++, text(FeedbackText.VERDICT), verdict(checked));
        if (checked.refused()) {
            labelled(r++, text(FeedbackText.REASON), checked.refusal());
        }
        for (String warning : checked.warnings()) {
            labelled(r++, text(FeedbackText.NOTE), warning);
        }
    }

    private void fillByCode(Map<String, Long> byCode) {
        Sheet sheet = workbook.createSheet(text(FeedbackText.BY_CODE_SHEET));
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 10 * 256);
        header(sheet, List.of(text(FeedbackText.CODE), text(FeedbackText.RULE), text(FeedbackText.ROWS)));
        int r = 1;
        for (Map.Entry<String, Long> code : byCode.entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, code.getKey());
            text(row, 1, RejectCode.of(code.getKey()).map(messages::rule).orElse(""));
            row.createCell(2).setCellValue(code.getValue().doubleValue());
        }
    }

    private void labelled(int r, String label, Object value) {
        Row row = summary.createRow(r);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(bold);
        if (value instanceof Long number) {
            row.createCell(1).setCellValue(number.doubleValue());
        } else {
            text(row, 1, value.toString());
        }
    }

    private void header(Sheet sheet, List<String> labels) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < labels.size(); c++) {
            row.createCell(c).setCellValue(labels.get(c));
            row.getCell(c).setCellStyle(bold);
        }
    }

    /** A string cell (never a formula), cut to the most a cell can hold. */
    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value == null ? "" : Text.truncate(value, MAX_TEXT));
    }

    /** Deletes the spooled sheets and closes the workbook. */
    @Override
    public void close() {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
