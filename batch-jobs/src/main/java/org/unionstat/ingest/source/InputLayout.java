package org.unionstat.ingest.source;

import java.util.List;

/**
 * The columns of each kind of input file, in the order of docs/inputs.md#quarterly-report and #unit-registry. Every column, optional ones included,
 * must be present in a file's header; "required" is about the cells.
 */
public enum InputLayout {

    QUARTERLY_REPORT(List.of(
            new Column("period", "报告期", true),
            new Column("union_id", "工会统一社会信用代码", true),
            new Column("union_name", "工会名称", true),
            new Column("unit_id", "单位统一社会信用代码", true),
            new Column("covered_unit_ids", "覆盖单位代码", false),
            new Column("district_code", "所属区县代码", true),
            new Column("industry_code", "行业代码", true),
            new Column("employees", "职工人数", true),
            new Column("members", "会员人数", true),
            new Column("migrant_employees", "农民工人数", false),
            new Column("migrant_members", "农民工会员人数", false),
            new Column("info_collected", "已采集信息会员数", false),
            new Column("cards_issued", "京卡办理数", false),
            new Column("evaluated", "参评会员数", false),
            new Column("satisfied", "满意", false),
            new Column("basically_satisfied", "基本满意", false),
            new Column("dissatisfied", "不满意", false),
            new Column("activities", "本季度活动次数", false),
            new Column("submitted_on", "报送日期", true))),

    UNIT_REGISTRY(List.of(
            new Column("unit_id", "统一社会信用代码", true),
            new Column("unit_name", "单位名称", true),
            new Column("district_code", "区县代码", true),
            new Column("industry_code", "行业代码", true),
            new Column("employees", "从业人员数", true)));

    private final List<Column> columns;

    InputLayout(List<Column> columns) {
        this.columns = columns;
    }

    public List<Column> columns() {
        return columns;
    }
}
