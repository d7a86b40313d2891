package org.unionstat.report.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.unionstat.domain.Indicator;
import org.unionstat.indicators.IndicatorGap;
import org.unionstat.report.figures.GroupFigures;
import org.unionstat.report.figures.WorkbookMapper.UnionFigures;
import org.unionstat.report.figures.WorkbookStandards;

/**
 * The unions of each district that would close most of its gaps (docs/outputs.md#district-workbooks): for each of
 * 职工入会率, 会员信息采集率 and 京卡办理率 on which the district is below its target, its unions whose own published
 * ratio is below the target, by what each lacks (most first, then union code), until together they lack at least the
 * district's gap; at most {@code limit} per indicator. Fed the unions one by one as they stream past, it keeps only
 * the {@code limit} that lack the most per district and indicator.
 */
final class GapUnions {

    /** The indicators a single union's report has a ratio of. */
    static final List<Indicator> INDICATORS = List.of(Indicator.ENROLLMENT, Indicator.INFO_COLLECTION,
            Indicator.JINGKA);

    /** A union below a target, and what it lacks. */
    record Candidate(UnionFigures union, long numerator, long denominator, long lacks) {
    }

    /** Most lacking first; among equals, by union code. */
    private static final Comparator<Candidate> FIRST = Comparator.comparingLong(Candidate::lacks).reversed()
            .thenComparing(c -> c.union().unionId());

    private final int limit;
    private final Map<Indicator, IndicatorGap> gaps = new EnumMap<>(Indicator.class);
    /** district → indicator → what the district lacks. */
    private final Map<String, Map<Indicator, Long>> districtGaps = new HashMap<>();
    /** district → indicator → the candidates kept so far, the least lacking at the head. */
    private final Map<String, Map<Indicator, PriorityQueue<Candidate>>> kept = new HashMap<>();

    GapUnions(List<GroupFigures> districts, WorkbookStandards standards, int limit) {
        this.limit = limit;
        INDICATORS.forEach(i -> gaps.put(i, new IndicatorGap(standards.target(i))));
        for (GroupFigures district : districts) {
            Map<Indicator, Long> own = new EnumMap<>(Indicator.class);
            for (Indicator indicator : INDICATORS) {
                Long needed = district.needed(indicator);
                if (needed != null) {
                    own.put(indicator, needed);
                }
            }
            if (!own.isEmpty()) {
                districtGaps.put(district.districtCode(), own);
            }
        }
    }

    void offer(UnionFigures union) {
        Map<Indicator, Long> own = districtGaps.get(union.districtCode());
        if (own == null) {
            return;
        }
        for (Indicator indicator : own.keySet()) {
            long numerator = numerator(indicator, union);
            long denominator = denominator(indicator, union);
            if (denominator == 0) {
                continue;
            }
            long lacks = gaps.get(indicator).needed(numerator, denominator);
            if (lacks == 0) {
                continue;
            }
            PriorityQueue<Candidate> queue = kept.computeIfAbsent(union.districtCode(), d -> new EnumMap<>(
                    Indicator.class)).computeIfAbsent(indicator, i -> new PriorityQueue<>(FIRST.reversed()));
            Candidate candidate = new Candidate(union, numerator, denominator, lacks);
            if (queue.size() < limit) {
                queue.add(candidate);
            } else if (FIRST.compare(candidate, queue.peek()) < 0) {
                queue.poll();
                queue.add(candidate);
            }
        }
    }

    /**
     * 指标 … 累计尚缺: the district's rows, by indicator, each indicator's unions until together they lack at least the
     * district's gap.
     */
    List<List<Object>> rows(String districtCode, WorkbookRows rows) {
        List<List<Object>> result = new ArrayList<>();
        Map<Indicator, Long> own = districtGaps.getOrDefault(districtCode, Map.of());
        Map<Indicator, PriorityQueue<Candidate>> candidates = kept.getOrDefault(districtCode, Map.of());
        for (Indicator indicator : INDICATORS) {
            if (!own.containsKey(indicator) || !candidates.containsKey(indicator)) {
                continue;
            }
            long needed = own.get(indicator);
            List<Candidate> sorted = new ArrayList<>(candidates.get(indicator));
            sorted.sort(FIRST);
            long total = 0;
            for (Candidate c : sorted) {
                total += c.lacks();
                UnionFigures u = c.union();
                result.add(Arrays.asList(indicator.chineseName(), indicator.gapText(needed), u.unionId(),
                        u.unionName(), rows.industryLabel(u.industryCode()), c.numerator(), c.denominator(),
                        WorkbookRows.ratio(c.numerator(), c.denominator()), c.lacks(), total));
                if (total >= needed) {
                    break;
                }
            }
        }
        return result;
    }

    /** A union's numerator of an indicator (docs/indicators.md#indicators). */
    private static long numerator(Indicator indicator, UnionFigures u) {
        return switch (indicator) {
            case ENROLLMENT -> u.members();
            case INFO_COLLECTION -> u.infoCollected();
            case JINGKA -> u.cardsIssued();
            default -> throw new IllegalArgumentException("no single-union ratio of " + indicator.key());
        };
    }

    private static long denominator(Indicator indicator, UnionFigures u) {
        return switch (indicator) {
            case ENROLLMENT -> u.employees();
            case INFO_COLLECTION, JINGKA -> u.members();
            default -> throw new IllegalArgumentException("no single-union ratio of " + indicator.key());
        };
    }
}
