package org.unionstat.domain;

import java.util.Optional;

/**
 * The rules a data row must pass, each with the code a rejected row gets (docs/inputs.md#validation). Their order is
 * the order of the rules: a row rejected for several gets the first. The code (E01…E10) is what is stored and written
 * in the rejects files; the rule is said by the bundles
 * (messages_zh_CN.properties, messages_en.properties) under {@link #messageKey()}.
 */
public enum RejectCode {

    E01, E02, E03, E04, E05, E06, E07, E08, E09, E10;

    /** "E06": as stored in rejected_row.reason_code and written in the rejects files. */
    public String code() {
        return name();
    }

    /** The key of the rule's text in the bundles: "reject.E01", as each language says the rule. */
    public String messageKey() {
        return "reject." + name();
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
