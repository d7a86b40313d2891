package org.unionstat.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Refuses a workbook whose first sheet has a row too wide, before any reader holds such a row in memory (a 7 MB
 * workbook can hold one row of ten million cells, well within the zip limits): the sheet's XML is streamed and the
 * cells of each row counted. The header row may have at most {@link #MAX_HEADER_CELLS} cells (Excel's columns); a
 * later row at most as many as the header plus {@link #MARGIN_CELLS}.
 */
final class XlsxRowWidths {

    static final int MAX_HEADER_CELLS = 16_384;
    static final int MARGIN_CELLS = 1_000;

    private XlsxRowWidths() {
    }

    /** @throws FileRefusedException naming the first row of the first sheet that is too wide */
    static void check(Path file) {
        check(file, null);
    }

    /**
     * The same for the sheet named {@code sheetName} (the first sheet when null; nothing when there is no such sheet).
     *
     * @throws FileRefusedException naming the first row that is too wide
     */
    static void check(Path file, String sheetName) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheetName == null || sheetName.equals(sheets.getSheetName())) {
                        check(sheet);
                        return;
                    }
                }
            }
        } catch (IOException | OpenXML4JException | XMLStreamException e) {
            // not a workbook POI can open, or a broken part: the reader says what is wrong with it
        }
    }

    private static void check(InputStream sheet) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(sheet);
        try {
            long limit = MAX_HEADER_CELLS;
            long cells = 0;
            String rowNumber = null;
            boolean first = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("row")) {
                        cells = 0;
                        rowNumber = xml.getAttributeValue(null, "r");
                    } else if (name.equals("c") && ++cells > limit) {
                        String row = rowNumber == null ? "?" : rowNumber;
                        String most = String.format(Locale.ROOT, "%,d", limit);
                        throw new FileRefusedException(first ? Refusal.ROW_TOO_WIDE_HEADER.with(row, most)
                                : Refusal.ROW_TOO_WIDE.with(row, most, String.format(Locale.ROOT, "%,d", MARGIN_CELLS)), null);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    if (first) {
                        limit = cells + MARGIN_CELLS;
                        first = false;
                    }
                }
            }
        } finally {
            xml.close();
        }
    }
}
