package org.unionstat.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides, before anything is stored, whether a file can be imported at all (docs/inputs.md#validation file-level errors): the format
 * by content, never by name; for text the charset (strict UTF-8, BOM allowed, else strict GB18030); the header; and a
 * complete structural read, so a broken quote or a corrupt sheet at the end of the file refuses it up front.
 */
public final class FileInspector {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final int SNIFF = 8192;

    private FileInspector() {
    }

    /** @throws FileRefusedException when the file must be refused */
    public static Inspection inspect(Path file, InputLayout layout) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new FileRefusedException(Refusal.EMPTY_FILE);
        }
        if (startsWith(head, ZIP)) {
            return inspectWorkbook(file, layout);
        }
        if (startsWith(head, OLE2)) {
            throw new FileRefusedException(Refusal.LEGACY_WORKBOOK);
        }
        if (startsWith(head, PDF)) {
            throw new FileRefusedException(Refusal.PDF);
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            throw new FileRefusedException(Refusal.UTF16);
        }
        for (byte b : head) {
            if (b == 0) {
                throw new FileRefusedException(Refusal.BINARY);
            }
        }
        return inspectText(file, layout);
    }

    private static Inspection inspectText(Path file, InputLayout layout) {
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
            try (SourceRows rows = CsvSourceRows.open(file, charset, layout)) {
                long count = countRows(rows);
                return new Inspection(FileFormat.CSV, charset, checked(rows.header(), count), rows.header().warning().orElse(null));
            } catch (CharacterCodingException notThisCharset) {
                // docs/inputs.md#input-files: what is not strict UTF-8 is read as GB18030
            } catch (CsvSourceRows.RecordTooLongException e) {
                throw new FileRefusedException(Refusal.RECORD_TOO_LONG.with(String.format(Locale.ROOT, "%,d", e.line()),
                        String.format(Locale.ROOT, "%,d", CsvSourceRows.MAX_RECORD_CHARS)), e);
            } catch (CsvSourceRows.BinaryContentException e) {
                throw new FileRefusedException(Refusal.BINARY.with(), e);
            } catch (IOException e) {
                throw new FileRefusedException(Refusal.MALFORMED_CSV.with(String.valueOf(e.getMessage())), e);
            }
        }
        throw new FileRefusedException(Refusal.UNDECODABLE);
    }

    private static Inspection inspectWorkbook(Path file, InputLayout layout) {
        XlsxRowWidths.check(file);
        try (SourceRows rows = XlsxSourceRows.open(file, layout)) {
            long count = countRows(rows);
            return new Inspection(FileFormat.XLSX, null, checked(rows.header(), count), rows.header().warning().orElse(null));
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new FileRefusedException(workbookProblem(e), e);
        }
    }

    private static long countRows(SourceRows rows) throws IOException {
        if (rows.header().isBlank()) {
            return 0;
        }
        return rows.countRemaining();
    }

    private static long checked(HeaderMapping header, long dataRows) {
        if (header.isBlank()) {
            throw new FileRefusedException(Refusal.NO_HEADER);
        }
        header.problem().ifPresent(problem -> {
            throw new FileRefusedException(problem, null);
        });
        if (dataRows == 0) {
            throw new FileRefusedException(Refusal.NO_DATA_ROWS);
        }
        return dataRows;
    }

    /** POI names a zip bomb or an oversized part somewhere down the cause chain. */
    private static Refusal.Detail workbookProblem(Throwable failure) {
        String innermost = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("exceeds the max")
                    || message.contains("max entry size") || message.contains("maximum length"))) {
                return Refusal.OVERSIZED_WORKBOOK.with(firstLine(message));
            }
            if (message != null && !message.isBlank()) {
                innermost = message;
            }
        }
        return innermost == null ? Refusal.UNREADABLE_WORKBOOK.with()
                : Refusal.UNREADABLE_WORKBOOK_WHY.with(firstLine(innermost));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new FileRefusedException(Refusal.UNREADABLE.with(String.valueOf(e.getMessage())), e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
