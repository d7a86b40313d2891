package org.unionstat.report.template;

import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.ImageUtils;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;

import org.unionstat.domain.QuotedInput;
import org.unionstat.domain.UserFacingException;
import org.unionstat.report.sheet.CellWriter;
import org.unionstat.report.sheet.StreamedTable;
import org.unionstat.report.sheet.StreamedWorkbook;
import org.unionstat.report.sheet.StyleRow;

/**
 * A workbook filled from a template (templates/*.xlsx). The template owns the layout: sheets, titles, header rows,
 * column widths, cell styles and number formats, conditional formats, frozen panes, print setup. This class only puts
 * values in, following three conventions a statistician can see in the template:
 * <ul>
 * <li>{@code {{name}}} in a text cell is replaced by a value; a cell holding nothing but {@code {{name}}} takes a
 * number or date as such, in the cell's own style.</li>
 * <li>A cell holding {@code {{rows:table}}} marks the <em>style row</em> of a table: rows are written from that row
 * on, starting at that column, each cell in the style of the style row's cell above it in the template; conditional
 * formats and the autofilter covering the style row are stretched over the rows written.</li>
 * <li>A header cell holding {@code {{columns:name}}} is repeated to the right, one column per header given, with its
 * width, its style and the style of the style rows' cells below it.</li>
 * </ul>
 * Small tables are filled in place ({@link #fillTable}: rows below move down). After {@link #startStreaming}, the
 * tables left (each must be the last row of its sheet) are handed to {@code report.sheet} ({@link #stream}), which
 * writes their rows straight to the sheets' spools, so a sheet of 100,000 unions needs no more heap than one of a
 * hundred.
 *
 * <p>Text never becomes a formula ({@link CellWriter}): a text that starts like one is shown quote-prefixed.
 */
public final class TemplateWorkbook implements AutoCloseable {

