package org.unionstat.ingest.source;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the data rows of an inspected file, CSV or XLSX. Restartable: the number of rows read is saved with every
 * committed chunk, and a resumed load skips that many rows (blank ones never count). The file is parsed on a thread of
 * its own ({@link ReadAheadRows}).
 */
public class SourceRowReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

    private final Path file;
    private final FileFormat format;
    private final Charset charset;
    private final InputLayout layout;
    private SourceRows rows;

    public SourceRowReader(String name, Path file, FileFormat format, Charset charset, InputLayout layout) {
        setName(name);
        this.file = file;
        this.format = format;
        this.charset = charset;
        this.layout = layout;
    }

    @Override
    protected void doOpen() throws Exception {
        rows = new ReadAheadRows(SourceRows.open(file, format, charset, layout), "unionstat-read-ahead");
    }

    @Override
    protected SourceRow doRead() throws Exception {
        return rows.next();
    }

    @Override
    protected void doClose() throws Exception {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}
