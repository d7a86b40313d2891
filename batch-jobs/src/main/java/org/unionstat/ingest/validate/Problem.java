package org.unionstat.ingest.validate;

import org.unionstat.domain.RejectCode;

/**
 * One broken rule of a row: the rule, the column concerned (its key) and what is wrong, still a key and arguments;
 * {@link Reasons} makes it text.
 */
public record Problem(RejectCode rule, String column, Reason.Detail detail) {

    /** The rule's code as stored: "E02". */
    public String code() {
        return rule.code();
    }
}
