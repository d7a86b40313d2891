package org.unionstat.tools.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;

/**
 * The benchmark form of the sample data: the same kind of unions, but exactly {@code rows} reports per quarter, one
 * plain UTF-8 CSV per quarter (English keys, the documented column order, ISO dates, no bad rows) and both registries as plain
 * CSV (an XLSX sheet could not hold them). Everything is streamed: memory use does not grow with the row count.
 */
public final class BenchDataGenerator {

    private final ReferenceData reference;
    private final long seed;

    public BenchDataGenerator(ReferenceData reference, long seed) {
        this.reference = reference;
        this.seed = seed;
    }

    /** The quarters the bench form covers unless told otherwise: the same eight as the sample data. */
    public static List<Period> defaultPeriods() {
        return Population.QUARTERS;
    }

    /**
     * Writes {@code registry-2024.csv}, {@code registry-2025.csv} and {@code <period>/reports-<period>.csv} for each
     * of {@code periods} (quarters 2024Q4 … 2026Q3) into {@code out}. Returns the files written, relative to out.
     */
    public List<String> generate(Path out, int rows, List<Period> periods) throws IOException {
        if (rows < 1) {
            throw new IllegalArgumentException("rows per quarter must be positive: " + rows);
        }
        for (Period p : periods) {
            if (!Population.QUARTERS.contains(p)) {
                throw new IllegalArgumentException("the bench data covers the quarters " + Population.QUARTERS.get(0)
                        + " … " + Population.QUARTERS.get(Population.QUARTERS.size() - 1) + ", not " + p);
            }
        }
        Population population = new Population(reference, seed, false);
        SampleDataGenerator.clean(out);
        Files.createDirectories(out);
        FileStyle plain = FileStyle.plain();
        List<String> written = new ArrayList<>();
        RegistryWriter registry = new RegistryWriter(population, seed);
        for (int year = Population.FIRST_REGISTRY_YEAR; year <= Population.LAST_REGISTRY_YEAR; year++) {
            String name = "registry-" + year + ".csv";
            registry.write(out.resolve(name), name, year, rows, plain, List.of());
            written.add(name);
        }
        List<String> header = new ArrayList<>();
        for (ReportColumn c : ReportColumn.values()) {
            header.add(c.key());
        }
        for (Period period : periods) {
            int q = Population.QUARTERS.indexOf(period);
            Path dir = Files.createDirectories(out.resolve(period.toString()));
            String name = "reports-" + period + ".csv";
            try (TableWriter writer = TableWriter.open(dir.resolve(name), plain)) {
                writer.row(header);
                List<Object> cells = new ArrayList<>(header.size());
                for (int slot = 0; slot < rows; slot++) {
                    ReportRow row = ReportRow.of(population.report(population.union(slot), q));
                    cells.clear();
                    for (Object value : row.cells.values()) {
                        cells.add(value instanceof Period p ? p.toString() : value);
                    }
                    writer.row(cells);
                }
            }
            written.add(period + "/" + name);
        }
        return written;
    }
}
