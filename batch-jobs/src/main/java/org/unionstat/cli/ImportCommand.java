package org.unionstat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.unionstat.batch.OutputDirectory;
import org.unionstat.domain.Period;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.ingest.Imports;
import org.unionstat.text.Messages;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads quarterly reports from files or directories.",
                "A directory stands for its *.csv and *.xlsx files, imported in file-name order.",
                "Exit code 0 even if rows were rejected (see OUT/rejects/), 1 if a file was refused."})
public class ImportCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--period", required = true, paramLabel = "P", converter = QuarterConverter.class,
            description = "The quarter being imported, e.g. 2026Q3.")
    private Period period;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "CSV or XLSX files, or directories of them.")
    private List<Path> paths;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final SpringContext spring;

    ImportCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        OutputDirectory.requireWritable(common.out()); // before any job: the rejects files go there
        SummaryPrinter printer = new SummaryPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(),
                spring.bean(Messages.class));
        List<ImportSummary> summaries = spring.bean(Imports.class)
                .importPaths(period, paths, common.out(), printer::print);
        return summaries.stream().anyMatch(ImportSummary::refused) ? Unionstat.EXIT_FAILURE : Unionstat.EXIT_OK;
    }

    /** {@code --period} of an import is a quarter; a year is a usage error. */
    static final class QuarterConverter implements CommandLine.ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            Period period;
            try {
                period = Period.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            if (!period.isQuarter()) {
                throw new CommandLine.TypeConversionException(
                        "reports are imported into a quarter such as " + value + "Q1, not a year: '" + value + "'");
            }
            return period;
        }
    }
}
