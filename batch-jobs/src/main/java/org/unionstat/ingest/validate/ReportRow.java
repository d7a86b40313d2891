package org.unionstat.ingest.validate;

import java.time.LocalDate;
import java.util.List;

/** An accepted row of a quarterly report file (docs/inputs.md#quarterly-report), normalised: codes upper-cased, empty counts 0. */
public record ReportRow(String period, String unionId, String unionName, String unitId, List<String> coveredUnitIds,
        String districtCode, String industryCode, long employees, long members, long migrantEmployees,
        long migrantMembers, long infoCollected, long cardsIssued, long evaluated, long satisfied,
        long basicallySatisfied, long dissatisfied, long activities, LocalDate submittedOn) {

    public ReportRow {
        coveredUnitIds = List.copyOf(coveredUnitIds);
    }
}
