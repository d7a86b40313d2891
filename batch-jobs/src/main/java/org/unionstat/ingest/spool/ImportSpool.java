package org.unionstat.ingest.spool;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The accepted rows of one import, as CSV files waiting for the merge: one file per {@link SpoolTable}, in
 * {@code <spool dir>/import-<id>/}. The load step appends to them chunk by chunk and saves how far they reach with each
 * committed chunk; a resumed load cuts them back to that point, so a row is never spooled twice. The merge step loads
 * them into the stored tables in bulk (LOAD DATA on MySQL, CSVREAD on H2).
 */
public final class ImportSpool implements AutoCloseable {

    /** RFC 4180 with '\n' between records: what MySQL's LOAD DATA (ENCLOSED BY '"' ESCAPED BY '') and H2's CSVREAD read. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Path directory;
    private final Map<SpoolTable, SpoolFile> files = new EnumMap<>(SpoolTable.class);

    private ImportSpool(Path directory) {
        this.directory = directory;
    }

    /** The spool directory of an import. */
    public static Path directory(Path spoolRoot, long importId) {
        return spoolRoot.toAbsolutePath().normalize().resolve("import-" + importId);
    }

    /**
     * Opens the spool of an import for appending to {@code tables}: empty files for a fresh load, or files cut back to
     * the saved {@code positions} (byte offset and record count per table) for a resumed one.
     */
    static ImportSpool open(Path directory, List<SpoolTable> tables, Map<SpoolTable, Position> positions) {
        ImportSpool spool = new ImportSpool(directory);
        try {
            Files.createDirectories(directory);
            for (SpoolTable table : tables) {
                spool.files.put(table, new SpoolFile(directory.resolve(table.fileName()),
                        positions.getOrDefault(table, Position.START)));
            }
            return spool;
        } catch (IOException | RuntimeException e) {
            spool.close();
            throw e instanceof IOException io ? new UncheckedIOException(spoolProblem(directory, io), io)
                    : (RuntimeException) e;
        }
    }

    /** Appends a record made beforehand ({@link #record}), possibly on another thread. */
    void append(SpoolRecord record) {
        try {
            files.get(record.table()).append(record.text());
        } catch (IOException e) {
            throw new UncheckedIOException(spoolProblem(directory, e), e);
        }
    }

    /**
     * One record of a table as the spool file holds it (RFC 4180 text, UTF-8, see {@link #appendRecord}). Making it is
     * most of what spooling a row costs, so the load step does it while validating, on the threads that validate,
     * and the writer, which keeps the line order, only copies bytes.
     */
    static SpoolRecord record(SpoolTable table, Object... values) {
        StringBuilder line = new StringBuilder(256);
        appendRecord(line, values);
        return new SpoolRecord(table, line.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A record of a spool table, encoded. */
    record SpoolRecord(SpoolTable table, byte[] text) {
    }

    /** Writes everything appended through to the disk and returns how far each file now reaches. */
    Map<SpoolTable, Position> flush() {
        Map<SpoolTable, Position> positions = new EnumMap<>(SpoolTable.class);
        try {
            for (Map.Entry<SpoolTable, SpoolFile> e : files.entrySet()) {
                positions.put(e.getKey(), e.getValue().flush());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(spoolProblem(directory, e), e);
        }
        return positions;
    }

    @Override
    public void close() {
        for (SpoolFile file : files.values()) {
            file.close();
        }
        files.clear();
    }

    /** The spooled file of a table, for the merge's bulk load; missing when the spool was removed. */
    static Path file(Path directory, SpoolTable table) {
        Path file = directory.resolve(table.fileName());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the spooled rows of this import are missing: " + file + " (was "
                    + directory.getParent() + " cleared while the import was unfinished? import the file again)");
        }
        return file;
    }

    /**
     * The spooled file of a table in the order of the stored table's primary key within one period or year, or near
     * it ({@link SpoolTable#orderIndex}): the order a bulk load is fastest in.
     */
    public static Path fileInKeyOrder(Path directory, SpoolTable table) {
        Path sorted = directory.resolve(table.fileName() + ".sorted");
        SpoolSorter.sort(file(directory, table), table.orderIndex(), sorted);
        return sorted;
    }

    /** Reads the key and line of every record spooled for a table, in order (to rebuild E10's index on a resume). */
    static void forEachKey(Path directory, SpoolTable table, BiConsumer<String, Long> action) {
        Path file = directory.resolve(table.fileName());
        if (!Files.exists(file)) {
            return;
        }
        int key = table.keyIndex();
        int line = table.lineIndex();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : FORMAT.parse(reader)) {
                action.accept(record.get(key), Long.parseLong(record.get(line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(spoolProblem(directory, e), e);
        }
    }

    /** Removes an import's spool (after its merge committed). */
    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(directory)) {
            for (Path p : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(spoolProblem(directory, e), e);
        }
    }

    private static String spoolProblem(Path directory, IOException e) {
        return "cannot use the import spool " + directory + ": " + e.getMessage();
    }

    /** How far a spool file reaches: its length in bytes and the records in it. */
    record Position(long bytes, long records) {
        static final Position START = new Position(0, 0);
    }

    /**
     * Appends one record as RFC 4180 text: numbers, dates and codes as they are, text quoted when it holds a comma,
     * quote or line break, or is empty (so that no reader takes it for NULL). Commons CSV's printer does the same and
     * more, at several times the cost per record.
     */
    static void appendRecord(StringBuilder line, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values[i];
            if (value instanceof String text) {
                appendText(line, text);
            } else {
                line.append(value);
            }
        }
        line.append('\n');
    }

    private static void appendText(StringBuilder line, String text) {
        // LOAD DATA reads an unquoted NULL as SQL NULL (and \N where an escape character is set): quoted, they stay text
        boolean quote = text.isEmpty() || text.equalsIgnoreCase("NULL");
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\\' || c == '\t';
        }
        if (!quote) {
            line.append(text);
            return;
        }
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private static final class SpoolFile {

        private final FileChannel channel;
        private final OutputStream out;
        private long records;

        SpoolFile(Path path, Position from) throws IOException {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long size = channel.size();
            if (size < from.bytes()) {
                channel.close();
                throw new IOException(path + " is shorter (" + size + " bytes) than its saved length (" + from.bytes()
                        + ")");
            }
            channel.truncate(from.bytes());
            channel.position(from.bytes());
            records = from.records();
            out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }

        void append(byte[] record) throws IOException {
            out.write(record);
            records++;
        }

        Position flush() throws IOException {
            out.flush();
            channel.force(false); // a committed chunk's rows must survive a crash of the machine, not only the process
            return new Position(channel.position(), records);
        }

        void close() {
            try {
                out.close();
            } catch (IOException e) {
                // closing after a failure: the saved positions, not this file's tail, say what is spooled
            }
        }
    }
}
