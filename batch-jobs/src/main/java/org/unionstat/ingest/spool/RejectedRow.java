package org.unionstat.ingest.spool;

import org.unionstat.domain.Text;
import org.unionstat.ingest.source.SourceRow;
import org.unionstat.ingest.validate.FirstLines;
import org.unionstat.ingest.validate.Problem;
import org.unionstat.ingest.validate.Reasons;
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

    /** A row its own rules rejected, its reasons said by {@code reasons}. */
    public static RejectedRow of(long importId, SourceRow source, Validation<?> validation, Reasons reasons) {
        return new RejectedRow(importId, source.line(), validation.recordId(), validation.reasonCode(),
                validation.reasons(reasons), source.raw());
    }

    /** A row that passed its rules, rejected because its code was already accepted from {@code firstLine} (E10). */
    public static RejectedRow repeated(long importId, long line, String key, String raw, String keyColumn,
            long firstLine, Reasons reasons) {
        Problem problem = FirstLines.repeated(keyColumn, key, firstLine);
        return new RejectedRow(importId, line, key, problem.code(), reasons.of(problem), raw);
    }
}
