package org.unionstat.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The corpus of hostile and broken inputs, made by code so that it stays small: workbooks written as their XML (cells
 * POI's writer does not make: cached formula errors, ISO date cells, rows of a million cells), and the values that
 * once broke an import.
 */
public final class HostileFiles {

    /** Texts that must come back exactly as they were stored. */
    public static final String[] ROUND_TRIP_NAMES = {"NULL", "\\N", "null", "say \"hi\"", "back\\slash\\", "tab\there",
        "two\nlines", "emoji 😀 工会", "=HYPERLINK(\"http://x\",\"y\")"};

    private HostileFiles() {
    }

    /**
     * A workbook of one sheet whose rows are given as the XML of their cells ({@code <c r="A1" t="inlineStr">…}), for
     * rows 1, 2, …; {@link #text} and {@link #number} make cells.
     */
    public static Path xlsx(Path file, String... rowsOfCells) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="报表" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer sheet = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 0; r < rowsOfCells.length; r++) {
                sheet.write("<row r=\"" + (r + 1) + "\">" + rowsOfCells[r] + "</row>");
            }
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row's cells as inline strings from column A on. */
    public static String texts(String... values) {
        StringBuilder cells = new StringBuilder();
        for (String value : values) {
            cells.append(text(value));
        }
        return cells.toString();
    }

    public static String text(String value) {
        return "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">" + value.replace("&", "&amp;").replace("<", "&lt;")
                + "</t></is></c>";
    }

    public static String number(String value) {
        return "<c><v>" + value + "</v></c>";
    }

    /** A formula cell whose cached result is an error ({@code #N/A}, {@code #DIV/0!}). */
    public static String formulaError(String error) {
        return "<c t=\"e\"><f>1/0</f><v>" + error + "</v></c>";
    }

    /** A date cell in ISO 8601 ({@code t="d"}), as some producers write them. */
    public static String isoDate(String value) {
        return "<c t=\"d\"><v>" + value + "</v></c>";
    }

    /** {@code count} empty cells: a row far wider than any header. */
    public static String emptyCells(int count) {
        return "<c/>".repeat(count);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
