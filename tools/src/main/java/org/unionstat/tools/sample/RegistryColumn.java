package org.unionstat.tools.sample;

/** The columns of the unit registry (docs/inputs.md#unit-registry), with their English key and Chinese header. */
enum RegistryColumn {
    UNIT_ID("unit_id", "统一社会信用代码"),
    UNIT_NAME("unit_name", "单位名称"),
    DISTRICT_CODE("district_code", "区县代码"),
    INDUSTRY_CODE("industry_code", "行业代码"),
    EMPLOYEES("employees", "从业人员数");

    private final String key;
    private final String chinese;

    RegistryColumn(String key, String chinese) {
        this.key = key;
        this.chinese = chinese;
    }

    String key() {
        return key;
    }

    String chinese() {
        return chinese;
    }
}
