package org.unionstat.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The official way of writing the report's numbers (docs/outputs.md#leaders-report). */
class OfficialNumbersTest {

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void percentagesHaveOneDecimalRoundedHalfUpAndTargetsNoTrailingZeros() {
        assertThat(OfficialNumbers.percent(d("0.695000"))).isEqualTo("69.5%");
        assertThat(OfficialNumbers.percent(d("0.694950"))).isEqualTo("69.5%");
        assertThat(OfficialNumbers.percent(d("0.694949"))).isEqualTo("69.5%");
        assertThat(OfficialNumbers.percent(d("0.694940"))).isEqualTo("69.5%");
        assertThat(OfficialNumbers.percent(d("0.694900"))).isEqualTo("69.5%");
        assertThat(OfficialNumbers.percent(d("0.694499"))).isEqualTo("69.4%");
        assertThat(OfficialNumbers.percent(d("1.000000"))).isEqualTo("100.0%");
        assertThat(OfficialNumbers.percent(d("0"))).isEqualTo("0.0%");
        assertThat(OfficialNumbers.target(d("0.900000"))).isEqualTo("90%");
        assertThat(OfficialNumbers.target(d("1"))).isEqualTo("100%");
        assertThat(OfficialNumbers.target(d("0.955"))).isEqualTo("95.5%");
    }

    @Test
    void aValueAgainstItsTargetIsWorkedOutFromThePercentageShown() {
        assertThat(OfficialNumbers.againstTarget(d("0.695"), d("0.9"), false))
                .isEqualTo("低于 90% 的目标 20.5 个百分点");
        assertThat(OfficialNumbers.againstTarget(d("0.923456"), d("0.9"), true))
                .isEqualTo("高于 90% 的目标 2.3 个百分点");
        assertThat(OfficialNumbers.againstTarget(d("0.9"), d("0.9"), true)).isEqualTo("达到 90% 的目标");
        assertThat(OfficialNumbers.againstTarget(d("0.900040"), d("0.9"), true)).as("90.0% shown")
                .isEqualTo("达到 90% 的目标");
        assertThat(OfficialNumbers.againstTarget(d("0.899990"), d("0.9"), false))
                .as("below the target, though 90.0% is shown: never 低于 … 0.0 个百分点")
                .isEqualTo("略低于 90% 的目标（差距不足 0.1 个百分点）");
        assertThat(OfficialNumbers.shortOfTarget(d("0.521"), d("0.9"))).isEqualTo("低于目标 37.9 个百分点");
        assertThat(OfficialNumbers.shortOfTarget(d("0.999990"), d("1"))).isEqualTo("略低于目标（差距不足 0.1 个百分点）");
    }

    @Test
    void aChangeThatShowsAsZeroIsLevelNeverUpOrDown() {
        assertThat(OfficialNumbers.pointsMovement(OfficialNumbers.pointsChange(d("0.695"), d("0.694"))))
                .isEqualTo("提高 0.1 个百分点");
        assertThat(OfficialNumbers.pointsMovement(OfficialNumbers.pointsChange(d("0.694"), d("0.695"))))
                .isEqualTo("下降 0.1 个百分点");
        assertThat(OfficialNumbers.pointsChange(d("0.69541"), d("0.69459"))).as("both show as 69.5%")
                .isEqualByComparingTo("0");
        assertThat(OfficialNumbers.pointsMovement(OfficialNumbers.pointsChange(d("0.69541"), d("0.69459"))))
                .isEqualTo("持平");
        assertThat(OfficialNumbers.scoreMovement(d("0.00"))).isEqualTo("持平");
        assertThat(OfficialNumbers.scoreMovement(d("-3.2"))).isEqualTo("下降 3.20 分");
        assertThat(OfficialNumbers.scoreMovement(d("1.5"))).isEqualTo("提高 1.50 分");
        assertThat(OfficialNumbers.signed(d("2.3"))).isEqualTo("+2.3");
        assertThat(OfficialNumbers.signed(d("-20.5"))).isEqualTo("-20.5");
        assertThat(OfficialNumbers.signed(d("0.0"))).isEqualTo("0.0");
    }

    @Test
    void ranksCountsAndScores() {
        assertThat(OfficialNumbers.rank(1)).isEqualTo("第1名");
        assertThat(OfficialNumbers.count(1234567)).isEqualTo("1,234,567");
        assertThat(OfficialNumbers.count(0)).isEqualTo("0");
        assertThat(OfficialNumbers.score(d("96.5"))).isEqualTo("96.50");
        assertThat(OfficialNumbers.rankChange(1, 3)).isEqualTo("上升2位");
        assertThat(OfficialNumbers.rankChange(3, 1)).isEqualTo("下降2位");
        assertThat(OfficialNumbers.rankChange(2, 2)).isEqualTo("持平");
        assertThat(OfficialNumbers.rankChange(2, null)).isEqualTo("新参与排名");
        assertThat(OfficialNumbers.rankChange(null, 2)).isEqualTo("—");
    }
}
