package org.unionstat.ingest.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data record of an input file: its line (CSV: record number counting the header as 1; XLSX: sheet row), its
 * trimmed cells by column key, and the record as it was written, for the rejects file.
 */
public record SourceRow(long line, Map<String, String> cells, String raw) {

    public SourceRow {
        if (!(cells instanceof RowCells)) { // a file's rows come as RowCells: trimmed and unmodifiable already
            Map<String, String> trimmed = new LinkedHashMap<>();
            cells.forEach((key, value) -> trimmed.put(key, CellText.clean(value)));
            cells = Collections.unmodifiableMap(trimmed);
        }
    }

    /** The trimmed cell of a column, empty when the cell is. */
    public String cell(String key) {
        return cells.getOrDefault(key, "");
    }
}
