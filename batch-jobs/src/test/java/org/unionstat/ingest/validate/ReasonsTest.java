package org.unionstat.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.unionstat.domain.Period;
import org.unionstat.ingest.source.InputLayout;
import org.unionstat.testing.Config;
import org.unionstat.testing.Reports;
import org.unionstat.text.Messages;

/**
 * docs/inputs.md#validation: the reasons of a rejected row for every code, in Chinese (the default, columns named by
 * their Chinese headers) and in English (columns named by their keys); the codes are the same in both.
 */
class ReasonsTest {

    private static final Period Q3 = Period.parse("2026Q3");
    private static final Reasons CHINESE = new Reasons(Messages.inChinese(), InputLayout.QUARTERLY_REPORT);
    private static final Reasons ENGLISH = new Reasons(Messages.inEnglish(), InputLayout.QUARTERLY_REPORT);
    private final QuarterlyReportValidator validator = new QuarterlyReportValidator(Config.referenceData());

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', textBlock = """
            E01 | union_name       | ''                 | E01 工会名称：必填项为空 | E01 union_name: required cell is empty
            E02 | members          | -3                 | E02 会员人数：“-3”是负数 | E02 members: '-3' is negative
            E03 | submitted_on     | 2026-02-30         | E03 报送日期：“2026-02-30”不是存在的日期 | E03 submitted_on: '2026-02-30' is not a real date
            E04 | union_id         | 91350100M000100Y43 | E04 工会统一社会信用代码：“91350100M000100Y43”不以 81 开头（基层工会的代码以 81 开头） | E04 union_id: '91350100M000100Y43' does not begin with 81 (the code of a grassroots union)
            E05 | covered_unit_ids | BAD                | E05 覆盖单位代码：“BAD”不是统一社会信用代码：3 位，应为 18 位 | E05 covered_unit_ids: 'BAD' is not a USCC: 3 characters instead of 18
            E06 | district_code    | 120101             | E06 所属区县代码：“120101”不在区县代码表中 | E06 district_code: '120101' is not a district code of config/districts.csv
            E07 | industry_code    | Z                  | E07 行业代码：“Z”不在行业代码表中 | E07 industry_code: 'Z' is not an industry code of config/industries.csv
            E08 | period           | 2026Q2             | E08 报告期：“2026Q2”不是本次导入的报告期（2026Q3） | E08 period: '2026Q2' is not the period being imported (2026Q3)
            E09 | employees        | 10                 | E09 会员人数：90 大于职工人数（10） | E09 members: 90 is more than employees (10)
            """)
    void everyRowRuleIsSaidInBothLanguages(String code, String key, String value, String chinese, String english) {
        Map<String, String> cells = Reports.report("2026Q3", 1, key, value == null ? "" : value);
        cells.put("members", key.equals("members") ? value : "90");
        cells.put("employees", key.equals("employees") ? value : "100");
        for (String other : new String[] {"migrant_employees", "migrant_members", "info_collected", "cards_issued",
                "evaluated", "satisfied", "basically_satisfied", "dissatisfied"}) {
            cells.put(other, "0");
        }

        Validation<ReportRow> validation = validator.check(Reports.row(5, cells), Q3);

        assertThat(validation.reasonCode()).isEqualTo(code);
        assertThat(validation.reasons(CHINESE)).isEqualTo(chinese);
        assertThat(validation.reasons(ENGLISH)).isEqualTo(english);
    }

    /** E10 is decided by the writer, in file order; its text is the same for import and check. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            zh-CN | E10 工会统一社会信用代码：81350100M000100Y4X 已在第 7 行被接收
            en    | E10 union_id: 81350100M000100Y4X was already accepted from line 7
            """)
    void aRepeatedCodeIsSaidInBothLanguages(String locale, String expected) {
        Reasons reasons = new Reasons(Messages.of(org.unionstat.text.TextSettings.toLocale(locale)),
                InputLayout.QUARTERLY_REPORT);
        assertThat(reasons.of(FirstLines.repeated("union_id", "81350100M000100Y4X", 7))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            zh-CN | E01 工会名称：必填项为空；E02 会员人数：“-3”是负数
            en    | E01 union_name: required cell is empty; E02 members: '-3' is negative
            """)
    void severalProblemsAreOneLine(String locale, String expected) {
        Map<String, String> cells = Reports.report("2026Q3", 1, "union_name", "");
        cells.put("members", "-3");
        Reasons reasons = new Reasons(Messages.of(org.unionstat.text.TextSettings.toLocale(locale)),
                InputLayout.QUARTERLY_REPORT);
        assertThat(validator.check(Reports.row(5, cells), Q3).reasons(reasons)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            zh-CN | E09 参评会员数：10 不等于 满意 + 基本满意 + 不满意（3 + 3 + 3 = 9）
            en    | E09 evaluated: 10 is not satisfied + basically_satisfied + dissatisfied (3 + 3 + 3 = 9)
            """)
    void columnsNamedInsideAReasonFollowTheLanguage(String locale, String expected) {
        Map<String, String> cells = Reports.report("2026Q3", 1);
        cells.putAll(Map.of("members", "90", "evaluated", "10", "satisfied", "3", "basically_satisfied", "3",
                "dissatisfied", "3"));
        Reasons reasons = new Reasons(Messages.of(org.unionstat.text.TextSettings.toLocale(locale)),
                InputLayout.QUARTERLY_REPORT);
        assertThat(validator.check(Reports.row(5, cells), Q3).reasons(reasons)).isEqualTo(expected);
    }
}
