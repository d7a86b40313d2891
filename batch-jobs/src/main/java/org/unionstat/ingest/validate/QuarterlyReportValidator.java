package org.unionstat.ingest.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;
import org.unionstat.domain.QuotedInput;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.RejectCode;
import org.unionstat.domain.Text;
import org.unionstat.domain.Uscc;
import org.unionstat.ingest.source.SourceRow;

/**
 * Rules E01-E09 on one row of a quarterly report file (docs/inputs.md#validation); E10 needs the rows before it and is decided by the
 * load step's writer, in file order.
 */
@Component
public class QuarterlyReportValidator {

    /** covered_unit_ids are separated by ';' or by the full-width '；' of Chinese input methods. */
    private static final Pattern COVERED_SEPARATORS = Pattern.compile("[;；]");

    private final ReferenceData reference;

    public QuarterlyReportValidator(ReferenceData reference) {
        this.reference = reference;
    }

    public Validation<ReportRow> check(SourceRow source, Period period) {
        RowChecker c = new RowChecker(source);
        String periodText = c.text("period");
        String unionId = unionId(c);
        String unionName = c.text("union_name");
        String unitId = c.uscc("unit_id", RejectCode.E05);
        List<String> covered = coveredUnits(c, source.cell("covered_unit_ids"), unitId);
        String district = c.district("district_code", reference);
        String industry = c.industry("industry_code", reference);
        Long employees = c.requiredCount("employees");
        Long members = c.requiredCount("members");
        Long migrantEmployees = c.optionalCount("migrant_employees");
        Long migrantMembers = c.optionalCount("migrant_members");
        Long infoCollected = c.optionalCount("info_collected");
        Long cardsIssued = c.optionalCount("cards_issued");
        Long evaluated = c.optionalCount("evaluated");
        Long satisfied = c.optionalCount("satisfied");
        Long basicallySatisfied = c.optionalCount("basically_satisfied");
        Long dissatisfied = c.optionalCount("dissatisfied");
        Long activities = c.optionalCount("activities");
        LocalDate submittedOn = c.date("submitted_on");
        if (periodText != null) {
            checkPeriod(c, periodText, period);
        }
        atMost(c, "members", members, "employees", employees);
        atMost(c, "migrant_employees", migrantEmployees, "employees", employees);
        atMost(c, "migrant_members", migrantMembers, "migrant_employees", migrantEmployees);
        atMost(c, "migrant_members", migrantMembers, "members", members);
        atMost(c, "info_collected", infoCollected, "members", members);
        atMost(c, "cards_issued", cardsIssued, "members", members);
        atMost(c, "evaluated", evaluated, "members", members);
        if (evaluated != null && satisfied != null && basicallySatisfied != null && dissatisfied != null
                && satisfied + basicallySatisfied + dissatisfied != evaluated) {
            c.problem(RejectCode.E09, "evaluated", Reason.NOT_SUM.with(evaluated, new Reason.ColumnName("satisfied"),
                    new Reason.ColumnName("basically_satisfied"), new Reason.ColumnName("dissatisfied"), satisfied,
                    basicallySatisfied, dissatisfied, satisfied + basicallySatisfied + dissatisfied));
        }
        if (c.hasProblems()) {
            return new Validation<>(null, c.recordId("union_id"), c.problems());
        }
        return new Validation<>(new ReportRow(period.toString(), unionId, Text.truncate(unionName, 255), unitId,
                covered, district, industry, employees, members, migrantEmployees, migrantMembers, infoCollected,
                cardsIssued, evaluated, satisfied, basicallySatisfied, dissatisfied, activities, submittedOn),
                unionId, List.of());
    }

    private static String unionId(RowChecker c) {
        String unionId = c.uscc("union_id", RejectCode.E04);
        if (unionId != null && !unionId.startsWith(Uscc.UNION_PREFIX)) {
            c.problem(RejectCode.E04, "union_id", Reason.NOT_UNION.with(QuotedInput.shorten(unionId)));
            return null;
        }
        return unionId;
    }

    /** The other units a joint union covers: valid codes, each once, without the union's own unit. */
    private static List<String> coveredUnits(RowChecker c, String cell, String ownUnitId) {
        if (cell.isEmpty()) {
            return List.of();
        }
        Set<String> units = new LinkedHashSet<>();
        for (String entry : COVERED_SEPARATORS.split(cell)) {
            String code = Uscc.normalize(entry);
            if (code.isEmpty()) {
                continue;
            }
            Reason.Detail problem = CellValues.usccProblem(code);
            if (problem != null) {
                c.problem(RejectCode.E05, "covered_unit_ids", problem);
            } else if (!code.equals(ownUnitId)) {
                units.add(code);
            }
        }
        return new ArrayList<>(units);
    }

    private static void checkPeriod(RowChecker c, String text, Period imported) {
        if (text.equals(imported.toString())) {
            return; // what nearly every row says, without parsing it
        }
        Optional<Period> stated;
        try {
            stated = Period.parseQuarter(text);
        } catch (IllegalArgumentException e) {
            stated = Optional.empty();
        }
        if (stated.isEmpty()) {
            c.problem(RejectCode.E08, "period", Reason.NOT_QUARTER.with(QuotedInput.shorten(text)));
        } else if (!stated.get().equals(imported)) {
            c.problem(RejectCode.E08, "period", Reason.OTHER_PERIOD.with(QuotedInput.shorten(text), imported.toString()));
        }
    }

    private static void atMost(RowChecker c, String key, Long value, String boundKey, Long bound) {
        if (value != null && bound != null && value > bound) {
            c.problem(RejectCode.E09, key, Reason.MORE_THAN.with(value, new Reason.ColumnName(boundKey), bound));
        }
    }
}
