package org.unionstat.indicators;

import java.math.BigDecimal;

/** The grade of a rounded score (docs/indicators.md): ≥ 95 优秀, ≥ 85 良好, ≥ 70 合格, else 待改进 (bounds configurable). */
public enum Grade {
    EXCELLENT("优秀"),
    GOOD("良好"),
    PASS("合格"),
    NEEDS_IMPROVEMENT("待改进");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The Chinese label written in outputs. */
    public String label() {
        return label;
    }

    public static Grade of(BigDecimal roundedScore, AssessmentSettings.Grades bounds) {
        if (roundedScore.compareTo(bounds.excellent()) >= 0) {
            return EXCELLENT;
        }
        if (roundedScore.compareTo(bounds.good()) >= 0) {
            return GOOD;
        }
        return roundedScore.compareTo(bounds.pass()) >= 0 ? PASS : NEEDS_IMPROVEMENT;
    }
}