    public static final String NONE = "（无）";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]+)}}");
    private static final String ROWS = "rows:";
    private static final String COLUMNS = "columns:";

    private final String source;
    private final XSSFWorkbook template;
    private final CellWriter cells;
    private final Map<String, StyleRow> streamedTables = new LinkedHashMap<>();
    private StreamedWorkbook streaming;
    private boolean closed;

    /** @param source names the template in messages, e.g. {@code templates/assessment.xlsx} */
    TemplateWorkbook(String source, XSSFWorkbook template) {
        this.source = source;
        this.template = template;
        this.cells = new CellWriter(template);
    }

    static TemplateWorkbook open(String source, InputStream in) {
        try {
            return new TemplateWorkbook(source, new XSSFWorkbook(in));
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("cannot read the workbook template " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the {@code {{name}}} placeholders of every sheet; a name unionstat does not know is an error naming
     * the template, sheet and cell (a misspelt marker would otherwise reach the leaders as it is).
     */
    public void fill(Map<String, ?> values) {
        requireTemplatePhase();
        for (int s = 0; s < template.getNumberOfSheets(); s++) {
            for (Row row : template.getSheetAt(s)) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING || !cell.getStringCellValue().contains("{{")) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    Matcher whole = PLACEHOLDER.matcher(text.strip());
                    if (whole.matches() && values.containsKey(whole.group(1))) {
                        cells.put(cell, values.get(whole.group(1)), cell.getCellStyle());
                        continue;
                    }
                    Matcher m = PLACEHOLDER.matcher(text);
                    StringBuilder replaced = new StringBuilder();
                    while (m.find()) {
                        if (!values.containsKey(m.group(1)) && !m.group(1).startsWith(ROWS)
                                && !m.group(1).startsWith(COLUMNS)) {
                            throw new UserFacingException("workbook template " + source + ": sheet "
                                    + template.getSheetName(s) + ", cell " + cell.getAddress() + ": unknown marker "
                                    + QuotedInput.shorten(m.group(), 60) + " (docs/templates.md lists the markers)");
                        }
                        Object value = values.containsKey(m.group(1)) ? values.get(m.group(1)) : m.group();
                        m.appendReplacement(replaced, Matcher.quoteReplacement(value == null ? "" : value.toString()));
                    }
                    m.appendTail(replaced);
                    cells.put(cell, replaced.toString(), cell.getCellStyle());
                }
            }
        }
    }

    /** Repeats the header cell {@code {{columns:name}}} to the right, one column per header. */
    public void expandColumns(String sheetName, String name, List<String> headers) {
        requireTemplatePhase();
        XSSFSheet sheet = sheet(sheetName);
        CellAddress at = marker(sheet, "{{" + COLUMNS + name + "}}");
        int first = at.getColumn();
        int width = sheet.getColumnWidth(first);
        Cell headerCell = sheet.getRow(at.getRow()).getCell(first);
        CellStyle headerStyle = headerCell.getCellStyle();
        List<Integer> styleRows = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (isMarker(cell, ROWS)) {
                    styleRows.add(row.getRowNum());
                }
            }
        }
        for (int i = 0; i < Math.max(headers.size(), 1); i++) {
            cells.put(sheet.getRow(at.getRow()).createCell(first + i), i < headers.size() ? headers.get(i) : null,
                    headerStyle);
            sheet.setColumnWidth(first + i, width);
            for (int r : styleRows) {
                XSSFRow styleRow = sheet.getRow(r);
                Cell base = styleRow.getCell(first);
                if (i > 0 && base != null) {
                    styleRow.createCell(first + i).setCellStyle(base.getCellStyle());
                }
            }
        }
        int last = first + Math.max(headers.size(), 1) - 1;
        forEachConditionalFormat(sheet, range -> range.getFirstColumn() <= first && range.getLastColumn() == first
                ? new CellRangeAddress(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(), last) : range);
    }

    /** Writes a small table in place; the rows below it move down. An empty table shows one row "（无）". */
    public void fillTable(String sheetName, String table, List<? extends List<?>> rows) {
        requireTemplatePhase();
        XSSFSheet sheet = sheet(sheetName);
        CellAddress at = marker(sheet, "{{" + ROWS + table + "}}");
        StyleRow style = StyleRow.of(sheet.getRow(at.getRow()), at.getColumn());
        int count = Math.max(rows.size(), 1);
        if (count > 1 && sheet.getLastRowNum() > at.getRow()) {
            sheet.shiftRows(at.getRow() + 1, sheet.getLastRowNum(), count - 1, true, false);
            moveDownBelow(sheet, at.getRow(), count - 1);
        }
        for (int i = 0; i < count; i++) {
            XSSFRow row = i == 0 ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow() + i);
            cells.writeRow(row, style, rows.isEmpty() ? List.of(NONE) : rows.get(i));
        }
        stretchOverRows(sheet, at.getRow(), count);
    }

    /** A chart picture and the size it is shown at, in screen pixels (96 per inch). */
    public record Picture(byte[] png, int width, int height) {
    }

    /** Places pictures one below the other, from two rows below the sheet's last row, each on a page of its own. */
    public void addPictures(String sheetName, List<Picture> pictures) {
        requireTemplatePhase();
        XSSFSheet sheet = sheet(sheetName);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int row = sheet.getLastRowNum() + 2;
        for (Picture picture : pictures) {
            int index = template.addPicture(picture.png(), Workbook.PICTURE_TYPE_PNG);
            Dimension natural = naturalSize(picture);
            XSSFClientAnchor anchor = template.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(row);
            // an anchor of the image's size (at its dpi) within its first cell, which resize(1, 1) spreads over the
            // cells, as resize() would, but without decoding the image; resize(x, y) then scales the anchor
            anchor.setCol2(0);
            anchor.setRow2(row);
            anchor.setDx2(natural.width * Units.EMU_PER_PIXEL);
            anchor.setDy2(natural.height * Units.EMU_PER_PIXEL);
            XSSFPicture shape = drawing.createPicture(anchor, index);
            shape.resize(1.0, 1.0);
            shape.resize(picture.width() / natural.getWidth(), picture.height() / natural.getHeight());
            row = shape.getClientAnchor().getRow2() + 2;
            sheet.setRowBreak(row - 1);
        }
    }

    /**
     * The size of a picture in screen pixels at its dpi, as POI's {@code XSSFPicture.getImageDimension()} works it out,
     * from the PNG's header and pHYs chunk only: POI decodes the whole image for it.
     */
    private Dimension naturalSize(Picture picture) {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(picture.png()))) {
            reader.setInput(in);
            int[] dpi = ImageUtils.getResolution(reader);
            int dpiX = dpi[0] == 0 ? Units.PIXEL_DPI : dpi[0];
            int dpiY = dpi[1] == 0 ? Units.PIXEL_DPI : dpi[1];
            return new Dimension(reader.getWidth(0) * Units.PIXEL_DPI / dpiX,
                    reader.getHeight(0) * Units.PIXEL_DPI / dpiY);
        } catch (IOException e) {
            throw new UserFacingException("workbook " + source + ": a chart is not a readable PNG: " + e.getMessage(), e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * Ends the in-place phase: every table not filled yet must be the last row of its sheet, and is written from now
     * on through {@link #stream}, keeping {@code window} rows per sheet in memory.
     */
    public void startStreaming(int window) {
        requireTemplatePhase();
        for (int s = 0; s < template.getNumberOfSheets(); s++) {
            XSSFSheet sheet = template.getSheetAt(s);
            List<Cell> markers = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (isMarker(cell, ROWS)) {
                        markers.add(cell);
                    }
                }
            }
            for (Cell cell : markers) {
                String table = cell.getStringCellValue().strip();
                if (cell.getRowIndex() != sheet.getLastRowNum()) {
                    throw new UserFacingException("workbook template " + source + ", sheet " + sheet.getSheetName()
                            + ": " + table + " must be in the sheet's last row (a long table is written below "
                            + "everything else)");
                }
                streamedTables.put(key(sheet.getSheetName(), table),
                        StyleRow.of(sheet.getRow(cell.getRowIndex()), cell.getColumnIndex()));
                sheet.removeRow(sheet.getRow(cell.getRowIndex()));
            }
        }
        streaming = new StreamedWorkbook(template, window, cells);
    }

    /**
     * Whether the template has the table {@code {{rows:table}}} on the sheet (still to be written): a table a newer
     * version added may be missing from a template restyled before.
     */
    public boolean hasTable(String sheetName, String table) {
        String marker = "{{" + ROWS + table + "}}";
        if (streaming != null) {
            return streamedTables.containsKey(key(sheetName, marker));
        }
        XSSFSheet sheet = template.getSheet(sheetName);
        if (sheet == null) {
            return false;
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && marker.equals(cell.getStringCellValue().strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A long table, written row by row; close it when done. */
    public TableStream stream(String sheetName, String table) {
        if (streaming == null) {
            throw new IllegalStateException("startStreaming() first");
        }
        StyleRow style = streamedTables.remove(key(sheetName, "{{" + ROWS + table + "}}"));
        if (style == null) {
            throw new UserFacingException("workbook template " + source + ": sheet " + sheetName
                    + " has no row marked {{" + ROWS + table + "}} (or it was written already)");
        }
        return new TableStream(sheetName, style, streaming.table(sheetName, style, TemplateWorkbook::overflowRow));
    }

    /** The sheet's last row when a table has more rows than a sheet can have. */
    private static List<?> overflowRow(long omitted) {
        return List.of(String.format(
                "另有 %,d 行未列出：超出 Excel 工作表 %,d 行的上限（%,d more rows not listed: beyond Excel's limit of rows per sheet）",
                omitted, StreamedTable.LAST_ROW_INDEX + 1, omitted));
    }

    /**
     * A long table of the template, its rows streamed by {@code report.sheet}; when closed, an empty table shows one
     * row "（无）", and the conditional formats and the autofilter of its style row are stretched over its rows.
     */
    public final class TableStream implements AutoCloseable {

        private final String sheetName;
        private final StyleRow style;
        private final StreamedTable rows;

        private TableStream(String sheetName, StyleRow style, StreamedTable rows) {
            this.sheetName = sheetName;
            this.style = style;
            this.rows = rows;
        }

        /**
         * Writes the next row; beyond the last row a sheet can have (Excel: 1,048,576), rows are counted instead and
         * the sheet's last row says how many were left out.
         */
        public void row(List<?> values) {
            rows.row(values);
        }

        /** Rows not written for want of room in the sheet. */
        long omitted() {
            return rows.omitted();
        }

        @Override
        public void close() {
            if (rows.count() == 0) {
                rows.row(List.of(NONE));
            }
            rows.close();
            stretchOverRows(template.getSheet(sheetName), style.row(), rows.count());
        }
    }

    /** Document properties: the title, and the generated time as created and modified time. */
    public void describe(String title, LocalDateTime generated) {
        POIXMLProperties.CoreProperties core = template.getProperties().getCoreProperties();
        Date when = Date.from(generated.atZone(ZoneId.systemDefault()).toInstant());
        core.setTitle(title);
        core.setCreator("unionstat");
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
    }

    /** Writes the workbook through a temporary file, so a failure never leaves half a workbook behind. */
    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // not Files.createTempFile: its owner-only permissions would stay on the moved workbook
            Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    if (streaming != null) {
                        streaming.write(out);
                    } else {
                        template.write(out);
                    }
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the spooled sheets and closes the template; closing again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (streaming != null) {
            streaming.close();
            return;
        }
        try {
            template.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frozen pane and the autofilter below a table move down with the rows (shiftRows moves neither). */
    private static void moveDownBelow(XSSFSheet sheet, int row, int by) {
        PaneInformation pane = sheet.getPaneInformation();
        if (pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() > row) {
            sheet.createFreezePane(pane.getVerticalSplitPosition(), pane.getHorizontalSplitPosition() + by);
        }
        if (sheet.getCTWorksheet().isSetAutoFilter()) {
            CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
            if (filter.getFirstRow() > row) {
                sheet.setAutoFilter(new CellRangeAddress(filter.getFirstRow() + by, filter.getLastRow() + by,
                        filter.getFirstColumn(), filter.getLastColumn()));
            }
        }
    }

    /**
     * Stretches the conditional formats and the autofilter that cover a style row over the rows written from it, and
     * in the formats' formulas the ranges of the style row alone written with absolute rows ({@code J$9:J$9}, "this
     * column of the table"), so that a rule can compare a cell with the whole table.
     */
    private void stretchOverRows(XSSFSheet sheet, int styleRow, int count) {
        int last = styleRow + count - 1;
        forEachConditionalFormat(sheet, range -> range.getFirstRow() <= styleRow && range.getLastRow() == styleRow
                ? new CellRangeAddress(range.getFirstRow(), last, range.getFirstColumn(), range.getLastColumn()) : range);
        if (count > 1) {
            stretchFormulaRanges(sheet, styleRow, last);
        }
        stretchDataValidations(sheet, styleRow, last);
        if (sheet.getCTWorksheet().isSetAutoFilter()) {
            CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
            if (filter.getFirstRow() < styleRow && filter.getLastRow() == styleRow) {
                sheet.setAutoFilter(new CellRangeAddress(filter.getFirstRow(), last, filter.getFirstColumn(),
                        filter.getLastColumn()));
            }
        }
    }

    /** A data validation (a list to choose from) of the style row's cells covers the rows written from it. */
    private static void stretchDataValidations(XSSFSheet sheet, int styleRow, int last) {
        if (!sheet.getCTWorksheet().isSetDataValidations()) {
            return;
        }
        for (CTDataValidation validation : sheet.getCTWorksheet().getDataValidations().getDataValidationArray()) {
            List<String> ranges = new ArrayList<>();
            boolean changed = false;
            for (Object ref : validation.getSqref()) {
                for (String part : ref.toString().split(" ")) {
                    CellRangeAddress range = CellRangeAddress.valueOf(part);
                    if (range.getFirstRow() <= styleRow && range.getLastRow() == styleRow) {
                        range = new CellRangeAddress(range.getFirstRow(), last, range.getFirstColumn(),
                                range.getLastColumn());
                        changed = true;
                    }
                    ranges.add(range.formatAsString());
                }
            }
            if (changed) {
                validation.setSqref(ranges);
            }
        }
    }

    /** In conditional formats' formulas: {@code X$r:Y$r}, r the style row (1-based), becomes {@code X$r:Y$last}. */
    private static void stretchFormulaRanges(XSSFSheet sheet, int styleRow, int last) {
        Pattern styleRowRange = Pattern.compile("(\\$?[A-Z]{1,3})\\$" + (styleRow + 1) + ":(\\$?[A-Z]{1,3})\\$"
                + (styleRow + 1) + "(?![0-9])");
        String replacement = "$1\\$" + (styleRow + 1) + ":$2\\$" + (last + 1);
        for (CTConditionalFormatting format : sheet.getCTWorksheet().getConditionalFormattingArray()) {
            for (CTCfRule rule : format.getCfRuleArray()) {
                for (int i = 0; i < rule.sizeOfFormulaArray(); i++) {
                    String formula = rule.getFormulaArray(i);
                    String stretched = styleRowRange.matcher(formula).replaceAll(replacement);
                    if (!stretched.equals(formula)) {
                        rule.setFormulaArray(i, stretched);
                    }
                }
            }
        }
    }

    private static void forEachConditionalFormat(XSSFSheet sheet,
            UnaryOperator<CellRangeAddress> change) {
        XSSFSheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting format = formats.getConditionalFormattingAt(i);
            CellRangeAddress[] ranges = format.getFormattingRanges();
            boolean changed = false;
            for (int r = 0; r < ranges.length; r++) {
                CellRangeAddress changedRange = change.apply(ranges[r]);
                changed |= !changedRange.equals(ranges[r]);
                ranges[r] = changedRange;
            }
            if (changed) {
                format.setFormattingRanges(ranges);
            }
        }
    }

    private XSSFSheet sheet(String name) {
        XSSFSheet sheet = template.getSheet(name);
        if (sheet == null) {
            throw new UserFacingException("workbook template " + source + " has no sheet named " + name);
        }
        return sheet;
    }

    private CellAddress marker(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue().strip())) {
                    return cell.getAddress();
                }
            }
        }
        throw new UserFacingException("workbook template " + source + ", sheet " + sheet.getSheetName()
                + ": no cell holds " + text);
    }

    private static boolean isMarker(Cell cell, String kind) {
        return cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().startsWith("{{" + kind);
    }

    private void requireTemplatePhase() {
        if (streaming != null) {
            throw new IllegalStateException("the template phase is over: only stream() after startStreaming()");
        }
    }

    private static String key(String sheet, String table) {
        return sheet + "\u0000" + table;
    }
}
