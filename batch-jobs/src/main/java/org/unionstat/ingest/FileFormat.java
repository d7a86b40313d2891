package org.unionstat.ingest;

/** The input formats of SPEC §2. */
public enum FileFormat {
    CSV,
    XLSX
}
