package org.unionstat.ingest.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.Uscc;
import org.unionstat.ingest.source.SourceRow;

/**
 * Reads the typed values of one row and collects every problem on the way; a value that cannot be read is null so
 * later rules can skip it. Cells are checked in column order, so problems of one code come out in column order.
 */
public final class RowChecker {

    static final String E01 = "E01";
    static final String E02 = "E02";
    static final String E03 = "E03";
    static final String E04 = "E04";
    static final String E05 = "E05";
    static final String E06 = "E06";
    static final String E07 = "E07";
    static final String E08 = "E08";
    static final String E09 = "E09";
    public static final String E10 = "E10";

    private final SourceRow row;
    private final List<Problem> problems = new ArrayList<>();

    RowChecker(SourceRow row) {
        this.row = row;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void problem(String code, String column, String message) {
        problems.add(new Problem(code, column, message));
    }

    /** A required text cell (E01 when empty). */
    String text(String key) {
        String value = row.cell(key);
        if (value.isEmpty()) {
            problem(E01, key, "required cell is empty");
            return null;
        }
        return value;
    }

    /** A required count (E01 when empty, E02 when not a non-negative integer). */
    Long requiredCount(String key) {
        return text(key) == null ? null : count(key);
    }

    /** An optional count: empty is 0 (docs/inputs.md#input-files). */
    Long optionalCount(String key) {
        return row.cell(key).isEmpty() ? Long.valueOf(0) : count(key);
    }

    private Long count(String key) {
        try {
            return CellValues.count(row.cell(key));
        } catch (CellValues.InvalidCellException e) {
            problem(E02, key, e.getMessage());
            return null;
        }
    }

    /** A required date (E01, E03). */
    LocalDate date(String key) {
        if (text(key) == null) {
            return null;
        }
        try {
            return CellValues.date(row.cell(key));
        } catch (CellValues.InvalidCellException e) {
            problem(E03, key, e.getMessage());
            return null;
        }
    }

    /** A required USCC, normalised (E01, then {@code code} when invalid). */
    String uscc(String key, String code) {
        if (text(key) == null) {
            return null;
        }
        String normalized = Uscc.normalize(row.cell(key));
        String problem = CellValues.usccProblem(normalized);
        if (problem != null) {
            problem(code, key, problem);
            return null;
        }
        return normalized;
    }

    /** A required district code of config/districts.csv (E01, E06). */
    String district(String key, ReferenceData reference) {
        String code = text(key);
        if (code != null && !reference.isDistrict(code)) {
            problem(E06, key, "'" + code + "' is not a district code of config/districts.csv");
            return null;
        }
        return code;
    }

    /** A required industry section letter of config/industries.csv, any case (E01, E07). */
    String industry(String key, ReferenceData reference) {
        String code = text(key);
        if (code == null) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (!reference.isIndustry(upper)) {
            problem(E07, key, "'" + code + "' is not an industry code of config/industries.csv");
            return null;
        }
        return upper;
    }

    /** The cell as written, normalised like a code, for naming the row in the rejects file. */
    String recordId(String key) {
        return Uscc.normalize(row.cell(key));
    }
}
