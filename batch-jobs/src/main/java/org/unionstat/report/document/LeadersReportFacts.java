package org.unionstat.report.document;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.unionstat.domain.Period;
import org.unionstat.report.figures.AssessmentAnalyses;
import org.unionstat.report.figures.AssessmentFigures;
import org.unionstat.report.figures.WorkbookMapper.ReasonCount;
import org.unionstat.report.figures.WorkbookMapper.SourceFile;

/**
 * Everything the leaders' report of a period says, read once: the stored figures (with the previous period's), the
 * data it rests on, the rejected rows by cause, the expected reports missing or late, and the analyses where they
 * exist ({@link AssessmentAnalyses#NONE} otherwise).
 *
 * @param reports   the report files of the period's quarters (the latest completed import of each)
 * @param registry  the registry import coverage used; empty when there is none
 * @param rejected  the rejected rows of those files, by reject code
 * @param reporting the expected unions that did not file, or filed late
 * @param districts  the number of districts of config/, which the report assesses
 * @param industries the number of industries of config/
 */
record LeadersReportFacts(AssessmentFigures figures, List<SourceFile> reports, List<SourceFile> registry,
        List<ReasonCount> rejected, ReportingGaps reporting, AssessmentAnalyses analyses, int districts,
        int industries, LocalDateTime generated) {

    Period period() {
        return figures.period();
    }

    long rejectedRows() {
        return rejected.stream().mapToLong(ReasonCount::rowCount).sum();
    }

    /**
     * Expected unions of the period's quarters that did not file ({@code missing}) or filed after the deadline
     * ({@code late}), in total and per district code (a year counts each union once per quarter).
     */
    record ReportingGaps(long missing, long late, Map<String, Count> byDistrict) {

        static final ReportingGaps NONE = new ReportingGaps(0, 0, Map.of());

        record Count(long missing, long late) {

            long total() {
                return missing + late;
            }
        }
    }
}
