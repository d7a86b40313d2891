package org.unionstat.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.unionstat.domain.Period;
import org.unionstat.ingest.source.InputLayout;
import org.unionstat.testing.Config;
import org.unionstat.testing.Reports;
import org.unionstat.text.Messages;

/** docs/inputs.md#validation row rules E01-E09 on quarterly reports: first code in rule order, every problem listed. */
class QuarterlyReportValidatorTest {

    private static final Period Q3 = Period.parse("2026Q3");
    /** The reasons as docs/inputs.md states them in English; Chinese ones: ReasonsTest. */
    private static final Reasons ENGLISH = new Reasons(Messages.inEnglish(), InputLayout.QUARTERLY_REPORT);
    private final QuarterlyReportValidator validator = new QuarterlyReportValidator(Config.referenceData());

    private Validation<ReportRow> check(Map<String, String> cells) {
        return validator.check(Reports.row(5, cells), Q3);
    }

    private Validation<ReportRow> check(String key, String value) {
        return check(Reports.report("2026Q3", 1, key, value));
    }

    @Test
    void acceptsAGoodRowAndNormalisesIt() {
        Map<String, String> cells = Reports.report("2026q3", 1);
        cells.put("union_id", Reports.unionId(1).toLowerCase());
        cells.put("industry_code", "c");
        cells.put("employees", "1,000");
        cells.put("members", "900.0");
        cells.put("activities", "");
        cells.put("submitted_on", "2026年10月8日");
        cells.put("covered_unit_ids", Reports.unitId(2) + "；" + Reports.unitId(3).toLowerCase() + ";" + Reports.unitId(1) + "; ;" + Reports.unitId(2));

        Validation<ReportRow> validation = check(cells);

        assertThat(validation.accepted()).as(validation.reasons(ENGLISH)).isTrue();
        ReportRow row = validation.row();
        assertThat(row.period()).isEqualTo("2026Q3");
        assertThat(row.unionId()).isEqualTo(Reports.unionId(1));
        assertThat(row.industryCode()).isEqualTo("C");
        assertThat(row.employees()).isEqualTo(1000);
        assertThat(row.members()).isEqualTo(900);
        assertThat(row.activities()).isZero();
        assertThat(row.submittedOn()).isEqualTo(LocalDate.of(2026, 10, 8));
        // separators ';' and '；', own unit and repeats dropped, empty entries ignored
        assertThat(row.coveredUnitIds()).containsExactly(Reports.unitId(2), Reports.unitId(3));
        assertThat(validation.recordId()).isEqualTo(Reports.unionId(1));
    }

