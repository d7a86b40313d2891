package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void valueIsRoundedHalfUpToSixDecimals() {
        assertThat(new Ratio(2, 3).value()).isEqualByComparingTo("0.666667");
        assertThat(new Ratio(1, 3).value()).isEqualByComparingTo("0.333333");
        // exactly half way: 0.0000005 → 0.000001 (half-up), not 0.000000 (half-even)
        assertThat(new Ratio(1, 2_000_000).value()).isEqualByComparingTo("0.000001");
        // just below half way: 0.00000049999… → 0.000000
        assertThat(new Ratio(1, 2_000_001).value()).isEqualByComparingTo("0.000000");
        // 0.0000025 → 0.000003 (half-even would give 0.000002)
        assertThat(new Ratio(1, 400_000).value()).isEqualByComparingTo("0.000003");
        assertThat(new Ratio(7, 7).value()).isEqualByComparingTo("1");
    }

    @Test
    void valueAlwaysHasSixDecimals() {
        assertThat(new Ratio(9, 10).value().toPlainString()).isEqualTo("0.900000");
        assertThat(new Ratio(0, 5).value().toPlainString()).isEqualTo("0.000000");
    }

    @Test
    void denominatorZeroIsUnavailable() {
        Ratio none = new Ratio(0, 0);
        assertThat(none.isAvailable()).isFalse();
        assertThat(none.value()).isNull();
        assertThat(none.met(new BigDecimal("0.90"))).isNull();
        assertThat(none.rankingValue()).isNull();
        assertThatThrownBy(none::exact).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void metComparesThePublishedValueWithTheTarget() {
        BigDecimal target = new BigDecimal("0.90");
        assertThat(new Ratio(9, 10).met(target)).isEqualTo("Y");
        assertThat(new Ratio(899_999, 1_000_000).met(target)).isEqualTo("N");
        assertThat(new Ratio(91, 100).met(target)).isEqualTo("Y");
        // exactly 0.8999995 is published as 0.900000: the reading of docs/indicators.md#values "met is Y when value ≥ target" on the value
        assertThat(new Ratio(1_799_999, 2_000_000).value()).isEqualByComparingTo("0.900000");
        assertThat(new Ratio(1_799_999, 2_000_000).met(target)).isEqualTo("Y");
        // 0.89999949… is published as 0.899999
        assertThat(new Ratio(8_999_994, 10_000_000).met(target)).isEqualTo("N");
        assertThat(new Ratio(1, 1).met(new BigDecimal("1.00"))).isEqualTo("Y");
    }

    @Test
    void rankingValueIsThePublishedValueRoundedHalfUpToFourDecimals() {
        assertThat(new Ratio(2, 3).rankingValue()).isEqualByComparingTo("0.6667");
        // 0.12345 → 0.1235 (half-up)
        assertThat(new Ratio(12_345, 100_000).rankingValue()).isEqualByComparingTo("0.1235");
        // 0.123449 → 0.1234
        assertThat(new Ratio(123_449, 1_000_000).rankingValue()).isEqualByComparingTo("0.1234");
    }

    @Test
    void countsAreNonNegative() {
        assertThatThrownBy(() -> new Ratio(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ratio(1, -3)).isInstanceOf(IllegalArgumentException.class);
    }
}
