package org.unionstat.tools.sample;

/** The columns of the quarterly report (docs/inputs.md#quarterly-report) in the documented order, with their English key and Chinese header. */
enum ReportColumn {
    PERIOD("period", "报告期", true, false),
    UNION_ID("union_id", "工会统一社会信用代码", true, false),
    UNION_NAME("union_name", "工会名称", true, false),
    UNIT_ID("unit_id", "单位统一社会信用代码", true, false),
    COVERED_UNIT_IDS("covered_unit_ids", "覆盖单位代码", false, false),
    DISTRICT_CODE("district_code", "所属区县代码", true, false),
    INDUSTRY_CODE("industry_code", "行业代码", true, false),
    EMPLOYEES("employees", "职工人数", true, true),
    MEMBERS("members", "会员人数", true, true),
    MIGRANT_EMPLOYEES("migrant_employees", "农民工人数", false, true),
    MIGRANT_MEMBERS("migrant_members", "农民工会员人数", false, true),
    INFO_COLLECTED("info_collected", "已采集信息会员数", false, true),
    CARDS_ISSUED("cards_issued", "京卡办理数", false, true),
    EVALUATED("evaluated", "参评会员数", false, true),
    SATISFIED("satisfied", "满意", false, true),
    BASICALLY_SATISFIED("basically_satisfied", "基本满意", false, true),
    DISSATISFIED("dissatisfied", "不满意", false, true),
    ACTIVITIES("activities", "本季度活动次数", false, true),
    SUBMITTED_ON("submitted_on", "报送日期", true, false);

    private final String key;
    private final String chinese;
    private final boolean required;
    private final boolean count;

    ReportColumn(String key, String chinese, boolean required, boolean count) {
        this.key = key;
        this.chinese = chinese;
        this.required = required;
        this.count = count;
    }

    String key() {
        return key;
    }

    String chinese() {
        return chinese;
    }

    boolean required() {
        return required;
    }

    boolean count() {
        return count;
    }
}
