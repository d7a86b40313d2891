package org.unionstat.domain;

import java.util.Optional;

/**
 * The rules a data row must pass, each with the code a rejected row gets (docs/inputs.md#validation). Their order is
 * the order of the rules: a row rejected for several gets the first. The code (E01…E10) is what is stored and written
 * in the rejects files; the rule is said in Chinese for the workbooks and in English as docs/inputs.md says it.
 */
public enum RejectCode {

    E01("必填项为空", "a required cell is empty"),
    E02("人数不是非负整数", "a count is not a non-negative integer"),
    E03("日期格式错误或日期不存在", "a date is malformed or impossible"),
    E04("工会统一社会信用代码无效或不以 81 开头", "union_id is not a valid USCC, or does not begin with 81"),
    E05("单位或覆盖单位的统一社会信用代码无效", "unit_id, or an entry of covered_unit_ids, is not a valid USCC"),
    E06("区县代码不在区县表中", "district_code is not in config/districts.csv"),
    E07("行业代码不在行业表中", "industry_code is not in config/industries.csv"),
    E08("报告期格式错误或不是本次导入的报告期", "period is malformed or is not the period being imported"),
    E09("人数之间不一致（如会员人数大于职工人数、评议人数合计不等于参评人数）",
            "inconsistent counts: a count is more than the one it is part of (e.g. members > employees), or"
                    + " satisfied + basically_satisfied + dissatisfied ≠ evaluated"),
    E10("同一文件中该代码已有较早的一行被接收",
            "the same union_id (registry: unit_id) was already accepted from an earlier row of the same file");

    private final String ruleInChinese;
    private final String ruleInEnglish;

    RejectCode(String ruleInChinese, String ruleInEnglish) {
        this.ruleInChinese = ruleInChinese;
        this.ruleInEnglish = ruleInEnglish;
    }

    /** "E06": as stored in rejected_row.reason_code and written in the rejects files. */
    public String code() {
        return name();
    }

    public String ruleInChinese() {
        return ruleInChinese;
    }

    public String ruleInEnglish() {
        return ruleInEnglish;
    }

    /** The code written as {@code text} (surrounding blanks ignored); empty for anything else, null included. */
    public static Optional<RejectCode> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip();
        for (RejectCode value : values()) {
            if (value.name().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
