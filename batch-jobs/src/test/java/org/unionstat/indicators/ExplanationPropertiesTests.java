package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.ingest.Imports;
import org.unionstat.report.PeriodReport;
import org.unionstat.testing.H2Test;

/**
 * The rules of the points lost, the gaps and the rank intervals hold on the whole sample data set (sample-data/: both
 * registries and the eight quarters, imported as `make run` does), for quarters and a year: earned + lost is the
 * indicator's share of the weights, the earned points are the score, adding what lacks meets the target and one less
 * does not, and without noise every rank interval is the published rank. Checked on the stored figures and on the
 * CSV files the report writes.
 */
@H2Test
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// the default draws, written out: a context (and database) of its own, since the sample data's periods are those of
// other tests' fixtures
@TestPropertySource(properties = "unionstat.assessment.robustness.draws=1000")
class ExplanationPropertiesTests {

    static final Path SAMPLE = Path.of("sample-data");

    @Autowired
    Imports imports;
    @Autowired
    PeriodComputation computation;
    @Autowired
    PeriodReport report;
    @Autowired
    IndicatorResultMapper results;
    @Autowired
    AssessmentSettings settings;

    Path out;

    @BeforeAll
    void importTheSampleData(@TempDir Path dir) throws IOException {
        out = dir;
        imports.importRegistry(2024, SAMPLE.resolve("registry-2024.csv"), out);
        imports.importRegistry(2025, SAMPLE.resolve("registry-2025.xlsx"), out);
        try (Stream<Path> quarters = Files.list(SAMPLE)) {
            for (Path quarter : quarters.filter(Files::isDirectory).sorted().toList()) {
                imports.importPaths(Period.parse(quarter.getFileName().toString()), List.of(quarter), out);
            }
        }
    }

    @Autowired
    QualityFlagging flagging;

