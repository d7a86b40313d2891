package org.unionstat.domain;

/**
 * Why an answer of a returned district workbook is rejected by {@code import-followup} (docs/data-quality.md#follow-up):
 * the code written in its rejects file;
 * the rule is said by the bundles under {@link #messageKey()}.
 */
public enum FollowUpProblem {

    F01, F02, F03, F04, F05;

    /** The longest note kept (followup_answer.note). */
    public static final int MAX_NOTE = 1000;

    public String code() {
        return name();
    }

    /** The key of the rule's text in the bundles: "followup.F01", as each language says the rule. */
    public String messageKey() {
        return "followup." + name();
    }
}
