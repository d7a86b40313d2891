package org.unionstat.domain;

import java.util.Optional;

/**
 * The columns of a quarterly report, in the order of the form (docs/inputs.md#quarterly-report): the key that files,
 * tables and flags use, the Chinese header a statistician reads, and whether a row must fill the cell. Every column,
 * optional ones included, is in a file's header.
 */
public enum ReportColumn {

    PERIOD("period", "报告期", true),
    UNION_ID("union_id", "工会统一社会信用代码", true),
    UNION_NAME("union_name", "工会名称", true),
    UNIT_ID("unit_id", "单位统一社会信用代码", true),
    COVERED_UNIT_IDS("covered_unit_ids", "覆盖单位代码", false),
    DISTRICT_CODE("district_code", "所属区县代码", true),
    INDUSTRY_CODE("industry_code", "行业代码", true),
    EMPLOYEES("employees", "职工人数", true),
    MEMBERS("members", "会员人数", true),
    MIGRANT_EMPLOYEES("migrant_employees", "农民工人数", false),
    MIGRANT_MEMBERS("migrant_members", "农民工会员人数", false),
    INFO_COLLECTED("info_collected", "已采集信息会员数", false),
    CARDS_ISSUED("cards_issued", "京卡办理数", false),
    EVALUATED("evaluated", "参评会员数", false),
    SATISFIED("satisfied", "满意", false),
    BASICALLY_SATISFIED("basically_satisfied", "基本满意", false),
    DISSATISFIED("dissatisfied", "不满意", false),
    ACTIVITIES("activities", "本季度活动次数", false),
    SUBMITTED_ON("submitted_on", "报送日期", true);

    private final String key;
    private final String chineseHeader;
    private final boolean required;

    ReportColumn(String key, String chineseHeader, boolean required) {
        this.key = key;
        this.chineseHeader = chineseHeader;
        this.required = required;
    }

    /** "employees": as in a file's English header, the tables and a flag's field. */
    public String key() {
        return key;
    }

    /** "职工人数": as in a file's Chinese header. */
    public String chineseHeader() {
        return chineseHeader;
    }

    /** Whether a row must fill the cell. */
    public boolean required() {
        return required;
    }

    /** The column of {@code key} (exactly as written); empty for anything else. */
    public static Optional<ReportColumn> ofKey(String key) {
        for (ReportColumn column : values()) {
            if (column.key.equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
