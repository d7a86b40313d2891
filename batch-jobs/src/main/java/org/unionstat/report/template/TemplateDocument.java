package org.unionstat.report.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

import org.unionstat.domain.UserFacingException;

/**
 * A Word document filled from a template (templates/*.docx). The template owns the layout and the fixed wording:
 * styles, fonts, page setup, headers and footers, headings, table borders and widths. This class only puts content
 * in, following five kinds of marker a statistician can see and move in Word or WPS:
 * <ul>
 * <li>{@code {{name}}} anywhere in a text is replaced by a value; {@code {{seq:name}}} by the next of 一, 二, 三, …
 * (counted separately per name, in the order the kept paragraphs come).</li>
 * <li>{@code {{if:condition}}} at the start of a paragraph keeps the paragraph (without the marker) when the
 * condition holds and removes it otherwise; at the start of a table's first cell, the same for the whole table.</li>
 * <li>A paragraph holding only {@code {{block:name}}} is replaced by generated paragraphs in its style.</li>
 * <li>A table row whose cells hold {@code {{table.field}}} is the <em>style row</em> of table {@code table}: one row
 * is written per data row, each a copy of the style row with its fields filled in. A field the content marks as
 * absent (an optional column with nothing to show) removes its column.</li>
 * <li>A paragraph holding only {@code {{chart:name}}} is replaced by pictures, one paragraph each, as wide as the
 * text.</li>
 * </ul>
 * A marker of an unknown block, table, field, chart or condition stops the document with a message naming it: a typo
 * must not silently drop a section.
 */
public final class TemplateDocument implements AutoCloseable {

    public static final String NONE = TemplateWorkbook.NONE;

    private static final Pattern MARKER = Pattern.compile("\\{\\{([^{}]+)}}");
    private static final Pattern FIELD = Pattern.compile("\\{\\{([A-Za-z][\\w-]*)\\.([A-Za-z][\\w-]*)}}");
    private static final Pattern LEADING_CONDITION = Pattern.compile("^\\s*\\{\\{if:([^{}]+)}}");
    private static final Pattern CONTROL = Pattern.compile("\\{\\{(if|block|chart|seq):[^{}]*}}");
    private static final String NUMERALS = "一二三四五六七八九十";
    /** Text width when a template states no page size: A4 with 2.8 cm and 2.6 cm margins. */
    private static final long DEFAULT_TEXT_WIDTH_TWIPS = 8_844;

    /** A piece of a generated paragraph; bold for a lead-in. */
    public record Span(String text, boolean bold) {
    }

    /** A generated paragraph. */
    public record Paragraph(List<Span> spans) {

        public static Paragraph of(String text) {
            return new Paragraph(List.of(new Span(text, false)));
        }

        /** A bold lead-in followed by plain text, as official documents open a point. */
        public static Paragraph lead(String lead, String text) {
            return new Paragraph(List.of(new Span(lead, true), new Span(text, false)));
        }

        public String text() {
            StringBuilder text = new StringBuilder();
            spans.forEach(s -> text.append(s.text()));
            return text.toString();
        }
    }

    /**
     * A table's rows, each a map from field to text, and the fields that have nothing to show in this document
     * (their columns are removed).
     */
    public record Table(List<Map<String, String>> rows, Set<String> absent) {

        public Table {
            rows = List.copyOf(rows);
            absent = Set.copyOf(absent);
        }

        public static Table of(List<Map<String, String>> rows) {
            return new Table(rows, Set.of());
        }
    }

    /** A picture and the size it is meant to be shown at, in screen pixels (its proportions are kept). */
    public record Picture(byte[] png, int width, int height) {
    }

    /**
     * Everything a template is filled with: placeholder values, the conditions of {@code {{if:…}}} (a name missing
     * from the map is an unknown condition), generated paragraphs, tables and pictures by name.
     */
    public record Content(Map<String, ?> values, Map<String, Boolean> conditions,
            Map<String, List<Paragraph>> blocks, Map<String, Table> tables, Map<String, List<Picture>> pictures) {
    }

