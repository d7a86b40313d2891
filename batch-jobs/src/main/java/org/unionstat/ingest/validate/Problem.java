package org.unionstat.ingest.validate;

import org.unionstat.domain.RejectCode;

/** One broken rule of a row: the rule, the column concerned and what is wrong. */
public record Problem(RejectCode rule, String column, String message) {

    /** The rule's code as stored: "E02". */
    public String code() {
        return rule.code();
    }

    /** "E02 members: '-3' is negative". */
    public String describe() {
        return code() + " " + column + ": " + message;
    }
}
