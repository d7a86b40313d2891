package org.unionstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.unionstat.testing.Reports;
import org.unionstat.text.Messages;

/** docs/inputs.md#input-files: header by English key (any case) or Chinese header, any order; missing listed; unknown warned. */
class HeaderMappingTest {

    /** The messages as docs/inputs.md states them in English. */
    private static final Messages EN = Messages.inEnglish();

    private static final InputLayout LAYOUT = InputLayout.UNIT_REGISTRY;

    @Test
    void mapsEnglishKeysInAnyCaseAndOrder() {
        HeaderMapping header = HeaderMapping.of(LAYOUT, List.of("EMPLOYEES", "Unit_Name", " unit_id ", "district_code", "INDUSTRY_code"));

        assertThat(header.problem()).isEmpty();
        assertThat(header.warning()).isEmpty();
        assertThat(header.cells(List.of("30", " 某公司 ", "91350100M000100Y43", "110105", "C")))
                .containsEntry("unit_id", "91350100M000100Y43")
                .containsEntry("unit_name", "某公司")
                .containsEntry("employees", "30")
                .containsEntry("district_code", "110105")
                .containsEntry("industry_code", "C");
    }

    @Test
    void mapsChineseHeaders() {
        HeaderMapping header = HeaderMapping.of(LAYOUT, List.of("单位名称", "统一社会信用代码", "从业人员数", "行业代码", "区县代码"));

        assertThat(header.problem()).isEmpty();
        assertThat(header.cells(List.of("某公司", "91350100M000100Y43", "30", "C", "110105")))
                .containsEntry("unit_id", "91350100M000100Y43")
                .containsEntry("employees", "30");
    }

    @Test
    void mapsEveryChineseHeaderOfTheQuarterlyReportInReverseOrder() {
        List<String> chinese = new ArrayList<>(InputLayout.QUARTERLY_REPORT.columns().stream().map(Column::chineseHeader).toList());
        Collections.reverse(chinese);
        HeaderMapping header = HeaderMapping.of(InputLayout.QUARTERLY_REPORT, chinese);

        assertThat(header.problem()).isEmpty();
        assertThat(header.cells(chinese)).containsEntry("period", "报告期").containsEntry("submitted_on", "报送日期");
    }

    @Test
    void listsEveryMissingColumn() {
        HeaderMapping header = HeaderMapping.of(LAYOUT, List.of("unit_id", "district_code"));

        assertThat(header.missingColumns()).extracting(Column::key).containsExactly("unit_name", "industry_code", "employees");
        assertThat(header.problem().map(d -> d.in(EN))).hasValue(
                "missing required columns: unit_name (单位名称), industry_code (行业代码), employees (从业人员数)");
        assertThat(header.problem().map(d -> d.in(Messages.inChinese()))).hasValue(
                "缺少必需的列：单位名称（unit_name）、行业代码（industry_code）、从业人员数（employees）");
    }

    @Test
    void optionalColumnsMustBeInTheHeaderToo() {
        List<String> keys = new ArrayList<>(Reports.REPORT_KEYS);
        keys.remove("activities");
        keys.remove("covered_unit_ids");

        assertThat(HeaderMapping.of(InputLayout.QUARTERLY_REPORT, keys).missingColumns()).extracting(Column::key)
                .containsExactly("covered_unit_ids", "activities");
    }

    @Test
    void warnsAboutUnknownColumnsAndIgnoresEmptyOnes() {
        HeaderMapping header = HeaderMapping.of(LAYOUT, List.of("unit_id", "备注", "unit_name", "", "district_code",
                "industry_code", "employees", "remark", " "));

        assertThat(header.problem()).isEmpty();
        assertThat(header.warning().map(d -> d.in(EN))).hasValue("unknown columns ignored: 备注, remark");
        assertThat(header.cells(List.of("91350100M000100Y43", "x", "某公司")))
                .containsEntry("unit_name", "某公司")
                .containsEntry("employees", "");
    }

    @Test
    void namesMisspeltColumnsNextToTheMissingOnes() {
        HeaderMapping header = HeaderMapping.of(LAYOUT, List.of("unit_id", "unitname", "district_code", "industry_code", "employees"));

        assertThat(header.problem().map(d -> d.in(EN))).hasValue("missing required columns: unit_name (单位名称); unrecognised columns: unitname");
    }

    @Test
    void refusesAColumnGivenTwice() {
        HeaderMapping header = HeaderMapping.of(LAYOUT, List.of("unit_id", "统一社会信用代码", "unit_name", "district_code", "industry_code", "employees"));

        assertThat(header.problem().map(d -> d.in(EN))).hasValue("columns given more than once: unit_id");
    }

    @Test
    void anEmptyHeaderIsBlank() {
        assertThat(HeaderMapping.of(LAYOUT, List.of()).isBlank()).isTrue();
        assertThat(HeaderMapping.of(LAYOUT, List.of("", " ")).isBlank()).isTrue();
        assertThat(HeaderMapping.of(LAYOUT, List.of("x")).isBlank()).isFalse();
    }

    @Test
    void keyMatchingDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr"));
        try {
            // Turkish upper/lower-cases 'i' differently; keys with an 'I' must still match
            assertThat(HeaderMapping.of(LAYOUT, List.of("UNIT_ID", "UNIT_NAME", "DISTRICT_CODE", "INDUSTRY_CODE", "EMPLOYEES"))
                    .problem()).isEmpty();
        } finally {
            Locale.setDefault(before);
        }
    }
}
