package org.unionstat.ingest.source;

import java.nio.charset.Charset;

/**
 * What the inspect step learnt about a file that can be imported: its format, the charset of a CSV file (null for
 * XLSX), how many data rows it has, and a warning about ignored columns (or null).
 */
public record Inspection(FileFormat format, Charset charset, long dataRows, Refusal.Detail warning) {

    /** As stored in import_file.file_format: "CSV UTF-8", "CSV GB18030", "XLSX". */
    public String formatLabel() {
        return format == FileFormat.CSV ? "CSV " + charset.name() : format.name();
    }
}
