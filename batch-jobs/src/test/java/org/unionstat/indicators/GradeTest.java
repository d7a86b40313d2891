package org.unionstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTest {

    private final AssessmentSettings.Grades bounds = AssessmentSettings.defaults().grades();

    @ParameterizedTest
    @CsvSource({"100.00, 优秀", "95.00, 优秀", "94.99, 良好", "85.00, 良好", "84.99, 合格", "70.00, 合格",
            "69.99, 待改进", "0.00, 待改进"})
    void boundsAreInclusive(String score, String label) {
        assertThat(Grade.of(new BigDecimal(score), bounds).label()).isEqualTo(label);
    }

    @Test
    void gradeIsGivenOnTheRoundedScore() {
        // an exact score of 94.995 rounds to 95.00, which is 优秀
        BigDecimal score = Score.of(List.of(new Score.Term(new Ratio(18_999, 20_000), BigDecimal.ONE, BigDecimal.TEN)))
                .orElseThrow();
        assertThat(score).isEqualByComparingTo("95.00");
        assertThat(Grade.of(score, bounds)).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void boundsAreConfigurable() {
        var strict = new AssessmentSettings.Grades(new BigDecimal("98"), new BigDecimal("90"), new BigDecimal("80"));
        assertThat(Grade.of(new BigDecimal("95.00"), strict)).isEqualTo(Grade.GOOD);
        assertThat(Grade.of(new BigDecimal("79.99"), strict)).isEqualTo(Grade.NEEDS_IMPROVEMENT);
    }
}
