package org.unionstat.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.unionstat.domain.Indicator;
import org.unionstat.indicators.GroupKey;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.indicators.PeriodExplanation;
import org.unionstat.report.figures.GroupFigures;
import org.unionstat.report.figures.WorkbookMapper.UnionFigures;
import org.unionstat.report.figures.WorkbookStandards;
import org.unionstat.testing.Config;

/** Which of a district's unions would close its gaps. */
class GapUnionsTest {

    static final String DISTRICT = "110105";

    /**
     * The district lacks 30 members. Its unions below 0.90 lack (employees × 0.8999995, rounded up, − members):
     * A 100/50 → 40, B 100/70 → 20, C 40/26 → 10, D 10/8 → 1; E (9 of 10) is at the target. A alone lacks 40 ≥ 30,
     * so A alone is listed; with a gap of 55, A and B (60); with a gap of 1,000, all four, at most the limit.
     */
    @Test
    void theUnionsLackingMostUntilTogetherTheyCoverTheGap() {
        assertThat(listed(30, 10)).containsExactly("职工入会率 需新增会员 30 人 A 50/100 40 40");
        assertThat(listed(55, 10)).containsExactly("职工入会率 需新增会员 55 人 A 50/100 40 40",
                "职工入会率 需新增会员 55 人 B 70/100 20 60");
        assertThat(listed(1000, 10)).extracting(r -> r.split(" ")[4])
                .containsExactly("A", "B", "C", "D");
        assertThat(listed(1000, 3)).extracting(r -> r.split(" ")[4]).as("at most the limit, those lacking most")
                .containsExactly("A", "B", "C");
    }

    @Test
    void unionsOfOtherDistrictsOrOfDistrictsWithoutAGapAreLeftOut() {
        GapUnions none = new GapUnions(List.of(district(DISTRICT, null)), WorkbookStandards.defaults(), 10);
        none.offer(union("A", DISTRICT, 100, 50));
        assertThat(none.rows(DISTRICT, new WorkbookRows(Config.referenceData(), org.unionstat.text.Messages.inChinese()))).isEmpty();
        GapUnions some = new GapUnions(List.of(district(DISTRICT, 30L)), WorkbookStandards.defaults(), 10);
        some.offer(union("A", "110108", 100, 50));
        assertThat(some.rows(DISTRICT, new WorkbookRows(Config.referenceData(), org.unionstat.text.Messages.inChinese()))).isEmpty();
    }

    private static List<String> listed(long gap, int limit) {
        GapUnions focus = new GapUnions(List.of(district(DISTRICT, gap)), WorkbookStandards.defaults(), limit);
        focus.offer(union("C", DISTRICT, 40, 26));
        focus.offer(union("E", DISTRICT, 10, 9));
        focus.offer(union("A", DISTRICT, 100, 50));
        focus.offer(union("D", DISTRICT, 10, 8));
        focus.offer(union("B", DISTRICT, 100, 70));
        return focus.rows(DISTRICT, new WorkbookRows(Config.referenceData(), org.unionstat.text.Messages.inChinese())).stream()
                .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(5) + "/" + r.get(6) + " " + r.get(8)
                        + " " + r.get(9))
                .toList();
    }

    /** A district lacking {@code members} members (null: meeting the enrollment target). */
    private static GroupFigures district(String code, Long members) {
        IndicatorResult enrollment = new IndicatorResult("2026Q3", "district", code, "", "enrollment", 0, 1,
                BigDecimal.ZERO, new BigDecimal("0.90"), "N", 1);
        List<PeriodExplanation.Gap> gaps = members == null ? List.of()
                : List.of(new PeriodExplanation.Gap(enrollment, members));
        return new GroupFigures(code, "", "朝阳区", "Chaoyang", null, null, null, Map.of(Indicator.ENROLLMENT,
                enrollment), null, null, new PeriodExplanation.Group(GroupKey.district(code), null, Map.of(), null,
                        gaps, null));
    }

    private static UnionFigures union(String id, String district, long employees, long members) {
        return new UnionFigures("2026Q3", id, "工会" + id, "unit", district, "C", employees, members, members, members,
                6, LocalDate.of(2026, 10, 1), 0);
    }
}
