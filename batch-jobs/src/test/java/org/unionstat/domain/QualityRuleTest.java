package org.unionstat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fields a flag names, in Chinese as the reports' headers say them, and read back from either name. */
class QualityRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            employees         | 职工人数
            members           | 会员人数
            migrant_employees | 农民工人数
            migrant_members   | 农民工会员人数
            info_collected    | 已采集信息会员数
            cards_issued      | 京卡办理数
            evaluated         | 参评会员数
            activities        | 本季度活动次数
            all_counts        | 全部人数
            """)
    void aFieldIsNamedByTheReportsHeaderAndReadBackFromEitherName(String key, String chinese) {
        assertThat(QualityRule.fieldInChinese(key)).isEqualTo(chinese);
        assertThat(QualityRule.fieldKey(chinese)).contains(key);
        assertThat(QualityRule.fieldKey(" " + key.toUpperCase(java.util.Locale.ROOT) + " ")).contains(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            union_name
            满意
            报送日期
            no_such_field
            """)
    void aColumnNoFlagNamesIsNoField(String text) {
        assertThat(QualityRule.fieldKey(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Q01, Q01", "' q06 ', Q06"})
    void aRuleIsReadInAnyCase(String text, QualityRule rule) {
        assertThat(QualityRule.of(text)).contains(rule);
        assertThat(QualityRule.of("Q07")).isEmpty();
    }
}
