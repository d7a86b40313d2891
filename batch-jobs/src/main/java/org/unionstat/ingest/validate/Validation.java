package org.unionstat.ingest.validate;

import java.util.Comparator;
import java.util.List;

import org.unionstat.domain.RejectCode;

/**
 * The verdict on one row: the parsed row when it passes, else every problem found, ordered by code (docs/inputs.md#validation order)
 * and, within a code, by column. {@code recordId} names the row in the rejects file (union_id or unit_id as written).
 */
public record Validation<T>(T row, String recordId, List<Problem> problems) {

    public Validation {
        problems = problems.stream().sorted(Comparator.comparing(Problem::rule)).toList();
        if ((row == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a row is either accepted or has problems");
        }
    }

    public boolean accepted() {
        return row != null;
    }

    /** The first rule broken, null for an accepted row. */
    public RejectCode reason() {
        return problems.isEmpty() ? null : problems.get(0).rule();
    }

    /** The code of the first rule broken, as stored ("E06"). */
    public String reasonCode() {
        return problems.isEmpty() ? null : problems.get(0).code();
    }

    /** Every problem, in one line: "E01 union_name: required cell is empty; E02 members: '-3' is negative". */
    public String reasons(Reasons reasons) {
        return reasons.of(problems);
    }
}