    @Test
    void chinesePeriodIsAccepted() {
        assertThat(check("period", "2026年第3季度").accepted()).isTrue();
        assertThat(check("period", "2026年第三季度").accepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"period", "union_id", "union_name", "unit_id", "district_code", "industry_code", "employees",
        "members", "submitted_on"})
    void e01ARequiredCellIsEmpty(String key) {
        Validation<ReportRow> validation = check(key, "  ");

        assertThat(validation.reasonCode()).isEqualTo("E01");
        assertThat(validation.reasons(ENGLISH)).isEqualTo("E01 " + key + ": required cell is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"covered_unit_ids", "migrant_members", "info_collected", "cards_issued", "activities"})
    void optionalCellsMayBeEmpty(String key) {
        Validation<ReportRow> validation = check(key, "");

        assertThat(validation.accepted()).as(validation.reasons(ENGLISH)).isTrue();
    }

    @Test
    void anEmptyOptionalCountIsZeroForTheConsistencyRules() {
        Validation<ReportRow> validation = check("migrant_employees", "");

        assertThat(validation.reasons(ENGLISH)).isEqualTo("E09 migrant_members: 5 is more than migrant_employees (0)");
    }

    @Test
    void emptyEvaluationCountsAreZeroAndConsistent() {
        Map<String, String> cells = Reports.report("2026Q3", 1);
        for (String key : new String[] {"evaluated", "satisfied", "basically_satisfied", "dissatisfied"}) {
            cells.put(key, "");
        }
        Validation<ReportRow> validation = check(cells);

        assertThat(validation.accepted()).isTrue();
        assertThat(validation.row().evaluated()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"employees|-1|negative", "members|12.5|not a whole number", "activities|x|not a number",
        "cards_issued|1,2|not a number"})
    void e02ACountIsNotANonNegativeInteger(String key, String value, String reason) {
        Validation<ReportRow> validation = check(key, value);

        assertThat(validation.reasonCode()).isEqualTo("E02");
        assertThat(validation.reasons(ENGLISH)).startsWith("E02 " + key + ": '" + value + "' is " + reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-10", "8/10/2026"})
    void e03ADateIsMalformedOrImpossible(String value) {
        Validation<ReportRow> validation = check("submitted_on", value);

        assertThat(validation.reasonCode()).isEqualTo("E03");
        assertThat(validation.reasons(ENGLISH)).startsWith("E03 submitted_on: '" + value + "'");
    }

    @Test
    void e04UnionIdIsNotAValidUscc() {
        String wrongCheck = Reports.unionId(1).substring(0, 17) + (Reports.unionId(1).endsWith("0") ? "1" : "0");
        Validation<ReportRow> validation = check("union_id", wrongCheck);

        assertThat(validation.reasonCode()).isEqualTo("E04");
        assertThat(validation.reasons(ENGLISH)).startsWith("E04 union_id: '" + wrongCheck + "' is not a USCC");
    }

    @Test
    void e04UnionIdDoesNotBeginWith81() {
        Validation<ReportRow> validation = check("union_id", "91350100M000100Y43");

        assertThat(validation.reasonCode()).isEqualTo("E04");
        assertThat(validation.reasons(ENGLISH)).isEqualTo("E04 union_id: '91350100M000100Y43' does not begin with 81 (the code of a grassroots union)");
    }

    @Test
    void e05UnitIdIsNotAValidUscc() {
        Validation<ReportRow> validation = check("unit_id", "91350100M000100Y4");

        assertThat(validation.reasonCode()).isEqualTo("E05");
        assertThat(validation.reasons(ENGLISH)).startsWith("E05 unit_id: '91350100M000100Y4' is not a USCC");
    }

    @Test
    void e05ACoveredUnitIsNotAValidUscc() {
        Validation<ReportRow> validation = check("covered_unit_ids", Reports.unitId(2) + ";BAD;" + Reports.unitId(3) + ";ALSO-BAD");

        assertThat(validation.reasonCode()).isEqualTo("E05");
        assertThat(validation.reasons(ENGLISH)).isEqualTo("E05 covered_unit_ids: 'BAD' is not a USCC: 3 characters instead of 18; "
                + "E05 covered_unit_ids: 'ALSO-BAD' is not a USCC: 8 characters instead of 18");
    }

    @Test
    void commasDoNotSeparateCoveredUnits() {
        assertThat(check("covered_unit_ids", Reports.unitId(2) + "," + Reports.unitId(3)).reasonCode()).isEqualTo("E05");
    }

    @Test
    void e06DistrictIsNotInConfig() {
        Validation<ReportRow> validation = check("district_code", "110199");

        assertThat(validation.reasonCode()).isEqualTo("E06");
        assertThat(validation.reasons(ENGLISH)).isEqualTo("E06 district_code: '110199' is not a district code of config/districts.csv");
    }

    @Test
    void theEconomicDevelopmentAreaIsADistrict() {
        assertThat(check("district_code", "110400").accepted()).isTrue();
    }

    @Test
    void e07IndustryIsNotInConfig() {
        Validation<ReportRow> validation = check("industry_code", "Z");

        assertThat(validation.reasonCode()).isEqualTo("E07");
        assertThat(validation.reasons(ENGLISH)).isEqualTo("E07 industry_code: 'Z' is not an industry code of config/industries.csv");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026Q2|is not the period being imported (2026Q3)", "2026年第2季度|is not the period being imported (2026Q3)",
        "2026|is not a quarter", "2026Q5|is not a quarter", "Q3 2026|is not a quarter", "0999Q1|is not a quarter"})
    void e08PeriodIsMalformedOrNotTheImportedOne(String value, String reason) {
        Validation<ReportRow> validation = check("period", value);

        assertThat(validation.reasonCode()).isEqualTo("E08");
        assertThat(validation.reasons(ENGLISH)).startsWith("E08 period: '" + value + "' " + reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "members|101|members: 101 is more than employees (100)",
        "migrant_employees|101|migrant_employees: 101 is more than employees (100)",
        "migrant_members|11|migrant_members: 11 is more than migrant_employees (10)",
        "info_collected|91|info_collected: 91 is more than members (90)",
        "cards_issued|91|cards_issued: 91 is more than members (90)",
        "dissatisfied|2|evaluated: 20 is not satisfied + basically_satisfied + dissatisfied (15 + 4 + 2 = 21)"})
    void e09InconsistentCounts(String key, String value, String reason) {
        Validation<ReportRow> validation = check(key, value);

        assertThat(validation.reasonCode()).isEqualTo("E09");
        assertThat(validation.reasons(ENGLISH)).contains("E09 " + reason);
    }

    @Test
    void e09MigrantMembersAboveMembers() {
        Map<String, String> cells = Reports.report("2026Q3", 1);
        cells.put("migrant_employees", "100");
        cells.put("migrant_members", "95");

        assertThat(check(cells).reasons(ENGLISH)).isEqualTo("E09 migrant_members: 95 is more than members (90)");
    }

    @Test
    void e09EvaluatedAboveMembers() {
        Map<String, String> cells = Reports.report("2026Q3", 1);
        cells.put("evaluated", "95");
        cells.put("satisfied", "90");

        assertThat(check(cells).reasons(ENGLISH)).isEqualTo("E09 evaluated: 95 is more than members (90)");
    }

    @Test
    void theFirstRuleBrokenGivesTheCodeAndEveryProblemIsListedInRuleOrder() {
        Map<String, String> cells = Reports.report("2026Q3", 1);
        cells.put("period", "2026Q2");             // E08
        cells.put("industry_code", "Z");           // E07
        cells.put("union_name", "");               // E01
        cells.put("cards_issued", "500");          // E09 (members 90)
        cells.put("employees", "-5");              // E02
        cells.put("submitted_on", "2026-02-30");   // E03
        cells.put("unit_id", "X");                 // E05
        cells.put("district_code", "999999");      // E06
        cells.put("union_id", "91350100M000100Y43"); // E04

        Validation<ReportRow> validation = check(cells);

        assertThat(validation.reasonCode()).isEqualTo("E01");
        assertThat(validation.problems()).extracting(Problem::code)
                .containsExactly("E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09");
        assertThat(validation.reasons(ENGLISH)).isEqualTo("E01 union_name: required cell is empty; "
                + "E02 employees: '-5' is negative; "
                + "E03 submitted_on: '2026-02-30' is not a real date; "
                + "E04 union_id: '91350100M000100Y43' does not begin with 81 (the code of a grassroots union); "
                + "E05 unit_id: 'X' is not a USCC: 1 characters instead of 18; "
                + "E06 district_code: '999999' is not a district code of config/districts.csv; "
                + "E07 industry_code: 'Z' is not an industry code of config/industries.csv; "
                + "E08 period: '2026Q2' is not the period being imported (2026Q3); "
                + "E09 cards_issued: 500 is more than members (90)");
        assertThat(validation.recordId()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void aLaterCodeAloneIsTheReasonCode() {
        Map<String, String> cells = Reports.report("2026Q3", 1);
        cells.put("period", "2026Q4");
        cells.put("members", "120");

        Validation<ReportRow> validation = check(cells);

        assertThat(validation.reasonCode()).isEqualTo("E08");
        assertThat(validation.problems()).extracting(Problem::code).containsExactly("E08", "E09");
    }

    @Test
    void consistencyIsNotCheckedWithUnreadableCounts() {
        Map<String, String> cells = Reports.report("2026Q3", 1);
        cells.put("employees", "many");
        cells.put("members", "");

        assertThat(check(cells).problems()).extracting(Problem::code).containsExactly("E01", "E02");
    }

    @Test
    void aVeryLongNameIsCutToTheColumnWidth() {
        Validation<ReportRow> validation = check("union_name", "工".repeat(300));

        assertThat(validation.row().unionName()).hasSize(255);
    }
}
