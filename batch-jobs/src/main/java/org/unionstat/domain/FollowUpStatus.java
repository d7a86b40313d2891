package org.unionstat.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a district answers about a flagged figure (核实情况, docs/data-quality.md#follow-up): the only values the
 * workbooks' list offers and {@code import-followup} accepts.
 */
public enum FollowUpStatus {

    /** The figure is right: the same figure is not flagged again by the same rule. */
    CONFIRMED("已核实无误"),
    /** The figure was wrong and a corrected report is (to be) filed. */
    CORRECTED("已更正"),
    /** Not yet checked. */
    PENDING("待核实");

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    /** As written in the workbooks and stored: 已核实无误, 已更正, 待核实. */
    public String label() {
        return label;
    }

    public static List<String> labels() {
        return java.util.Arrays.stream(values()).map(FollowUpStatus::label).toList();
    }

    /** The status written as {@code text} (surrounding blanks ignored); empty for anything else. */
    public static Optional<FollowUpStatus> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String label = text.strip();
        for (FollowUpStatus value : values()) {
            if (value.label.equals(label)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
