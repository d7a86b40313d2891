package org.unionstat.ingest.spool;

import org.unionstat.domain.Text;
import org.unionstat.ingest.source.SourceRow;
import org.unionstat.ingest.validate.Validation;

/**
 * A rejected row of an import (a row of rejected_row): its line, the id it names (union_id or unit_id as written),
 * the code of the first rule broken, every problem in one line, and the record as it was written. Kept for the rejects
 * file and the workbook's data-quality sheet.
 */
public record RejectedRow(long importId, long line, String recordId, String reasonCode, String reasons, String raw)
        implements StagedRows.CheckedRow {

    public RejectedRow {
        recordId = Text.truncate(recordId, 64);
        reasons = Text.truncate(reasons, 4000);
        raw = Text.truncate(raw, StagedRows.RAW_LIMIT);
    }

    static RejectedRow of(long importId, SourceRow source, Validation<?> validation) {
        return new RejectedRow(importId, source.line(), validation.recordId(), validation.reasonCode(),
                validation.reasons(), source.raw());
    }
}
