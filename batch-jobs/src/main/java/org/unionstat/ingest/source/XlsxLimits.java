package org.unionstat.ingest.source;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Component;

/**
 * POI's guards against zip bombs and oversized workbooks, set once at start-up (they are JVM-wide in POI): a part
 * that inflates more than 1/ratio times, a part larger than the entry limit, or a text larger than the text limit
 * makes the workbook refused as oversized.
 */
@Component
public class XlsxLimits {

    XlsxLimits(Environment settings) {
        apply(settings);
    }

    /** Sets the limits the settings give (unionstat.ingest.xlsx.*), also for a command that does not start Spring. */
    public static void apply(PropertyResolver settings) {
        ZipSecureFile.setMinInflateRatio(
                settings.getProperty("unionstat.ingest.xlsx.min-inflate-ratio", Double.class, 0.01));
        ZipSecureFile.setMaxEntrySize(
                settings.getProperty("unionstat.ingest.xlsx.max-entry-size", Long.class, 536_870_912L));
        ZipSecureFile.setMaxTextSize(
                settings.getProperty("unionstat.ingest.xlsx.max-text-size", Long.class, 10_485_760L));
    }
}
