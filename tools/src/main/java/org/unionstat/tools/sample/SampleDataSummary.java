package org.unionstat.tools.sample;

import java.util.List;
import java.util.Map;

import org.unionstat.domain.Period;
import org.unionstat.domain.RejectCode;

/**
 * What the generator wrote: every file with its rows and intentionally bad rows by docs/inputs.md#validation code, and totals per
 * quarter and per registry year. Paths are relative to the output directory, with '/' separators.
 */
public record SampleDataSummary(long seed, List<RegistryFile> registries, List<QuarterTotals> quarters,
        List<GeneratedFile> files) {

    /** One written file; {@code defects} maps a code (E01…E10) to the number of rows made to get it. */
    public record GeneratedFile(String path, String format, String description, int rows,
            Map<RejectCode, Integer> defects, boolean correction) {
    }

    public record RegistryFile(int year, String path, int rows, Map<RejectCode, Integer> defects, int validUnits,
            int requiredUnits) {
    }

    /**
     * @param rows           data rows in all files of the quarter, corrections included
     * @param acceptedRows   rows an importer must accept (rows minus intentionally bad ones)
     * @param acceptedUnions distinct unions with at least one acceptable row
     * @param formulaNames   union names beginning with =, +, - or @ (valid rows)
     */
    public record QuarterTotals(Period period, int files, int rows, int correctionRows, Map<RejectCode, Integer> defects,
            int acceptedRows, int acceptedUnions, int formulaNames) {
    }
}
