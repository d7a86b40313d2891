package org.unionstat.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.unionstat.ingest.source.InputLayout;
import org.unionstat.testing.Config;
import org.unionstat.testing.Reports;
import org.unionstat.text.Messages;

/** docs/inputs.md#validation: registry rows use E01, E02, E05 (unit_id), E06, E07 (E10 is the merge's). */
class RegistryRowValidatorTest {

    /** The reasons as docs/inputs.md states them in English; Chinese ones: ReasonsTest. */
    private static final Reasons ENGLISH = new Reasons(Messages.inEnglish(), InputLayout.UNIT_REGISTRY);
    private final RegistryRowValidator validator = new RegistryRowValidator(Config.referenceData());

    private Validation<RegistryRow> check(String key, String value) {
        Map<String, String> cells = Reports.unit(1);
        cells.put(key, value);
        return validator.check(Reports.row(2, cells));
    }

    @Test
    void acceptsAGoodRow() {
        Validation<RegistryRow> validation = check("employees", "1,250");

        assertThat(validation.row()).isEqualTo(new RegistryRow(Reports.unitId(1), "第1单位有限公司", "110105", "C", 1250));
    }

    @Test
    void eachRuleHasItsCode() {
        assertThat(check("unit_name", "").reasonCode()).isEqualTo("E01");
        assertThat(check("employees", "").reasonCode()).isEqualTo("E01");
        assertThat(check("employees", "-2").reasonCode()).isEqualTo("E02");
        assertThat(check("unit_id", "91350100M000100Y44").reasonCode()).isEqualTo("E05");
        assertThat(check("district_code", "120101").reasonCode()).isEqualTo("E06");
        assertThat(check("industry_code", "U").reasonCode()).isEqualTo("E07");
    }

    @Test
    void aUnitCodeNeedNotBeginWith81() {
        assertThat(check("unit_id", "91350100M000100Y43").accepted()).isTrue();
    }

    @Test
    void listsEveryProblem() {
        Map<String, String> cells = Reports.unit(1);
        cells.put("unit_id", "123");
        cells.put("industry_code", "");
        cells.put("employees", "2.5");

        Validation<RegistryRow> validation = validator.check(Reports.row(7, cells));

        assertThat(validation.reasonCode()).isEqualTo("E01");
        assertThat(validation.reasons(ENGLISH)).isEqualTo("E01 industry_code: required cell is empty; "
                + "E02 employees: '2.5' is not a whole number; E05 unit_id: '123' is not a USCC: 3 characters instead of 18");
        assertThat(validation.recordId()).isEqualTo("123");
    }
}
