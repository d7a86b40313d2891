package org.unionstat.report.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/**
 * Read-only queries of the workbooks over the ingestion tables. "The imports of a period" are, per file name, the
 * latest completed import of that period: importing a file again replaces what it stored.
 */
@Mapper
public interface WorkbookMapper {

    /** The latest completed import of each file name of the quarters, by period and file name. */
    List<SourceFile> findReportSources(@Param("periods") List<String> periods);

    /** The import behind the registry used for {@code year}: that year's, else the latest earlier one. */
    List<SourceFile> findRegistrySources(@Param("year") int year);

    /** Rejected rows of the quarters' imports, counted by reason code. */
    List<ReasonCount> countRejectedRows(@Param("periods") List<String> periods);

    /**
     * Rejected rows of the quarters' imports, by period, file name and line, each with the district of the union's
     * latest report among {@code history} (the district a row probably belongs to when its own cells do not say).
     */
    void streamRejectedRows(@Param("periods") List<String> periods, @Param("history") List<String> history,
            ResultHandler<RejectedRecord> handler);

    /**
     * Each union's latest report among the query's quarters (activities summed over them), by district and union (or
     * by union alone), with the single-union tests against the targets; only those falling short when
     * {@code shortfallOnly}.
     */
    void streamUnions(@Param("q") UnionQuery query, ResultHandler<UnionFigures> handler);

    /** Expected unions of one quarter that did not file it, or filed it after the deadline. */
    ReportingGapCount countReportingGaps(@Param("q") ReportingQuery query);

    /** The same unions, by district and union. */
    void streamReportingGaps(@Param("q") ReportingQuery query, ResultHandler<ReportingGap> handler);

    /** One imported file. */
    record SourceFile(String period, String fileName, String sha256, long rowsRead, long rowsAccepted,
            long rowsRejected, LocalDateTime completedAt) {
    }

    record ReasonCount(String reasonCode, long rowCount) {
    }

    record RejectedRecord(String period, String fileName, long sourceLine, String recordId, String reasonCode,
            String reasons, String rawRecord, String knownDistrict) {
    }

    record UnionQuery(List<String> periods, BigDecimal enrollmentTarget, BigDecimal infoTarget,
            BigDecimal jingkaTarget, long activityBar, boolean shortfallOnly, boolean byDistrict) {
    }

    /** A union's figures; {@code shortfalls} says which single-union tests it fails, as the bits below. */
    record UnionFigures(String period, String unionId, String unionName, String unitId, String districtCode,
            String industryCode, long employees, long members, long infoCollected, long cardsIssued, long activities,
            LocalDate submittedOn, int shortfalls) {

        public static final int ENROLLMENT_SHORT = 1;
        public static final int INFO_SHORT = 2;
        public static final int JINGKA_SHORT = 4;
        public static final int ACTIVITY_SHORT = 8;
    }

    /** {@code expected}: the four quarters before {@code period}; late means filed after {@code deadline}. */
    record ReportingQuery(String period, List<String> expected, LocalDate deadline) {
    }

    /** {@code submittedOn} is null when the union did not file; the district is that of its report of the quarter if
     * it filed, else of its latest expected one. */
    record ReportingGap(String unionId, String unionName, String districtCode, String lastPeriod,
            LocalDate submittedOn) {
    }

    record ReportingGapCount(long missing, long late) {
    }
}
