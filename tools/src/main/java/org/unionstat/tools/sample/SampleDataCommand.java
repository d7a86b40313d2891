package org.unionstat.tools.sample;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.unionstat.cli.PeriodConverter;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.UserFacingException;
import org.unionstat.reference.ReferenceDataFiles;

/**
 * {@code sample-data}: writes the synthetic sample data set, or with {@code --bench} the large benchmark form.
 * A developer's tool (hidden from the help); it never starts Spring or touches a database.
 */
@Command(name = "sample-data", hidden = true, mixinStandardHelpOptions = true,
        description = "Writes the synthetic sample data set (or, with --bench, one large CSV per quarter).")
public class SampleDataCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sample-data",
            description = "Directory to write (default: ${DEFAULT-VALUE}); earlier registries, quarter directories and README.md there are replaced.")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SampleDataGenerator.DEFAULT_SEED,
            description = "Random seed (default: ${DEFAULT-VALUE}); the same seed gives the same files.")
    private long seed;

    @Option(names = {"--unions", "--rows"}, paramLabel = "N",
            description = "Reports per quarter: about N in the sample data (default " + SampleDataGenerator.DEFAULT_UNIONS
                    + "), exactly N with --bench (default 1000000).")
    private Integer unions;

    @Option(names = "--bench", description = "The benchmark form: plain UTF-8 CSV, exactly N rows a quarter, no bad rows, streamed.")
    private boolean bench;

    @Option(names = "--periods", paramLabel = "P", split = ",", converter = PeriodConverter.class,
            description = "With --bench: the quarters to write (default: 2024Q4 … 2026Q3).")
    private List<Period> periods;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Where districts.csv and industries.csv are (default: ${DEFAULT-VALUE}).")
    private Path config;

    @Override
    public Integer call() throws Exception {
        Path districts = config.resolve("districts.csv");
        Path industries = config.resolve("industries.csv");
        if (!Files.isRegularFile(districts) || !Files.isRegularFile(industries)) {
            throw new UserFacingException("sample-data: " + districts + " and " + industries
                    + " are needed (run from the project directory or give --config DIR)");
        }
        ReferenceData reference = ReferenceDataFiles.load(districts, industries);
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            if (bench) {
                int rows = unions == null ? 1_000_000 : unions;
                List<String> files = new BenchDataGenerator(reference, seed).generate(out, rows,
                        periods == null ? BenchDataGenerator.defaultPeriods() : periods);
                stdout.printf("sample-data: wrote %d files with %d reports a quarter to %s%n", files.size(), rows, out);
            } else {
                if (periods != null) {
                    throw new UserFacingException("sample-data: --periods goes with --bench; the sample data always has 2024Q4 … 2026Q3");
                }
                SampleDataSummary summary = new SampleDataGenerator(reference, seed)
                        .generate(out, unions == null ? SampleDataGenerator.DEFAULT_UNIONS : unions);
                for (SampleDataSummary.QuarterTotals q : summary.quarters()) {
                    stdout.printf("sample-data: %s  %d files, %d rows, %d bad on purpose %s%n", q.period(), q.files(),
                            q.rows(), q.rows() - q.acceptedRows(), q.defects());
                }
                stdout.printf("sample-data: wrote %d files to %s (see %s)%n", summary.files().size() + 1, out,
                        out.resolve("README.md"));
            }
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("sample-data: " + e.getMessage(), e);
        }
        return 0;
    }
}
