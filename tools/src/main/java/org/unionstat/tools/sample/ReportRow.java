package org.unionstat.tools.sample;

import java.util.EnumMap;

import org.unionstat.domain.RejectCode;

/** A data row of a report file before it is written: cells by column, and the rejection it is meant to get. */
final class ReportRow {

    final Report report;
    final EnumMap<ReportColumn, Object> cells;
    /** The docs/inputs.md#validation code this row is made to be rejected with, or null for a row that must be accepted. */
    RejectCode defect;
    /** What was done to the row, for the README. */
    String defectNote;
    String remark;
    /** This row is followed, later in the same file, by a second row of the same union (E10). */
    boolean duplicated;
    boolean formulaName;
    /** The report of a union planted with a data-quality rule's case: never made bad, revised or duplicated. */
    boolean planted;
    /** A bad row that a correction file of the same quarter files again correctly. */
    boolean corrected;
    /** Index of the district whose file holds the row. */
    int district;

    private ReportRow(Report report, EnumMap<ReportColumn, Object> cells) {
        this.report = report;
        this.cells = cells;
    }

    static ReportRow of(Report r) {
        EnumMap<ReportColumn, Object> cells = new EnumMap<>(ReportColumn.class);
        cells.put(ReportColumn.PERIOD, r.period());
        cells.put(ReportColumn.UNION_ID, r.unionId());
        cells.put(ReportColumn.UNION_NAME, r.unionName());
        cells.put(ReportColumn.UNIT_ID, r.unitId());
        cells.put(ReportColumn.COVERED_UNIT_IDS, r.coveredUnitIds().isEmpty() ? null : String.join(";", r.coveredUnitIds()));
        cells.put(ReportColumn.DISTRICT_CODE, r.districtCode());
        cells.put(ReportColumn.INDUSTRY_CODE, r.industryCode());
        cells.put(ReportColumn.EMPLOYEES, r.employees());
        cells.put(ReportColumn.MEMBERS, r.members());
        cells.put(ReportColumn.MIGRANT_EMPLOYEES, r.migrantEmployees());
        cells.put(ReportColumn.MIGRANT_MEMBERS, r.migrantMembers());
        cells.put(ReportColumn.INFO_COLLECTED, r.infoCollected());
        cells.put(ReportColumn.CARDS_ISSUED, r.cardsIssued());
        cells.put(ReportColumn.EVALUATED, r.evaluated());
        cells.put(ReportColumn.SATISFIED, r.satisfied());
        cells.put(ReportColumn.BASICALLY_SATISFIED, r.basicallySatisfied());
        cells.put(ReportColumn.DISSATISFIED, r.dissatisfied());
        cells.put(ReportColumn.ACTIVITIES, r.activities());
        cells.put(ReportColumn.SUBMITTED_ON, r.submittedOn());
        return new ReportRow(r, cells);
    }

    int count(ReportColumn column) {
        Object v = cells.get(column);
        return v instanceof Integer i ? i : 0;
    }
}
