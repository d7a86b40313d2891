package org.unionstat.report.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook whose long tables are streamed: made from a workbook already filled, whose sheets are written out as they
 * are, while the rows of each long table ({@link #table}) go to its sheet's spool as they come, so that a sheet of
 * 100,000 unions needs no more heap than one of a hundred. Each table must start below everything else on its sheet.
 */
public final class StreamedWorkbook implements AutoCloseable {

    private final FastDeflatingWorkbook workbook;
    private final CellWriter cells;

    /**
     * @param filled the workbook so far; its rows stay as they are, and it must not be changed any more
     * @param window rows per sheet SXSSF keeps in memory (only a table's last row is made by SXSSF)
     * @param cells the writer of {@code filled}'s cells, whose quote-prefixed styles the tables share
     */
    public StreamedWorkbook(XSSFWorkbook filled, int window, CellWriter cells) {
        this.workbook = new FastDeflatingWorkbook(filled, window);
        this.cells = cells;
    }

    /**
     * A long table of {@code sheetName}, written in the styles of {@code style} from its row on. Rows beyond the last a
     * sheet can have are counted, and {@code overflowRow} gives the sheet's last row, which says how many were left out.
     */
    public StreamedTable table(String sheetName, StyleRow style, LongFunction<List<?>> overflowRow) {
        return new StreamedTable(workbook, sheetName, style, cells, overflowRow);
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Deletes the spooled sheets and closes the workbook. */
    @Override
    public void close() {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SXSSF writing its zip at deflate level 1 instead of the default 6: a workbook of a million unions is mostly
     * sheet XML, and deflating it is the largest part of the report's time once the XML is cheap to make. Measured at
     * 1M reports (all outputs side by side, MariaDB): the report took 17.3 s at level 3 and 15.8 s at level 1, its
     * files 220 MB and 257 MB (at level 6, before the sheet writer: 54 s against 49 s at level 3).
     */
    static final class FastDeflatingWorkbook extends SXSSFWorkbook {

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
}
