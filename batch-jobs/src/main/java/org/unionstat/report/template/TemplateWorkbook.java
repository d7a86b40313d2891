package org.unionstat.report.template;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
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

import org.unionstat.domain.UserFacingException;
import org.unionstat.report.sheet.SheetXmlWriter;

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
 * tables left (each must be the last row of its sheet) are written through SXSSF ({@link #stream}), which keeps only
 * a window of rows in memory, so a sheet of 100,000 unions needs no more heap than one of a hundred.
 *
 * <p>Text never becomes a formula: strings are written as string cells, and one that starts like a formula
 * ({@code = + - @}) gets a quote-prefixed style, so Excel keeps it text even when the cell is edited.
 */
public final class TemplateWorkbook implements AutoCloseable {

    public static final String NONE = "（无）";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]+)}}");
    private static final String ROWS = "rows:";
    private static final String COLUMNS = "columns:";
    private static final int MAX_CELL_TEXT = 32_767;

    private final String source;
    private final XSSFWorkbook template;
    private final Map<String, StyleRow> streamedTables = new LinkedHashMap<>();
    private final Map<Integer, CellStyle> quotedStyles = new HashMap<>();
    private FastDeflatingWorkbook streaming;
    private final boolean date1904;
    private boolean closed;

    /** @param source names the template in messages, e.g. {@code templates/assessment.xlsx} */
    TemplateWorkbook(String source, XSSFWorkbook template) {
        this.source = source;
        this.template = template;
        this.date1904 = template.isDate1904();
    }

    static TemplateWorkbook open(String source, InputStream in) {
        try {
            return new TemplateWorkbook(source, new XSSFWorkbook(in));
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("cannot read the workbook template " + source + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the {@code {{name}}} placeholders of every sheet; unknown ones are left as they are. */
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
                        put(cell, values.get(whole.group(1)), cell.getCellStyle());
                        continue;
                    }
                    Matcher m = PLACEHOLDER.matcher(text);
                    StringBuilder replaced = new StringBuilder();
                    while (m.find()) {
                        Object value = values.containsKey(m.group(1)) ? values.get(m.group(1)) : m.group();
                        m.appendReplacement(replaced, Matcher.quoteReplacement(value == null ? "" : value.toString()));
                    }
                    m.appendTail(replaced);
                    put(cell, replaced.toString(), cell.getCellStyle());
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
            put(sheet.getRow(at.getRow()).createCell(first + i), i < headers.size() ? headers.get(i) : null, headerStyle);
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
            writeRow(row, style, rows.isEmpty() ? List.of(NONE) : rows.get(i));
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
            XSSFClientAnchor anchor = template.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(row);
            XSSFPicture shape = drawing.createPicture(anchor, index);
            // resize() sizes the anchor to the image (at the image's dpi); resize(x, y) then scales the anchor
            shape.resize();
            Dimension natural = shape.getImageDimension();
            shape.resize(picture.width() / natural.getWidth(), picture.height() / natural.getHeight());
            row = shape.getClientAnchor().getRow2() + 2;
            sheet.setRowBreak(row - 1);
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
        streaming = new FastDeflatingWorkbook(template, window);
    }

    /**
     * SXSSF writing its zip at deflate level 1 instead of the default 6: a workbook of a million unions is mostly
     * sheet XML, and deflating it is the largest part of the report's time once the XML is cheap to make. Measured at
     * 1M reports (all outputs side by side, MariaDB): the report took 17.3 s at level 3 and 15.8 s at level 1, its
     * files 220 MB and 257 MB (at level 6, before the sheet writer: 54 s against 49 s at level 3).
     */
    private static final class FastDeflatingWorkbook extends SXSSFWorkbook {

        private static final int DEFLATE_LEVEL = 1;

        private List<SheetXmlWriter> writers;

        FastDeflatingWorkbook(XSSFWorkbook template, int window) {
            super(template, window);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(DEFLATE_LEVEL);
            return zip;
        }

        /** Sheets are spooled to temporary files by a writer made for the cells of a report. */
        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            // called by the constructor of SXSSFWorkbook (before this class's field initialisers would run), once
            // per sheet of the template in their order, then once per sheet created
            if (writers == null) {
                writers = new ArrayList<>();
            }
            SheetXmlWriter writer = new SheetXmlWriter();
            writers.add(writer);
            return writer;
        }

        /** The writer of the sheet at {@code index}. */
        SheetXmlWriter writer(int index) {
            if (writers.size() != getNumberOfSheets()) {
                throw new IllegalStateException(writers.size() + " sheet writers for " + getNumberOfSheets() + " sheets");
            }
            return writers.get(index);
        }
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
        return new TableStream(sheetName, style);
    }

    /** The last row a sheet can have (0-based), Excel's limit. */
    static final int LAST_ROW_INDEX = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    /**
     * A long table's rows, written straight to the sheet's spool as the XML SXSSF would write for the same cells
     * ({@link #put}), without a row and cell objects per row (at a million unions the report took 17 s instead of
     * 19-21 s). The table's last row alone is made by SXSSF, so that SXSSF knows the columns the table spans when it
     * sets the sheet's dimension.
     */
    public final class TableStream implements AutoCloseable {

        private final String sheetName;
        private final SheetXmlWriter writer;
        private final StyleRow style;
        private final SXSSFSheet sheet;
        private List<?> last;
        private int count;
        private long omitted;

        private TableStream(String sheetName, StyleRow style) {
            this.sheetName = sheetName;
            this.sheet = streaming.getSheet(sheetName);
            try {
                sheet.flushRows(); // none are expected; any there are come before the table's
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.writer = streaming.writer(streaming.getSheetIndex(sheet));
            this.style = style;
        }

        /**
         * Writes the next row; beyond the last row a sheet can have (Excel: 1,048,576), rows are counted instead and
         * the sheet's last row says how many were left out.
         */
        public void row(List<?> values) {
            if (style.row() + count >= LAST_ROW_INDEX) {
                omitted++;
                return;
            }
            if (last != null) {
                write(style.row() + count - 1, last);
            }
            last = values;
            count++;
        }

        /** Rows not written for want of room in the sheet. */
        long omitted() {
            return omitted;
        }

        int count() {
            return count;
        }

        /** Whether the table's {@code n}th row is held in memory (none is: each goes to the spool as written). */
        boolean inMemory(int n) {
            return sheet.getRow(style.row() + n) != null;
        }

        @Override
        public void close() {
            if (count == 0) {
                row(List.of(NONE));
            }
            if (omitted > 0) {
                write(style.row() + count - 1, last);
                writeRow(sheet.createRow(LAST_ROW_INDEX), style, List.of(String.format(
                        "另有 %,d 行未列出：超出 Excel 工作表 %,d 行的上限（%,d more rows not listed: beyond Excel's limit of rows per sheet）",
                        omitted, LAST_ROW_INDEX + 1, omitted)));
            } else {
                writeRow(sheet.createRow(style.row() + count - 1), style, last);
            }
            stretchOverRows(template.getSheet(sheetName), style.row(), count);
        }

        private void write(int rownum, List<?> values) {
            int width = Math.max(values.size(), style.styles().size());
            try {
                writer.startRow(rownum, style.height());
                for (int i = 0; i < width; i++) {
                    writeCell(style.firstColumn() + i, i < values.size() ? values.get(i) : null, style.style(i));
                }
                writer.endRow(style.firstColumn() + width);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spool sheet " + sheetName + ": " + e.getMessage(), e);
            }
        }

        /** As {@link #put} sets a cell, and SXSSF then writes it. */
        private void writeCell(int column, Object value, CellStyle cellStyle) throws IOException {
            CellStyle base = cellStyle != null ? cellStyle : streaming.getCellStyleAt(0);
            CellContent content = CellContent.of(value, date1904);
            switch (content.kind()) {
                case BLANK -> writer.blankCell(column, index(base));
                case NUMBER -> writer.numberCell(column, index(base), content.number());
                case TEXT -> writer.textCell(column, index(content.formulaLike() ? quoted(base) : base),
                        content.text());
            }
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
                    workbook().write(out);
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
        try {
            if (streaming != null) {
                streaming.dispose();
                streaming.close();
            } else {
                template.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A style's index as a cell's {@code s} attribute gives it. */
    private static int index(CellStyle style) {
        return style.getIndex() & 0xffff;
    }

    /**
     * What a table's value becomes in its cell, for cells set through POI ({@link #put}) and for rows written straight
     * to a sheet's spool ({@link TableStream}) alike: nothing for null, a number (a date or a time as the day number
     * Excel holds for it), or a text cut to the longest a cell holds, shown quote-prefixed when it would start a
     * formula.
     */
    private record CellContent(Kind kind, double number, String text) {

        enum Kind { BLANK, NUMBER, TEXT }

        private static final CellContent BLANK = new CellContent(Kind.BLANK, 0, null);

        static CellContent of(Object value, boolean date1904) {
            if (value == null) {
                return BLANK;
            }
            if (value instanceof Number number) {
                return new CellContent(Kind.NUMBER, number.doubleValue(), null);
            }
            if (value instanceof LocalDate date) {
                return new CellContent(Kind.NUMBER, DateUtil.getExcelDate(date.atStartOfDay(), date1904), null);
            }
            if (value instanceof LocalDateTime time) {
                return new CellContent(Kind.NUMBER, DateUtil.getExcelDate(time, date1904), null);
            }
            String text = value.toString();
            return new CellContent(Kind.TEXT, 0,
                    text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text);
        }

        boolean formulaLike() {
            return kind == Kind.TEXT && looksLikeFormula(text);
        }
    }

    /** Whether a text would start a formula if typed into Excel: it is then written quote-prefixed. */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private void writeRow(Row row, StyleRow style, List<?> values) {
        if (style.height() >= 0) {
            row.setHeight(style.height());
        }
        int width = Math.max(values.size(), style.styles().size());
        for (int i = 0; i < width; i++) {
            put(row.createCell(style.firstColumn() + i), i < values.size() ? values.get(i) : null, style.style(i));
        }
    }

    private void put(Cell cell, Object value, CellStyle style) {
        if (style != null) {
            cell.setCellStyle(style);
        }
        CellContent content = CellContent.of(value, date1904);
        switch (content.kind()) {
            case BLANK -> cell.setBlank();
            case NUMBER -> cell.setCellValue(content.number());
            case TEXT -> {
                if (content.formulaLike()) {
                    cell.setCellStyle(quoted(cell.getCellStyle()));
                }
                cell.setCellValue(content.text());
            }
        }
    }

    private CellStyle quoted(CellStyle base) {
        if (base.getQuotePrefixed()) {
            return base;
        }
        return quotedStyles.computeIfAbsent((int) base.getIndex(), index -> {
            CellStyle style = workbook().createCellStyle();
            style.cloneStyleFrom(base);
            style.setQuotePrefixed(true);
            return style;
        });
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
        if (sheet.getCTWorksheet().isSetAutoFilter()) {
            CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
            if (filter.getFirstRow() < styleRow && filter.getLastRow() == styleRow) {
                sheet.setAutoFilter(new CellRangeAddress(filter.getFirstRow(), last, filter.getFirstColumn(),
                        filter.getLastColumn()));
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

    private Workbook workbook() {
        return streaming != null ? streaming : template;
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

    /** The style row of a table: where it starts, the style of each column, the row height (-1: default). */
    private record StyleRow(int row, int firstColumn, List<CellStyle> styles, short height) {

        static StyleRow of(XSSFRow row, int firstColumn) {
            List<CellStyle> styles = new ArrayList<>();
            for (int c = firstColumn; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                styles.add(cell == null ? null : cell.getCellStyle());
            }
            boolean custom = row.getCTRow().isSetCustomHeight() && row.getCTRow().getCustomHeight();
            return new StyleRow(row.getRowNum(), firstColumn, styles, custom ? row.getHeight() : -1);
        }

        CellStyle style(int column) {
            return column < styles.size() ? styles.get(column) : null;
        }
    }
}
