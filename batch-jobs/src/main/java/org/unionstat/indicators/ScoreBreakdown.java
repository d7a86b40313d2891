package org.unionstat.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unionstat.domain.Indicator;

/**
 * Where a group's score comes from (docs/indicators.md#points-lost): for each indicator of the set A (weight &gt; 0
 * and a value), the points it earned, 100 × weight × min(value ÷ target, 1) ÷ Σ_A weight, and the points it lost,
 * 100 × weight ÷ Σ_A weight − earned. Worked out in exact fractions and each rounded half-up to 2 decimals once,
 * so the earned points add up exactly to the score before its rounding.
 */
public final class ScoreBreakdown {

    /** One indicator's part: its weight, the points earned and the points lost, each rounded to 2 decimals. */
    public record Part(Indicator indicator, BigDecimal weight, BigDecimal points, BigDecimal pointsLost) {
    }

    private final List<Part> parts;
    private final Map<Indicator, Fraction> earned;
    private final Map<Indicator, Fraction> lost;
    private final Fraction score;

    private ScoreBreakdown(List<Part> parts, Map<Indicator, Fraction> earned, Map<Indicator, Fraction> lost,
            Fraction score) {
        this.parts = parts;
        this.earned = earned;
        this.lost = lost;
        this.score = score;
    }

    /** The breakdown of a group's terms, in indicator order; empty when no term counts (no score). */
    public static Optional<ScoreBreakdown> of(Map<Indicator, Score.Term> terms) {
        Fraction weights = Fraction.ZERO;
        for (Score.Term term : terms.values()) {
            if (term.counts()) {
                weights = weights.add(Fraction.of(term.weight()));
            }
        }
        if (weights.signum() == 0) {
            return Optional.empty();
        }
        Map<Indicator, Fraction> earned = new EnumMap<>(Indicator.class);
        Map<Indicator, Fraction> lost = new EnumMap<>(Indicator.class);
        List<Part> parts = new ArrayList<>();
        Fraction total = Fraction.ZERO;
        for (Indicator indicator : Indicator.values()) {
            Score.Term term = terms.get(indicator);
            if (term == null || !term.counts()) {
                continue;
            }
            Fraction share = Score.HUNDRED.multiply(Fraction.of(term.weight())).divide(weights);
            Fraction points = share.multiply(term.attainment());
            Fraction missed = share.subtract(points);
            earned.put(indicator, points);
            lost.put(indicator, missed);
            total = total.add(points);
            parts.add(new Part(indicator, term.weight(), points.round(Score.SCALE), missed.round(Score.SCALE)));
        }
        return Optional.of(new ScoreBreakdown(List.copyOf(parts), Collections.unmodifiableMap(earned),
                Collections.unmodifiableMap(lost), total));
    }

    public List<Part> parts() {
        return parts;
    }

    /** The score, rounded half-up to 2 decimals: the stored score. */
    public BigDecimal score() {
        return score.round(Score.SCALE);
    }

    /** The part that lost the most points (the first in indicator order among equals); empty when none lost any. */
    public Optional<Part> largestLoss() {
        return largestLosses(1).stream().findFirst();
    }

    /** Up to {@code n} parts that lost points, most first (equals in indicator order). */
    public List<Part> largestLosses(int n) {
        List<Part> losing = new ArrayList<>(parts.stream().filter(p -> lost.get(p.indicator()).signum() > 0).toList());
        losing.sort((a, b) -> lost.get(b.indicator()).compareTo(lost.get(a.indicator())));
        return List.copyOf(losing.subList(0, Math.min(n, losing.size())));
    }

    /** The exact score, before rounding: the sum of the exact earned points. */
    Fraction exactScore() {
        return score;
    }

    Fraction exactPoints(Indicator indicator) {
        return earned.get(indicator);
    }

    Fraction exactPointsLost(Indicator indicator) {
        return lost.get(indicator);
    }
}
