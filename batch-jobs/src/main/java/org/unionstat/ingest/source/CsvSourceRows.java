package org.unionstat.ingest.source;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV file (RFC 4180, comma, LF or CRLF) decoded strictly in one charset: a byte sequence that is not
 * valid in it fails with a {@link java.nio.charset.CharacterCodingException}, a broken quote with an
 * {@link IOException} naming the line. The first non-blank record is the header; records whose cells are all empty are
 * blank lines and are neither returned nor counted. Each row keeps its original text.
 */
final class CsvSourceRows implements SourceRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** The longest record read (docs/inputs.md#hostile-input); a report's row is a few hundred characters. */
    static final int MAX_RECORD_CHARS = 1_000_000;

    private final RecordingReader text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final HeaderMapping header;
    /** The parser's next record, read ahead: where it starts is where the current one ends. */
    private CSVRecord next;
    private long line = 1;

    private CsvSourceRows(RecordingReader text, InputLayout layout) throws IOException {
        this.text = text;
        this.parser = CSVParser.parse(text, FORMAT);
        text.parser = parser;
        this.records = parser.iterator();
        this.next = fetch();
        CSVRecord headerRecord = null;
        while (next != null && headerRecord == null) {
            CSVRecord record = advance();
            text.forgetBefore(nextStart());
            if (!CellText.allBlank(record)) {
                headerRecord = record;
            }
        }
        this.header = HeaderMapping.of(layout, headerRecord == null ? List.of() : headerRecord.toList());
    }

    static CsvSourceRows open(Path file, Charset charset, InputLayout layout) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new InputStreamReader(Files.newInputStream(file), decoder);
        try {
            return new CsvSourceRows(new RecordingReader(reader), layout);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public HeaderMapping header() {
        return header;
    }

    @Override
    public SourceRow next() throws IOException {
        while (next != null) {
            long start = next.getCharacterPosition();
            CSVRecord record = advance();
            long end = nextStart();
            String raw = text.slice(start, end);
            text.forgetBefore(end);
            if (CellText.allBlank(record)) {
                continue;
            }
            line++;
            return new SourceRow(line, header.cells(record.toList()), stripLineBreaks(raw));
        }
        return null;
    }

    /** As {@link #next()} without building the rows: parsing is all it does (the quotes of the whole file checked). */
    @Override
    public long countRemaining() throws IOException {
        long count = 0;
        while (next != null) {
            CSVRecord record = advance();
            text.forgetBefore(nextStart());
            if (!CellText.allBlank(record)) {
                count++;
            }
        }
        line += count;
        return count;
    }

    /** Where the read-ahead record starts: the end of the one before it. */
    private long nextStart() {
        return next == null ? text.end() : next.getCharacterPosition();
    }

    /** Returns the read-ahead record and reads the one after it. */
    private CSVRecord advance() throws IOException {
        CSVRecord current = next;
        next = fetch();
        return current;
    }

    private CSVRecord fetch() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            return records.next();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof RecordTooLongException) {
                throw new RecordTooLongException(parser.getCurrentLineNumber());
            }
            throw e.getCause();
        }
    }

    private static String stripLineBreaks(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && (raw.charAt(from) == '\r' || raw.charAt(from) == '\n')) {
            from++;
        }
        while (to > from && (raw.charAt(to - 1) == '\r' || raw.charAt(to - 1) == '\n')) {
            to--;
        }
        return raw.substring(from, to);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /**
     * Passes characters through to the parser and keeps those from the oldest record still needed, so a record's
     * original text can be cut out by its character positions. Drops a leading byte-order mark and refuses NUL
     * characters, which no text file has.
     */
    static final class RecordingReader extends Reader {

        private static final int COMPACT_AT = 1 << 16;

        private final Reader in;
        private final StringBuilder kept = new StringBuilder();
        private long keptFrom;
        /** Where the oldest record still needed starts: what lies after it is the record being read and the next. */
        private long neededFrom;
        private boolean started;
        private CSVParser parser;

        RecordingReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0 && !started) {
                started = true;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    n--;
                    if (n == 0) {
                        return read(buffer, offset, length);
                    }
                }
            }
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\0') {
                    throw new BinaryContentException();
                }
            }
            if (n > 0) {
                kept.append(buffer, offset, n);
                if (end() - neededFrom > 2L * MAX_RECORD_CHARS) {
                    // two records in hand hold more than twice the limit: one of them exceeds it
                    throw new RecordTooLongException(parser == null ? 1 : parser.getCurrentLineNumber());
                }
            }
            return n;
        }

        long end() {
            return keptFrom + kept.length();
        }

        String slice(long from, long to) {
            return kept.substring((int) (from - keptFrom), (int) (to - keptFrom));
        }

        /** Drops what lies before {@code position}; in large steps, as shifting the buffer for every record costs. */
        void forgetBefore(long position) {
            neededFrom = Math.max(neededFrom, position);
            int drop = (int) Math.min(position - keptFrom, kept.length());
            if (drop > COMPACT_AT && drop > kept.length() / 2) {
                kept.delete(0, drop);
                keptFrom += drop;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * A record longer than {@link #MAX_RECORD_CHARS} characters: no report is, and holding it would only fill the
     * memory (usually a quote that is never closed, or a file that is not a table).
     */
    static final class RecordTooLongException extends IOException {
        private final long line;

        RecordTooLongException(long line) {
            super(String.format("line %,d: a record longer than %,d characters (a quote never closed?)", line,
                    MAX_RECORD_CHARS));
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    /** A NUL character: the file is binary, not text. */
    static final class BinaryContentException extends IOException {
        BinaryContentException() {
            super("binary content (NUL bytes)");
        }
    }
}
