package org.unionstat.ingest.source;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * POI's guards against zip bombs and oversized workbooks, set once at start-up (they are JVM-wide in POI): a part
 * that inflates more than 1/ratio times, a part larger than the entry limit, or a text larger than the text limit
 * makes the workbook refused as oversized.
 */
@Component
class XlsxLimits {

    XlsxLimits(@Value("${unionstat.ingest.xlsx.min-inflate-ratio:0.01}") double minInflateRatio,
            @Value("${unionstat.ingest.xlsx.max-entry-size:536870912}") long maxEntrySize,
            @Value("${unionstat.ingest.xlsx.max-text-size:10485760}") long maxTextSize) {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntrySize);
        ZipSecureFile.setMaxTextSize(maxTextSize);
    }
}
