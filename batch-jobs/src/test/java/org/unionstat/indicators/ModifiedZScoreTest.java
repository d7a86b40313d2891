package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModifiedZScoreTest {

    @Test
    void medianAndMadOfAnEvenCount() {
        // sorted 1 2 4 10: median (2 + 4) / 2 = 3; |x − 3| = 2 1 1 7 → sorted 1 1 2 7, MAD (1 + 2) / 2 = 1.5
        ModifiedZScore score = ModifiedZScore.of(new double[] {10, 2, 4, 1, 99}, 4);
        assertThat(score.median()).isEqualTo(3);
        // z of 10 = 0.6745 × 7 / 1.5 = 3.147667
        assertThat(score.z(10)).isCloseTo(3.147667, within(1e-6));
    }

    @Test
    void aMadOfZeroFallsBackOnTheMeanAbsoluteDeviation() {
        // 0 0 0 4: median 0, MAD 0; mean |x| = 1, scale 1.253314; z of 4 = 3.191536
        ModifiedZScore score = ModifiedZScore.of(new double[] {0, 4, 0, 0}, 4);
        assertThat(score.z(4)).isCloseTo(4 / 1.253314, within(1e-6));
        assertThat(score.z(0)).isZero();
    }

    @Test
    void withNoSpreadAtAllAnyChangeIsExtreme() {
        ModifiedZScore score = ModifiedZScore.of(new double[] {0.5, 0.5, 0.5}, 3);
        assertThat(score.z(0.5)).isZero();
        assertThat(score.z(0.6)).isInfinite().isPositive();
        assertThat(score.z(0.4)).isInfinite().isNegative();
    }

    @Test
    void theLogChangeIsSymmetricAndDefinedAtZero() {
        assertThat(ModifiedZScore.logChange(0, 0)).isZero();
        assertThat(ModifiedZScore.logChange(99, 199)).isCloseTo(-ModifiedZScore.logChange(199, 99), within(1e-12));
        assertThat(ModifiedZScore.logChange(99, 399)).isCloseTo(Math.log(4), within(1e-12));
    }

    @Test
    void everyValueBeyondTheLimitLiesBeyondTheDistanceTheDatabaseFiltersBy() {
        // sorted 1 2 4 10: median 3, MAD 1.5, scale 1.5 / 0.6745; |z| > 3.5 from |x − 3| > 3.5 × 2.223870 = 7.783544
        ModifiedZScore score = ModifiedZScore.of(new double[] {10, 2, 4, 1}, 4);
        double exact = 3.5 * 1.5 / 0.6745;
        double justBeyond = 3 + Math.nextUp(exact);
        assertThat(Math.abs(score.z(justBeyond))).isGreaterThan(3.5);
        assertThat(justBeyond - score.median()).isGreaterThan(score.distanceBeyond(3.5));
        assertThat(score.distanceBeyond(3.5)).isLessThan(exact).isCloseTo(exact, within(1e-6));
        // no spread: every value but the median is extreme, so the database filters nothing out
        assertThat(ModifiedZScore.of(new double[] {0.5, 0.5}, 2).distanceBeyond(3.5)).isNegative();
    }
}
