package org.unionstat.tools.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.unionstat.domain.District;
import org.unionstat.domain.Industry;
import org.unionstat.domain.RejectCode;

/**
 * Streams one year's unit registry: every unit of every slot that exists that year (unionised or not), plus the
 * intentionally bad rows asked for. Nothing is held in memory but the row being written.
 */
final class RegistryWriter {

    private static final long REGISTRY = 20;

    private final Population population;
    private final long seed;

    RegistryWriter(Population population, long seed) {
        this.population = population;
        this.seed = seed;
    }

    /** Writes the registry of {@code year}; {@code defects} are registry codes (E01, E02, E05, E06, E07, E10). */
    SampleDataSummary.RegistryFile write(Path file, String relativePath, int year, int slots, FileStyle style,
            List<RejectCode> defects) throws IOException {
        Rng r = Rng.of(seed, REGISTRY, year);
        List<District> districts = population.districts();
        List<Industry> industries = population.industries();
        List<RegistryColumn> columns = new ArrayList<>(Arrays.asList(RegistryColumn.values()));
        if (style.shuffledColumns()) {
            r.shuffle(columns);
        }
        int rows = 0;
        int valid = 0;
        int required = 0;
        Map<RejectCode, Integer> defectCounts = new TreeMap<>();
        Object[] last = null;
        try (TableWriter out = TableWriter.open(file, style)) {
            out.row(columns.stream().map(style::header).toList());
            int nextDefect = 0;
            for (int slot = 0; slot < slots; slot++) {
                Population.Union union = population.union(slot);
                for (int k = 0; k <= union.neighbours(); k++) {
                    Population.Unit unit = population.unit(union, k);
                    if (!unit.inRegistry(year)) {
                        continue;
                    }
                    last = new Object[] {unit.id(), unit.name(), districts.get(unit.district()).code(),
                            industries.get(unit.industry()).code(), unit.employees(year)};
                    out.row(ordered(columns, last));
                    rows++;
                    valid++;
                    if (unit.employees(year) >= 25) {
                        required++;
                    }
                }
                // spread the bad rows through the file
                while (nextDefect < defects.size() && slot == (long) (nextDefect + 1) * slots / (defects.size() + 1)) {
                    RejectCode code = defects.get(nextDefect++);
                    out.row(ordered(columns, badRow(code, r, last, districts, industries)));
                    rows++;
                    defectCounts.merge(code, 1, Integer::sum);
                }
            }
        }
        return new SampleDataSummary.RegistryFile(year, relativePath, rows, defectCounts, valid, required);
    }

    private static Object[] badRow(RejectCode code, Rng r, Object[] last, List<District> districts, List<Industry> industries) {
        String district = r.pick(districts).code();
        String industry = r.pick(industries).code();
        String id = Population.uscc("91" + district + "MA" + Population.base31(Math.floorMod(r.nextLong(), 27_512_614_111L), 7));
        String name = "北京" + r.pick(new String[] {"顺捷", "隆泰", "嘉禾", "远航"}) + "贸易有限公司";
        int employees = r.between(5, 400);
        return switch (code) {
            case E01 -> new Object[] {id, name, district, industry, null};
            case E02 -> new Object[] {id, name, district, industry, "约" + employees};
            case E05 -> new Object[] {Defects.wrongCheck(id, r), name, district, industry, employees};
            case E06 -> new Object[] {id, name, "110228", industry, employees};
            case E07 -> new Object[] {id, name, district, "Z", employees};
            // the same unit entered twice, with another head count: the first row counts
            case E10 -> new Object[] {last[0], last[1], last[2], last[3], ((Integer) last[4]) + 7};
            default -> throw new IllegalArgumentException("not a registry defect: " + code);
        };
    }

    private static List<Object> ordered(List<RegistryColumn> columns, Object[] values) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (RegistryColumn c : columns) {
            cells.add(values[c.ordinal()]);
        }
        return cells;
    }
}
