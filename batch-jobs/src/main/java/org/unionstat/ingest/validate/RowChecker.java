package org.unionstat.ingest.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.unionstat.domain.QuotedInput;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.RejectCode;
import org.unionstat.domain.Uscc;
import org.unionstat.ingest.source.SourceRow;

/**
 * Reads the typed values of one row and collects every problem on the way; a value that cannot be read is null so
 * later rules can skip it. Cells are checked in column order, so problems of one code come out in column order.
 */
final class RowChecker {

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

    void problem(RejectCode rule, String column, Reason.Detail detail) {
        problems.add(new Problem(rule, column, detail));
    }

    /** A required text cell (E01 when empty, or when a spreadsheet's error value such as #N/A stands in it). */
    String text(String key) {
        String value = present(key);
        if (value != null && CellValues.isFormulaError(value)) {
            problem(RejectCode.E01, key, Reason.FORMULA_ERROR_VALUE.with(value));
            return null;
        }
        return value;
    }

    private String present(String key) {
        String value = row.cell(key);
        if (value.isEmpty()) {
            problem(RejectCode.E01, key, Reason.EMPTY.with());
            return null;
        }
        return value;
    }

    /** A required count (E01 when empty, E02 when not a non-negative integer, a formula error included). */
    Long requiredCount(String key) {
        return present(key) == null ? null : count(key);
    }

    /** An optional count: empty is 0 (docs/inputs.md#input-files). */
    Long optionalCount(String key) {
        return row.cell(key).isEmpty() ? Long.valueOf(0) : count(key);
    }

    private Long count(String key) {
        try {
            return CellValues.count(row.cell(key));
        } catch (CellValues.InvalidCellException e) {
            problem(RejectCode.E02, key, e.detail());
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
            problem(RejectCode.E03, key, e.detail());
            return null;
        }
    }

    /** A required USCC, normalised (E01, then {@code rule} when invalid). */
    String uscc(String key, RejectCode rule) {
        if (text(key) == null) {
            return null;
        }
        String normalized = Uscc.normalize(row.cell(key));
        Reason.Detail problem = CellValues.usccProblem(normalized);
        if (problem != null) {
            problem(rule, key, problem);
            return null;
        }
        return normalized;
    }

    /** A required district code of config/districts.csv (E01, E06). */
    String district(String key, ReferenceData reference) {
        String code = text(key);
        if (code != null && !reference.isDistrict(code)) {
            problem(RejectCode.E06, key, Reason.NOT_DISTRICT.with(QuotedInput.shorten(code)));
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
            problem(RejectCode.E07, key, Reason.NOT_INDUSTRY.with(QuotedInput.shorten(code)));
            return null;
        }
        return upper;
    }

    /** The cell as written, normalised like a code, for naming the row in the rejects file. */
    String recordId(String key) {
        return Uscc.normalize(row.cell(key));
    }
}
