package org.unionstat.report.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the leaders' report writes numbers, as Chinese official documents do (docs/outputs.md#leaders-report):
 * percentages to one decimal ({@code 69.5%}), differences of percentages in 个百分点 worked out from the percentages
 * as shown (so that a reader can check them by subtraction), scores to two decimals in 分, ranks as 第N名, counts with
 * thousands separators; a change that shows as zero is 持平, never 提高 or 下降.
 */
final class OfficialNumbers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OfficialNumbers() {
    }

    /** A ratio as a percentage to one decimal, rounded half up: 0.69549 → 69.5. */
    static BigDecimal percentage(BigDecimal ratio) {
        return ratio.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
    }

    /** {@code 69.5%}. */
    static String percent(BigDecimal ratio) {
        return percentage(ratio).toPlainString() + "%";
    }

    /** A target as written in a rule: {@code 90%}, {@code 95.5%} (no trailing zeros). */
    static String target(BigDecimal target) {
        BigDecimal percent = target.multiply(HUNDRED).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
    }

    /** The value as shown minus the target, in percentage points, to one decimal. */
    static BigDecimal pointsAgainstTarget(BigDecimal value, BigDecimal target) {
        return percentage(value).subtract(target.multiply(HUNDRED)).setScale(1, RoundingMode.HALF_UP);
    }

    /** The value as shown minus the previous value as shown, in percentage points. */
    static BigDecimal pointsChange(BigDecimal value, BigDecimal previous) {
        return percentage(value).subtract(percentage(previous));
    }

    /** A signed number of one or two decimals for a table: {@code +2.3}, {@code -20.5}, {@code 0.0}. */
    static String signed(BigDecimal difference) {
        return (difference.signum() > 0 ? "+" : "") + difference.toPlainString();
    }

    /**
     * A value against its target, from whether it met it ({@code met}, decided on the published value): 高于 …
     * 的目标 n 个百分点, 达到 … 的目标, 低于 … 的目标 n 个百分点, or 略低于 … 的目标（差距不足 0.1 个百分点）when the
     * shortfall does not show at one decimal.
     */
    static String againstTarget(BigDecimal value, BigDecimal target, boolean met) {
        BigDecimal points = pointsAgainstTarget(value, target);
        String goal = target(target) + " 的目标";
        if (met) {
            return points.signum() > 0 ? "高于 " + goal + " " + points.toPlainString() + " 个百分点" : "达到 " + goal;
        }
        return points.signum() < 0 ? "低于 " + goal + " " + points.negate().toPlainString() + " 个百分点"
                : "略低于 " + goal + "（差距不足 0.1 个百分点）";
    }

    /** A value below its target, said briefly: 低于目标 n 个百分点, or 略低于目标（差距不足 0.1 个百分点）. */
    static String shortOfTarget(BigDecimal value, BigDecimal target) {
        BigDecimal points = pointsAgainstTarget(value, target);
        return points.signum() < 0 ? "低于目标 " + points.negate().toPlainString() + " 个百分点"
                : "略低于目标（差距不足 0.1 个百分点）";
    }

    /** 提高 n 个百分点, 下降 n 个百分点, or 持平 when it shows as 0.0. */
    static String pointsMovement(BigDecimal points) {
        return movement(points, " 个百分点");
    }

    /** 提高 n 分, 下降 n 分, or 持平. */
    static String scoreMovement(BigDecimal change) {
        return movement(change.setScale(2, RoundingMode.HALF_UP), " 分");
    }

    private static String movement(BigDecimal change, String unit) {
        if (change.signum() == 0) {
            return "持平";
        }
        return (change.signum() > 0 ? "提高 " : "下降 ") + change.abs().toPlainString() + unit;
    }

    /** A score to two decimals: {@code 96.50}. */
    static String score(BigDecimal score) {
        return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** 第N名. */
    static String rank(int rank) {
        return "第" + rank + "名";
    }

    /** A whole number with thousands separators: {@code 12,345}. */
    static String count(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
    }

    /** A rank change in words for a table: 上升2位, 下降1位, 持平, 新参与排名, or — (no rank now). */
    static String rankChange(Integer rank, Integer previousRank) {
        if (rank == null) {
            return "—";
        }
        if (previousRank == null) {
            return "新参与排名";
        }
        int up = previousRank - rank;
        return up > 0 ? "上升" + up + "位" : up < 0 ? "下降" + (-up) + "位" : "持平";
    }
}
