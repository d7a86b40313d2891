package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The smallest whole number to add to a numerator so that the published value reaches the target. */
class IndicatorGapTest {

    static final BigDecimal NINETY = new BigDecimal("0.90");

    @Test
    void whatTheNumeratorLacks() {
        // 81/100 = 0.81: 90 members of 100 employees reach 0.900000
        assertThat(IndicatorGap.of(new Ratio(81, 100), NINETY)).hasValue(9);
        // 3 of 5 units: 4/5 = 0.8 is still short, 5/5 reaches it
        assertThat(IndicatorGap.of(new Ratio(3, 5), NINETY)).hasValue(2);
        // 263/293 = 0.897611…: 264/293 = 0.901024 reaches it
        assertThat(IndicatorGap.of(new Ratio(263, 293), NINETY)).hasValue(1);
        // reporting, target 1.00: 38 of 40 on time lack 2
        assertThat(IndicatorGap.of(new Ratio(38, 40), BigDecimal.ONE)).hasValue(2);
    }

    @Test
    void itIsThePublishedValueThatMustReachTheTarget() {
        // 1,799,999 / 2,000,000 = 0.8999995, published 0.900000: met; one fewer is published 0.899999
        assertThat(IndicatorGap.of(new Ratio(1_799_999, 2_000_000), NINETY)).isEmpty();
        assertThat(IndicatorGap.of(new Ratio(1_799_998, 2_000_000), NINETY)).hasValue(1);
        // target 1: 3,999,998 / 4,000,000 = 0.9999995 is published 1.000000, so nothing lacks although 2 did not file
        assertThat(IndicatorGap.of(new Ratio(3_999_998, 4_000_000), BigDecimal.ONE)).isEmpty();
        assertThat(IndicatorGap.of(new Ratio(3_999_997, 4_000_000), BigDecimal.ONE)).hasValue(1);
        // a target of more than 6 decimals: a published value reaches 0.9000001 only at 0.900001
        assertThat(IndicatorGap.of(new Ratio(900_000, 1_000_000), new BigDecimal("0.9000001"))).hasValue(1);
    }

    @Test
    void noGapWhenMetOrUnavailable() {
        assertThat(IndicatorGap.of(new Ratio(90, 100), NINETY)).isEmpty();
        assertThat(IndicatorGap.of(new Ratio(100, 100), BigDecimal.ONE)).isEmpty();
        assertThat(IndicatorGap.of(Ratio.NONE, NINETY)).isEmpty();
        assertThat(new IndicatorGap(NINETY).needed(95, 100)).isZero();
        assertThatThrownBy(() -> new IndicatorGap(NINETY).needed(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsBeyondALongProductAreWorkedOutExactly() {
        long denominator = 4_000_000_000_000_000L; // 1,799,999 × this overflows a long
        long numerator = denominator / 2;
        // 0.8999995 × d − d/2 = 0.3999995 × d
        assertThat(new IndicatorGap(NINETY).needed(numerator, denominator)).isEqualTo(1_599_998_000_000_000L);
    }

    /** Adding what lacks meets the target ({@link Ratio#met}); one less does not. */
    @Test
    void addingWhatLacksMeetsTheTargetAndOneLessDoesNot() {
        SplittableRandom random = new SplittableRandom(17);
        String[] targets = {"0.90", "1.00", "0.85", "0.333333", "0.000001", "0.999999"};
        for (int i = 0; i < 200_000; i++) {
            long denominator = 1 + random.nextLong((long) Math.pow(10, 1 + random.nextInt(9)));
            long numerator = random.nextLong(denominator + 1);
            BigDecimal target = new BigDecimal(targets[random.nextInt(targets.length)]);
            long needed = new IndicatorGap(target).needed(numerator, denominator);
            String at = numerator + "/" + denominator + " to " + target;
            assertThat(new Ratio(numerator + needed, denominator).met(target)).as(at).isEqualTo("Y");
            assertThat(numerator + needed).as(at).isLessThanOrEqualTo(denominator);
            if (needed > 0) {
                assertThat(new Ratio(numerator + needed - 1, denominator).met(target)).as(at).isEqualTo("N");
            } else {
                assertThat(new Ratio(numerator, denominator).met(target)).as(at).isEqualTo("Y");
            }
        }
    }
}