    private final String source;
    private final XWPFDocument document;

    /** @param source names the template in messages, e.g. {@code templates/report.docx} */
    TemplateDocument(String source, XWPFDocument document) {
        this.source = source;
        this.document = document;
    }

    static TemplateDocument open(String source, InputStream in) {
        try {
            return new TemplateDocument(source, new XWPFDocument(in));
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("cannot read the document template " + source + ": " + e.getMessage(), e);
        }
    }

    /** Fills the template: conditions first, then placeholders, then tables, blocks and pictures. */
    public void fill(Content content) {
        applyConditions(content.conditions());
        Map<String, Integer> sequences = new HashMap<>();
        Function<String, String> values = name -> value(content.values(), sequences, name);
        for (XWPFParagraph paragraph : allParagraphs()) {
            replaceMarkers(paragraph, values);
        }
        requireWellPlaced();
        for (XWPFTable table : new ArrayList<>(document.getTables())) {
            fillTable(table, content.tables());
        }
        for (IBodyElement element : List.copyOf(document.getBodyElements())) {
            if (!(element instanceof XWPFParagraph paragraph)) {
                continue;
            }
            String name = standalone(paragraph, "block");
            if (name != null) {
                List<Paragraph> block = require(content.blocks(), name, "block");
                block.forEach(p -> writeParagraph(insertBefore(paragraph), paragraph, p));
                remove(paragraph);
                continue;
            }
            name = standalone(paragraph, "chart");
            if (name != null) {
                for (Picture picture : require(content.pictures(), name, "chart")) {
                    writePicture(insertBefore(paragraph), paragraph, picture, name);
                }
                remove(paragraph);
            }
        }
    }

    /** The name of a {@code {{kind:name}}} marker that is a body paragraph's whole text, else null. */
    private static String standalone(XWPFParagraph paragraph, String kind) {
        String text = paragraph.getText().strip();
        String start = "{{" + kind + ":";
        return text.startsWith(start) && text.endsWith("}}") && text.indexOf("{{", 2) < 0
                ? text.substring(start.length(), text.length() - 2).strip() : null;
    }

    /**
     * Once conditions and placeholders are done, the markers left that steer the filling must stand where they work:
     * blocks and charts alone in a paragraph of the body (not in a table, header or footer).
     */
    private void requireWellPlaced() {
        List<XWPFParagraph> body = document.getParagraphs();
        for (XWPFParagraph paragraph : allParagraphs()) {
            Matcher m = CONTROL.matcher(paragraph.getText());
            while (m.find()) {
                String kind = m.group(1);
                boolean alone = body.contains(paragraph) && standalone(paragraph, kind) != null;
                if (!alone || kind.equals("if") || kind.equals("seq")) {
                    throw broken("the marker " + m.group() + (kind.equals("if")
                            ? " must open a paragraph of the body, or the first cell of a table"
                            : " must stand alone in a paragraph of the body"));
                }
            }
        }
    }

    /** The names of the charts the template asks for ({@code {{chart:name}}}), whatever their conditions. */
    public Set<String> chartNames() {
        Set<String> names = new TreeSet<>();
        for (XWPFParagraph paragraph : allParagraphs()) {
            Matcher m = CONTROL.matcher(paragraph.getText());
            while (m.find()) {
                if (m.group(1).equals("chart")) {
                    String marker = m.group();
                    names.add(marker.substring("{{chart:".length(), marker.length() - 2).strip());
                }
            }
        }
        return names;
    }

    /** Sets the document's title, author and creation time (its properties in Word's File › Info). */
    public void describe(String title, LocalDateTime generated) {
        POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator("unionstat");
        core.setCreated(Optional.of(Date.from(generated.atZone(ZoneId.systemDefault()).toInstant())));
    }

