package org.unionstat.ingest.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the rows of an open file on a thread of its own, some batches ahead of the load step: parsing runs on one
 * core while the step validates and writes on the other. The rows come out in file order, exactly as from the file
 * itself; a failure while reading comes out at the row where it happened.
 */
final class ReadAheadRows implements SourceRows {

    private static final int BATCH = 500;
    private static final int BATCHES_AHEAD = 8;
    private static final Object END = new Object();

    private final SourceRows rows;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private Iterator<SourceRow> batch = Collections.emptyIterator();
    private boolean ended;
    private volatile boolean closed;

    ReadAheadRows(SourceRows rows, String name) {
        this.rows = rows;
        this.reader = new Thread(this::readAll, name);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public HeaderMapping header() {
        return rows.header();
    }

    @Override
    public SourceRow next() throws IOException {
        while (!batch.hasNext()) {
            if (ended) {
                return null;
            }
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the file's rows", e);
            }
            if (next == END) {
                ended = true;
                return null;
            }
            if (next instanceof Throwable failure) {
                ended = true;
                throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
            }
            @SuppressWarnings("unchecked")
            List<SourceRow> rowsRead = (List<SourceRow>) next;
            batch = rowsRead.iterator();
        }
        return batch.next();
    }

    private void readAll() {
        List<SourceRow> read = new ArrayList<>(BATCH);
        try {
            Object last;
            try {
                for (SourceRow row = rows.next(); row != null && !closed; row = rows.next()) {
                    read.add(row);
                    if (read.size() == BATCH) {
                        queue.put(read);
                        read = new ArrayList<>(BATCH);
                    }
                }
                last = END;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception | Error e) {
                last = e;
            }
            if (!read.isEmpty()) {
                queue.put(read); // the rows before a failure come out first
            }
            queue.put(last);
        } catch (InterruptedException e) {
            // closed before the end: nobody waits for the rest
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        queue.clear();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rows.close();
    }
}
