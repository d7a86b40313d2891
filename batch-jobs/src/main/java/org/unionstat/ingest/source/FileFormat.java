package org.unionstat.ingest.source;

/** The input formats of docs/inputs.md#input-files. */
public enum FileFormat {
    CSV,
    XLSX
}