    /** The sample data's planted cases (sample-data/README.md): every data-quality rule flags some report of 2026Q3. */
    @Test
    void everyDataQualityRuleFlagsThePlantedCases() {
        List<QualityFlagMapper.StoredFlag> flags = flagging.flag(Period.parse("2026Q3"));
        assertThat(flags.stream().map(QualityFlagMapper.StoredFlag::rule).distinct().sorted())
                .containsExactly("Q01", "Q02", "Q03", "Q04", "Q05", "Q06");
        // Q02's planted unions copied 2026Q1 into 2026Q2 too, but one repeat is not yet a copied report
        assertThat(flagging.flag(Period.parse("2026Q2"))).noneMatch(f -> f.rule().equals("Q02"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026Q3", "2026Q1", "2025"})
    void earnedAndLostMakeTheShareAndTheEarnedPointsMakeTheScore(String name) {
        Period period = Period.parse(name);
        computation.compute(period);
        PeriodExplanation explanation = explain(period, settings.robustness());
        int scored = 0;
        for (PeriodExplanation.Group group : explanation.groups()) {
            ScoreBreakdown breakdown = group.breakdown();
            assertThat(breakdown == null).as(group.key() + " has a breakdown exactly when it has a score")
                    .isEqualTo(group.score().score() == null);
            if (breakdown == null) {
                continue;
            }
            scored++;
            Map<Indicator, Score.Term> terms = terms(group);
            Fraction weights = Fraction.ZERO;
            for (Score.Term term : terms.values()) {
                if (term.counts()) {
                    weights = weights.add(Fraction.of(term.weight()));
                }
            }
            Fraction earned = Fraction.ZERO;
            for (ScoreBreakdown.Part part : breakdown.parts()) {
                Fraction share = Score.HUNDRED.multiply(Fraction.of(part.weight())).divide(weights);
                assertThat(breakdown.exactPoints(part.indicator()).add(breakdown.exactPointsLost(part.indicator())))
                        .as(group.key() + " " + part.indicator()).isEqualTo(share);
                assertThat(part.points().add(part.pointsLost()).subtract(share.round(2)).abs())
                        .as("rounded parts of " + group.key() + " " + part.indicator())
                        .isLessThanOrEqualTo(new BigDecimal("0.01"));
                earned = earned.add(breakdown.exactPoints(part.indicator()));
            }
            assertThat(earned).as(group.key().toString()).isEqualTo(Score.exact(terms.values()).orElseThrow());
            assertThat(breakdown.score()).as(group.key().toString()).isEqualByComparingTo(group.score().score());
            assertThat(breakdown.parts()).extracting(ScoreBreakdown.Part::indicator)
                    .containsExactlyElementsOf(terms.entrySet().stream().filter(e -> e.getValue().counts())
                            .map(Map.Entry::getKey).toList());
        }
        assertThat(scored).as("groups with a score").isGreaterThan(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026Q3", "2026Q1", "2025"})
    void addingWhatLacksMeetsTheTargetAndOneLessDoesNot(String name) {
        Period period = Period.parse(name);
        computation.compute(period);
        int gaps = 0;
        for (PeriodExplanation.Group group : explain(period, settings.robustness()).groups()) {
            Set<String> withGap = new HashSet<>();
            for (PeriodExplanation.Gap gap : group.gaps()) {
                IndicatorResult r = gap.indicator();
                String at = group.key() + " " + r.indicator() + " " + r.numerator() + "/" + r.denominator();
                assertThat(gap.needed()).as(at).isPositive();
                assertThat(new Ratio(r.numerator() + gap.needed(), r.denominator()).met(r.target())).as(at)
                        .isEqualTo("Y");
                assertThat(new Ratio(r.numerator() + gap.needed() - 1, r.denominator()).met(r.target())).as(at)
                        .isEqualTo("N");
                withGap.add(r.indicator());
                gaps++;
            }
            for (IndicatorResult r : group.indicators().values()) {
                assertThat(withGap.contains(r.indicator())).as(group.key() + " " + r.indicator() + " has a gap exactly"
                        + " when it is not met").isEqualTo("N".equals(r.met()));
            }
        }
        assertThat(gaps).isGreaterThan(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026Q3", "2025"})
    void withoutNoiseEveryIntervalIsThePublishedRank(String name) {
        Period period = Period.parse(name);
        computation.compute(period);
        PeriodExplanation explanation = explain(period, new AssessmentSettings.Robustness(50, BigDecimal.ZERO, 1L));
        int ranked = 0;
        for (PeriodExplanation.Group group : explanation.groups()) {
            RankRobustness.Interval interval = group.interval();
            assertThat(interval != null).as(group.key().toString())
                    .isEqualTo(group.score().rank() != null);
            if (interval != null) {
                ranked++;
                assertThat(interval).as(group.key().toString()).isEqualTo(new RankRobustness.Interval(
                        group.score().rank(), group.score().rank(), group.score().rank(), group.score().rank(), 50, 50));
            }
        }
        assertThat(ranked).as("17 districts and most of the 20 industries").isGreaterThan(30);

        // with the default noise, the intervals are ordered and hold the median
        for (PeriodExplanation.Group group : explain(period, settings.robustness()).groups()) {
            RankRobustness.Interval interval = group.interval();
            if (interval != null) {
                assertThat(interval.p5()).isLessThanOrEqualTo(interval.medianRank());
                assertThat(interval.medianRank()).isLessThanOrEqualTo(interval.p95());
                assertThat(interval.draws()).isEqualTo(1000);
            }
        }
    }

    /** The CSV files say the same: points and gaps that a reader can check against scores-P.csv and the targets. */
    @Test
    void theWrittenFilesHoldTheSameRules() throws IOException {
        Period period = Period.parse("2026Q3");
        computation.compute(period);
        report.write(period, out);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (CSVRecord r : csv("scores-2026Q3.csv")) {
            if (!r.get("score").isEmpty()) {
                scores.put(group(r), new BigDecimal(r.get("score")));
            }
        }
        Map<String, BigDecimal> earned = new HashMap<>();
        Map<String, Integer> parts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (CSVRecord r : csv("score-breakdown-2026Q3.csv")) {
            String group = group(r);
            if (!order.contains(group)) {
                order.add(group);
            }
            BigDecimal points = new BigDecimal(r.get("points"));
            assertThat(points.signum()).isNotNegative();
            assertThat(new BigDecimal(r.get("points_lost")).signum()).isNotNegative();
            earned.merge(group, points, BigDecimal::add);
            parts.merge(group, 1, Integer::sum);
        }
        assertThat(order).as("every scored group, in the order of scores-P.csv")
                .containsExactlyElementsOf(scores.keySet());
        // each rounded part is within half a hundredth of its exact value, and so is the rounded score
        scores.forEach((group, score) -> assertThat(earned.get(group).subtract(score).abs()).as(group)
                .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(parts.get(group) + 1))));
        for (CSVRecord r : csv("gaps-2026Q3.csv")) {
            long numerator = Long.parseLong(r.get("numerator"));
            long denominator = Long.parseLong(r.get("denominator"));
            long needed = Long.parseLong(r.get("needed"));
            BigDecimal target = new BigDecimal(r.get("target"));
            assertThat(published(numerator + needed, denominator)).isGreaterThanOrEqualTo(target);
            assertThat(published(numerator + needed - 1, denominator)).isLessThan(target);
        }
        assertThat(csv("rank-robustness-2026Q3.csv")).hasSizeGreaterThan(30);
        assertThat(out.resolve("2026Q3/charts/rank-intervals.png")).isNotEmptyFile();
    }

    private static BigDecimal published(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
    }

    private static String group(CSVRecord r) {
        return r.get("dimension") + "/" + r.get("district_code") + "/" + r.get("industry_code");
    }

    private List<CSVRecord> csv(String name) throws IOException {
        String text = Files.readString(out.resolve("2026Q3").resolve(name), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private PeriodExplanation explain(Period period, AssessmentSettings.Robustness robustness) {
        Map<Indicator, BigDecimal> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            weights.put(indicator, settings.weight(indicator));
        }
        return PeriodExplanation.of(results.findIndicators(period.toString()), results.findScores(period.toString()),
                weights, settings.grades(), robustness);
    }

    private Map<Indicator, Score.Term> terms(PeriodExplanation.Group group) {
        Map<Indicator, Score.Term> terms = new EnumMap<>(Indicator.class);
        group.indicators().forEach((indicator, r) -> terms.put(indicator, new Score.Term(
                new Ratio(r.numerator(), r.denominator()), r.target(), settings.weight(indicator))));
        return terms;
    }
}
