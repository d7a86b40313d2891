package org.unionstat.ingest.validate;

import java.util.List;

import org.springframework.stereotype.Component;

import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.RejectCode;
import org.unionstat.domain.Text;
import org.unionstat.ingest.source.SourceRow;

/** Rules E01, E02, E05, E06 and E07 on one row of a unit registry file (docs/inputs.md#validation); E10 is the load step writer's. */
@Component
public class RegistryRowValidator {

    private final ReferenceData reference;

    public RegistryRowValidator(ReferenceData reference) {
        this.reference = reference;
    }

    public Validation<RegistryRow> check(SourceRow source) {
        RowChecker c = new RowChecker(source);
        String unitId = c.uscc("unit_id", RejectCode.E05);
        String unitName = c.text("unit_name");
        String district = c.district("district_code", reference);
        String industry = c.industry("industry_code", reference);
        Long employees = c.requiredCount("employees");
        if (c.hasProblems()) {
            return new Validation<>(null, c.recordId("unit_id"), c.problems());
        }
        return new Validation<>(new RegistryRow(unitId, Text.truncate(unitName, 255), district, industry, employees),
                unitId, List.of());
    }
}
