package org.unionstat.tools.sample;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** RFC 4180 CSV in the style's encoding, streamed to disk. Text a GBK file cannot hold is an error, never a '?'. */
final class CsvTableWriter implements TableWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Writer out;
    private final FileStyle style;
    private final String eol;
    private final StringBuilder line = new StringBuilder(512);

    CsvTableWriter(Path file, FileStyle style) throws IOException {
        this.style = style;
        this.eol = style.lineSeparator();
        OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (style.format() == FileStyle.Format.CSV_UTF8_BOM) {
            stream.write(BOM);
        }
        this.out = new BufferedWriter(new OutputStreamWriter(stream, style.format().charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        line.setLength(0);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            appendEscaped(render(cells.get(i)));
        }
        line.append(eol);
        out.append(line);
    }

    @Override
    public void blankLine() throws IOException {
        out.write(eol);
    }

    private String render(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Integer || cell instanceof Long) {
            return style.numbers().format(((Number) cell).longValue());
        }
        if (cell instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (cell instanceof LocalDate date) {
            return style.dateForm().format(date);
        }
        return cell.toString();
    }

    private void appendEscaped(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
