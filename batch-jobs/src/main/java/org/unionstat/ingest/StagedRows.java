package org.unionstat.ingest;

/**
 * What the load step writes for each row read: an accepted row into its import's spool, or a rejected row. Everything
 * carries its import (the job instance id) and its line.
 */
final class StagedRows {

    /** Longest stored original text; longer records (pathological) are cut. */
    static final int RAW_LIMIT = 16_000;

    private StagedRows() {
    }

    sealed interface CheckedRow permits AcceptedRow, RejectedRow {
    }

    /** A row that passed the rules of one row (E01-E09); E10 is decided when it is spooled, in line order. */
    sealed interface AcceptedRow extends CheckedRow permits StagedReport, StagedUnit {

        long importId();

        long line();

        String raw();

        /** Its code, which one import may hold only once (E10). */
        String key();

        /** Adds its records to the spool. */
        void spoolTo(ImportSpool spool);
    }

    record StagedReport(long importId, long line, String raw, ReportRow row) implements AcceptedRow {
        StagedReport {
            raw = Text.truncate(raw, RAW_LIMIT);
        }

        @Override
        public String key() {
            return row.unionId();
        }

        @Override
        public void spoolTo(ImportSpool spool) {
            spool.append(SpoolTable.REPORTS, row.period(), row.unionId(), row.unionName(), row.unitId(),
                    row.districtCode(), row.industryCode(), row.employees(), row.members(), row.migrantEmployees(),
                    row.migrantMembers(), row.infoCollected(), row.cardsIssued(), row.evaluated(), row.satisfied(),
                    row.basicallySatisfied(), row.dissatisfied(), row.activities(), row.submittedOn(), importId, line);
            for (String unitId : row.coveredUnitIds()) {
                spool.append(SpoolTable.COVERED_UNITS, row.period(), row.unionId(), unitId);
            }
        }
    }

    record StagedUnit(long importId, long line, String raw, int year, RegistryRow row) implements AcceptedRow {
        StagedUnit {
            raw = Text.truncate(raw, RAW_LIMIT);
        }

        @Override
        public String key() {
            return row.unitId();
        }

        @Override
        public void spoolTo(ImportSpool spool) {
            spool.append(SpoolTable.REGISTRY_UNITS, year, row.unitId(), row.unitName(), row.districtCode(),
                    row.industryCode(), row.employees(), importId, line);
        }
    }
}
