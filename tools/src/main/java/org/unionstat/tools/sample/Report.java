package org.unionstat.tools.sample;

import java.time.LocalDate;
import java.util.List;

import org.unionstat.domain.Period;

/** One clean quarterly report as the generator makes it; a null optional count is an empty cell. */
record Report(Period period, int slot, String unionId, String unionName, String unitId, List<String> coveredUnitIds,
        String districtCode, String industryCode, int employees, int members, Integer migrantEmployees,
        Integer migrantMembers, Integer infoCollected, Integer cardsIssued, Integer evaluated, Integer satisfied,
        Integer basicallySatisfied, Integer dissatisfied, Integer activities, LocalDate submittedOn) {

    Report withCounts(int newEmployees, int newMembers, LocalDate newSubmittedOn) {
        return new Report(period, slot, unionId, unionName, unitId, coveredUnitIds, districtCode, industryCode,
                newEmployees, newMembers, migrantEmployees, migrantMembers, infoCollected, cardsIssued, evaluated,
                satisfied, basicallySatisfied, dissatisfied, activities, newSubmittedOn);
    }
}
