package org.unionstat.ingest.source;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** A forward-only cursor over the data records of an open input file; blank records are skipped. */
interface SourceRows extends Closeable {

    HeaderMapping header();

    /** The next data record, or null at the end of the file. */
    SourceRow next() throws IOException;

    /** Reads to the end of the file and returns how many data records were left (what inspecting a file needs). */
    default long countRemaining() throws IOException {
        long count = 0;
        while (next() != null) {
            count++;
        }
        return count;
    }

    static SourceRows open(Path file, FileFormat format, Charset charset, InputLayout layout) throws IOException {
        return format == FileFormat.XLSX ? XlsxSourceRows.open(file, layout) : CsvSourceRows.open(file, charset, layout);
    }
}
