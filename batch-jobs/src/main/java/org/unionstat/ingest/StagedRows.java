package org.unionstat.ingest;

/**
 * What the load step writes for each row read: an accepted row into its import's staging table, or a rejected row.
 * Everything carries its import (the job instance id) and its line, the staging tables' key, so a resumed load that
 * re-wrote a row would fail loudly instead of duplicating it.
 */
final class StagedRows {

    /** Longest stored original text; longer records (pathological) are cut. */
    static final int RAW_LIMIT = 16_000;

    private StagedRows() {
    }

    sealed interface CheckedRow permits StagedReport, StagedUnit, RejectedRow {
    }

    record StagedReport(long importId, long line, String raw, ReportRow row) implements CheckedRow {
        StagedReport {
            raw = Text.truncate(raw, RAW_LIMIT);
        }
    }

    record StagedCoveredUnit(long importId, long line, String unitId) {
    }

    record StagedUnit(long importId, long line, String raw, RegistryRow row) implements CheckedRow {
        StagedUnit {
            raw = Text.truncate(raw, RAW_LIMIT);
        }
    }
}
