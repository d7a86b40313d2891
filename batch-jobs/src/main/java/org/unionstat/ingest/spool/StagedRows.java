package org.unionstat.ingest.spool;

import java.util.ArrayList;
import java.util.List;

import org.unionstat.domain.Text;
import org.unionstat.ingest.spool.ImportSpool.SpoolRecord;
import org.unionstat.ingest.validate.RegistryRow;
import org.unionstat.ingest.validate.ReportRow;

/**
 * What the load step writes for each row read: an accepted row into its import's spool, or a rejected row. Everything
 * carries its import (the job instance id) and its line.
 */
public final class StagedRows {

    /** Longest stored original text; longer records (pathological) are cut. */
    static final int RAW_LIMIT = 16_000;

    private StagedRows() {
    }

    public sealed interface CheckedRow permits AcceptedRow, RejectedRow {
    }

    /** A row that passed the rules of one row (E01-E09); E10 is decided when it is spooled, in line order. */
    sealed interface AcceptedRow extends CheckedRow permits StagedReport, StagedUnit {

        long importId();

        long line();

        String raw();

        /** Its code, which one import may hold only once (E10). */
        String key();

        /** Its records for the spool, made when the row was accepted (see {@link ImportSpool#record}). */
        List<SpoolRecord> records();
    }

    /** A report, with its record and one record per covered unit. */
    public record StagedReport(long importId, long line, String raw, String key, List<SpoolRecord> records)
            implements AcceptedRow {

        public static StagedReport of(long importId, long line, String raw, ReportRow row) {
            List<SpoolRecord> records = new ArrayList<>(1 + row.coveredUnitIds().size());
            records.add(ImportSpool.record(SpoolTable.REPORTS, row.period(), row.unionId(), row.unionName(),
                    row.unitId(), row.districtCode(), row.industryCode(), row.employees(), row.members(),
                    row.migrantEmployees(), row.migrantMembers(), row.infoCollected(), row.cardsIssued(),
                    row.evaluated(), row.satisfied(), row.basicallySatisfied(), row.dissatisfied(), row.activities(),
                    row.submittedOn(), importId, line));
            for (String unitId : row.coveredUnitIds()) {
                records.add(ImportSpool.record(SpoolTable.COVERED_UNITS, row.period(), row.unionId(), unitId));
            }
            return new StagedReport(importId, line, Text.truncate(raw, RAW_LIMIT), row.unionId(), records);
        }
    }

    /** A registry unit, with its record. */
    public record StagedUnit(long importId, long line, String raw, String key, List<SpoolRecord> records)
            implements AcceptedRow {

        public static StagedUnit of(long importId, long line, String raw, int year, RegistryRow row) {
            return new StagedUnit(importId, line, Text.truncate(raw, RAW_LIMIT), row.unitId(),
                    List.of(ImportSpool.record(SpoolTable.REGISTRY_UNITS, year, row.unitId(), row.unitName(),
                            row.districtCode(), row.industryCode(), row.employees(), importId, line)));
        }
    }
}
