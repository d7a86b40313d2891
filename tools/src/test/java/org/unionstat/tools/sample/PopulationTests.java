package org.unionstat.tools.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.Uscc;
import org.unionstat.reference.ReferenceDataFiles;

class PopulationTests {

    private final ReferenceData reference = ReferenceDataFiles.load(Path.of("config/districts.csv"), Path.of("config/industries.csv"));
    private final Population population = new Population(reference, 7, true);

    @Test
    void unionAndUnitCodesAreValidDistinctUnifiedSocialCreditCodes() {
        Set<String> codes = new HashSet<>();
        for (int slot = 0; slot < 5000; slot++) {
            Population.Union union = population.union(slot);
            assertThat(Uscc.isValid(union.id())).as(union.id()).isTrue();
            assertThat(union.id()).startsWith("81");
            assertThat(codes.add(union.id())).as("distinct " + union.id()).isTrue();
            for (int k = 0; k <= union.neighbours(); k++) {
                String unit = population.unit(union, k).id();
                assertThat(Uscc.isValid(unit)).as(unit).isTrue();
                assertThat(unit.substring(0, 2)).isIn("91", "12", "52", "11");
                assertThat(codes.add(unit)).as("distinct " + unit).isTrue();
            }
        }
    }

    @Test
    void aUnionIsTheSameWhenAskedAgainAndItsCodeDoesNotChangeWithTheQuarter() {
        for (int slot = 0; slot < 200; slot++) {
            assertThat(population.union(slot)).isEqualTo(population.union(slot));
            Population.Union union = population.union(slot);
            for (int q = union.firstQuarter(); q <= union.lastQuarter(); q++) {
                Report report = population.report(union, q);
                assertThat(report.unionId()).isEqualTo(union.id());
                assertThat(report.unitId()).isEqualTo(population.unit(union, 0).id());
            }
        }
    }

    @Test
    void everyReportIsConsistent() {
        for (int slot = 0; slot < 2000; slot++) {
            Population.Union union = population.union(slot);
            for (int q = 0; q < Population.QUARTERS.size(); q++) {
                Report r = population.report(union, q);
                int me = n(r.migrantEmployees());
                int mm = n(r.migrantMembers());
                assertThat(r.members()).isBetween(0, r.employees());
                assertThat(me).isBetween(0, r.employees());
                assertThat(mm).isBetween(0, Math.min(me, r.members()));
                assertThat(n(r.infoCollected())).isBetween(0, r.members());
                assertThat(n(r.cardsIssued())).isBetween(0, r.members());
                assertThat(n(r.evaluated())).isBetween(0, r.members());
                assertThat(n(r.satisfied()) + n(r.basicallySatisfied()) + n(r.dissatisfied())).isEqualTo(n(r.evaluated()));
                assertThat(n(r.satisfied())).isNotNegative();
                assertThat(n(r.basicallySatisfied())).isNotNegative();
                assertThat(n(r.dissatisfied())).isNotNegative();
                assertThat(n(r.activities())).isBetween(0, 12);
                assertThat(r.submittedOn()).isAfter(r.period().lastDay());
                assertThat(r.coveredUnitIds()).allSatisfy(id -> assertThat(Uscc.isValid(id)).isTrue());
                if (union.joint()) {
                    assertThat(r.unionName()).endsWith("联合基层工会委员会");
                }
                Report revised = population.revised(r);
                assertThat(revised.members()).isBetween(r.members(), revised.employees());
            }
        }
    }

    @Test
    void theFirstSlotsPutEveryDistrictAndIndustryInEveryQuarter() {
        Set<String> districts = new HashSet<>();
        Set<String> industries = new HashSet<>();
        for (int slot = 0; slot < population.forcedSlots(); slot++) {
            Population.Union union = population.union(slot);
            assertThat(union.firstQuarter()).isZero();
            assertThat(union.lastQuarter()).isEqualTo(Population.QUARTERS.size() - 1);
            for (int q = 0; q < Population.QUARTERS.size(); q++) {
                assertThat(population.files(union, q)).isTrue();
            }
            districts.add(reference.districts().get(union.district()).code());
            industries.add(reference.industries().get(union.industry()).code());
        }
        assertThat(districts).hasSize(reference.districts().size());
        assertThat(industries).hasSize(reference.industries().size());
    }

    @Test
    void jointUnionsCoverSeveralSmallUnits() {
        int joint = 0;
        for (int slot = 0; slot < 3000; slot++) {
            Population.Union union = population.union(slot);
            if (union.joint()) {
                joint++;
                List<String> covered = population.report(union, 1).coveredUnitIds();
                assertThat(covered.size()).isBetween(1, 6);
            }
        }
        assertThat(joint).isBetween(100, 300);
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }
}