    /** Writes the document to {@code file}, whole or not at all (written aside, then moved into place). */
    public void write(Path file) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(temp)) {
                document.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the next report writes it again
            }
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- conditions

    private void applyConditions(Map<String, Boolean> conditions) {
        for (IBodyElement element : List.copyOf(document.getBodyElements())) {
            XWPFParagraph paragraph = element instanceof XWPFParagraph p ? p
                    : element instanceof XWPFTable t ? firstParagraph(t) : null;
            if (paragraph == null) {
                continue;
            }
            Matcher m = LEADING_CONDITION.matcher(paragraph.getText());
            if (!m.find()) {
                continue;
            }
            if (holds(conditions, m.group(1).strip())) {
                replaceMarkers(paragraph, marker -> marker.equals("if:" + m.group(1)) ? "" : null, true);
            } else if (element instanceof XWPFTable table) {
                document.removeBodyElement(document.getPosOfTable(table));
            } else {
                remove(paragraph);
            }
        }
    }

    /** {@code name}, or {@code !name} for its opposite. */
    private boolean holds(Map<String, Boolean> conditions, String condition) {
        boolean negated = condition.startsWith("!");
        String name = negated ? condition.substring(1).strip() : condition;
        Boolean value = conditions.get(name);
        if (value == null) {
            throw broken("unknown condition {{if:" + condition + "}} (known: " + String.join(", ",
                    new TreeSet<>(conditions.keySet())) + ")");
        }
        return value != negated;
    }

    private static XWPFParagraph firstParagraph(XWPFTable table) {
        if (table.getRows().isEmpty() || table.getRow(0).getTableCells().isEmpty()) {
            return null;
        }
        List<XWPFParagraph> paragraphs = table.getRow(0).getCell(0).getParagraphs();
        return paragraphs.isEmpty() ? null : paragraphs.get(0);
    }

    // ---- placeholders

    private static String value(Map<String, ?> values, Map<String, Integer> sequences, String name) {
        if (name.startsWith("seq:")) {
            int n = sequences.merge(name, 1, Integer::sum);
            return numeral(n);
        }
        if (values.containsKey(name)) {
            Object value = values.get(name);
            return value == null ? "" : value.toString();
        }
        return null;
    }

    /** 一 … 十, then 十一 … 九十九. */
    public static String numeral(int n) {
        if (n <= 10) {
            return String.valueOf(NUMERALS.charAt(n - 1));
        }
        int tens = n / 10;
        int units = n % 10;
        return (tens == 1 ? "" : String.valueOf(NUMERALS.charAt(tens - 1))) + "十"
                + (units == 0 ? "" : String.valueOf(NUMERALS.charAt(units - 1)));
    }

    private static void replaceMarkers(XWPFParagraph paragraph, Function<String, String> values) {
        replaceMarkers(paragraph, values, false);
    }

    /**
     * Replaces each {@code {{marker}}} for which {@code values} answers a text (null: left as it is), also when Word
     * has split the marker over several runs: the replacement goes into the run where the marker starts, in that
     * run's formatting. With {@code firstOnly}, only the first marker is looked at.
     */
    private static void replaceMarkers(XWPFParagraph paragraph, Function<String, String> values, boolean firstOnly) {
        List<XWPFRun> runs = paragraph.getRuns();
        List<String> texts = new ArrayList<>();
        StringBuilder whole = new StringBuilder();
        for (XWPFRun run : runs) {
            String text = runText(run);
            texts.add(text);
            whole.append(text);
        }
        if (whole.indexOf("{{") < 0) {
            return;
        }
        List<int[]> replaced = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        Matcher m = MARKER.matcher(whole);
        while (m.find()) {
            String replacement = values.apply(m.group(1));
            if (replacement != null) {
                replaced.add(new int[] {m.start(), m.end()});
                replacements.add(replacement);
            }
            if (firstOnly) {
                break;
            }
        }
        for (int i = replaced.size() - 1; i >= 0; i--) {
            int start = replaced.get(i)[0];
            int end = replaced.get(i)[1];
            int[] from = locate(texts, start, false);
            int[] to = locate(texts, end, true);
            String first = texts.get(from[0]);
            if (from[0] == to[0]) {
                texts.set(from[0], first.substring(0, from[1]) + replacements.get(i) + first.substring(to[1]));
            } else {
                texts.set(from[0], first.substring(0, from[1]) + replacements.get(i));
                for (int r = from[0] + 1; r < to[0]; r++) {
                    texts.set(r, "");
                }
                texts.set(to[0], texts.get(to[0]).substring(to[1]));
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            if (!texts.get(r).equals(runText(runs.get(r)))) {
                setRunText(runs.get(r), texts.get(r));
            }
        }
    }

    /** The run and the offset in it of a position of the paragraph's text (an end position stays in its run). */
    private static int[] locate(List<String> texts, int position, boolean end) {
        int offset = 0;
        for (int r = 0; r < texts.size(); r++) {
            int length = texts.get(r).length();
            if (position < offset + length || (end && position == offset + length && length > 0)) {
                return new int[] {r, position - offset};
            }
            offset += length;
        }
        return new int[] {texts.size() - 1, texts.get(texts.size() - 1).length()};
    }

    /** A run's text: its text elements only (tabs and breaks stay where they are). */
    private static String runText(XWPFRun run) {
        StringBuilder text = new StringBuilder();
        CTR ctr = run.getCTR();
        for (int i = 0; i < ctr.sizeOfTArray(); i++) {
            text.append(ctr.getTArray(i).getStringValue());
        }
        return text.toString();
    }

    private static void setRunText(XWPFRun run, String text) {
        CTR ctr = run.getCTR();
        for (int i = ctr.sizeOfTArray() - 1; i >= 0; i--) {
            ctr.removeT(i);
        }
        if (!text.isEmpty()) {
            run.setText(text);
        }
    }

    // ---- tables

    private void fillTable(XWPFTable table, Map<String, Table> tables) {
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow styleRow = rows.get(r);
            String name = tableName(styleRow);
            if (name == null) {
                continue;
            }
            Table content = require(tables, name, "table");
            List<List<String>> fields = cellFields(styleRow, name);
            removeAbsentColumns(table, fields, content.absent());
            fields = cellFields(styleRow, name);
            Set<String> known = new LinkedHashSet<>();
            content.rows().forEach(row -> known.addAll(row.keySet()));
            List<Map<String, String>> data = content.rows();
            if (data.isEmpty()) {
                Map<String, String> none = new LinkedHashMap<>();
                fields.stream().flatMap(List::stream).forEach(f -> none.putIfAbsent(f, none.isEmpty() ? NONE : ""));
                data = List.of(none);
                known.addAll(none.keySet());
            }
            for (List<String> cell : fields) {
                for (String field : cell) {
                    if (!known.contains(field)) {
                        throw broken("table " + name + " has no field {{" + name + "." + field + "}} (known: "
                                + String.join(", ", known) + ")");
                    }
                }
            }
            int at = r + 1;
            for (Map<String, String> values : data) {
                XWPFTableRow copy = new XWPFTableRow((CTRow) styleRow.getCtRow().copy(), table);
                for (XWPFTableCell cell : copy.getTableCells()) {
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        replaceMarkers(paragraph, marker -> {
                            int dot = marker.indexOf('.');
                            return dot > 0 && marker.substring(0, dot).equals(name)
                                    ? values.getOrDefault(marker.substring(dot + 1), "") : null;
                        });
                    }
                }
                table.addRow(copy, at++);
            }
            table.removeRow(r);
            return;
        }
    }

    private static String tableName(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) {
            Matcher m = FIELD.matcher(cell.getText());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The fields of each cell of a style row. */
    private List<List<String>> cellFields(XWPFTableRow row, String table) {
        List<List<String>> fields = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            List<String> names = new ArrayList<>();
            Matcher m = FIELD.matcher(cell.getText());
            while (m.find()) {
                if (!m.group(1).equals(table)) {
                    throw broken("one row holds fields of two tables, " + table + " and " + m.group(1));
                }
                names.add(m.group(2));
            }
            fields.add(names);
        }
        return fields;
    }

    /** Removes, in every row, the columns whose style cell holds an absent field (and their grid columns). */
    private static void removeAbsentColumns(XWPFTable table, List<List<String>> fields, Set<String> absent) {
        for (int c = fields.size() - 1; c >= 0; c--) {
            if (fields.get(c).stream().noneMatch(absent::contains)) {
                continue;
            }
            for (XWPFTableRow row : table.getRows()) {
                if (c < row.getTableCells().size()) {
                    row.removeCell(c);
                }
            }
            CTTblGrid grid = table.getCTTbl().getTblGrid();
            if (grid != null && c < grid.sizeOfGridColArray()) {
                grid.removeGridCol(c);
            }
        }
    }

    // ---- blocks and pictures

    private XWPFParagraph insertBefore(XWPFParagraph marker) {
        try (XmlCursor cursor = marker.getCTP().newCursor()) {
            XWPFParagraph inserted = document.insertNewParagraph(cursor);
            if (marker.getCTP().isSetPPr()) {
                inserted.getCTP().setPPr(marker.getCTP().getPPr());
            }
            return inserted;
        }
    }

    /** A generated paragraph, its runs formatted as the marker's first run. */
    private static void writeParagraph(XWPFParagraph target, XWPFParagraph marker, Paragraph paragraph) {
        for (Span span : paragraph.spans()) {
            XWPFRun run = newRun(target, marker);
            if (span.bold()) {
                run.setBold(true);
            }
            run.setText(span.text());
        }
    }

    private static XWPFRun newRun(XWPFParagraph target, XWPFParagraph marker) {
        XWPFRun run = target.createRun();
        if (!marker.getRuns().isEmpty() && marker.getRuns().get(0).getCTR().isSetRPr()) {
            run.getCTR().setRPr(marker.getRuns().get(0).getCTR().getRPr());
        }
        return run;
    }

    private void writePicture(XWPFParagraph target, XWPFParagraph marker, Picture picture, String name) {
        long width = textWidthEmu();
        long height = Math.round((double) width * picture.height() / picture.width());
        XWPFRun run = newRun(target, marker);
        try {
            run.addPicture(new ByteArrayInputStream(picture.png()), Document.PICTURE_TYPE_PNG, name + ".png",
                    (int) width, (int) height);
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("cannot add the picture " + name + ": " + e.getMessage(), e);
        }
    }

    /** The width between the margins of the document's (last) section, in EMU. */
    private long textWidthEmu() {
        long twips = DEFAULT_TEXT_WIDTH_TWIPS;
        CTSectPr section = document.getDocument().getBody().getSectPr();
        if (section != null && section.isSetPgSz() && section.isSetPgMar()) {
            CTPageSz size = section.getPgSz();
            CTPageMar margins = section.getPgMar();
            long page = twips(size.getW());
            long width = page - twips(margins.getLeft()) - twips(margins.getRight());
            if (page > 0 && width > 1_000) {
                twips = width;
            }
        }
        return twips * Units.EMU_PER_POINT / 20;
    }

    private static long twips(Object measure) {
        if (measure instanceof BigInteger b) {
            return b.longValue();
        }
        try {
            return measure == null ? 0 : Long.parseLong(measure.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void remove(XWPFParagraph paragraph) {
        int at = document.getPosOfParagraph(paragraph);
        if (at >= 0) {
            document.removeBodyElement(at);
        }
    }

    private List<XWPFParagraph> allParagraphs() {
        List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    paragraphs.addAll(cell.getParagraphs());
                }
            }
        }
        for (XWPFHeader header : document.getHeaderList()) {
            paragraphs.addAll(header.getParagraphs());
        }
        for (XWPFFooter footer : document.getFooterList()) {
            paragraphs.addAll(footer.getParagraphs());
        }
        return paragraphs;
    }

    private <T> T require(Map<String, T> known, String name, String kind) {
        T value = known.get(name);
        if (value == null) {
            throw broken("unknown " + kind + " " + name + " (known: " + String.join(", ",
                    new TreeSet<>(known.keySet())) + ")");
        }
        return value;
    }

    private UserFacingException broken(String problem) {
        return new UserFacingException("document template " + source + ": " + problem);
    }
}
