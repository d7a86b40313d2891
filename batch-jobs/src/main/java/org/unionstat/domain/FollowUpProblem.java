package org.unionstat.domain;

/**
 * Why an answer of a returned district workbook is rejected by {@code import-followup} (docs/data-quality.md#follow-up):
 * the code written in its rejects file, the rule in Chinese and in English.
 */
public enum FollowUpProblem {

    F01("报告期无此基层工会的报表", "no report of this union_id in the period (or the period is not a quarter)"),
    F02("规则代码或指标项不存在", "the rule or the field is not one of the data-quality rules'"),
    F03("核实情况不在列表中（已核实无误 / 已更正 / 待核实）", "the status is not one of 已核实无误, 已更正, 待核实"),
    F04("该报表没有此疑似异常", "no such flag was raised for this report"),
    F05("说明超过 1000 字", "the note is longer than 1000 characters");

    /** The longest note kept (followup_answer.note). */
    public static final int MAX_NOTE = 1000;

    private final String ruleInChinese;
    private final String ruleInEnglish;

    FollowUpProblem(String ruleInChinese, String ruleInEnglish) {
        this.ruleInChinese = ruleInChinese;
        this.ruleInEnglish = ruleInEnglish;
    }

    public String code() {
        return name();
    }

    public String ruleInChinese() {
        return ruleInChinese;
    }

    public String ruleInEnglish() {
        return ruleInEnglish;
    }
}
