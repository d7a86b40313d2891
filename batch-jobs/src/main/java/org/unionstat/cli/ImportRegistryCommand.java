package org.unionstat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.unionstat.batch.OutputDirectory;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.ingest.Imports;
import org.unionstat.text.Messages;


@Command(name = "import-registry", mixinStandardHelpOptions = true,
        description = {"Loads the unit registry (单位名录) of one year, replacing that year's registry as a whole.",
                "Exit code 0 even if rows were rejected (see OUT/rejects/), 1 if the file was refused."})
public class ImportRegistryCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--year", required = true, paramLabel = "YYYY", converter = YearConverter.class,
            description = "The year of the registry, e.g. 2026.")
    private int year;

    @Parameters(index = "0", paramLabel = "FILE", description = "The registry, a CSV or XLSX file.")
    private Path file;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final SpringContext spring;

    ImportRegistryCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        OutputDirectory.requireWritable(common.out()); // before any job: the rejects files go there
        ImportSummary summary = spring.bean(Imports.class).importRegistry(year, file, common.out());
        new SummaryPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), spring.bean(Messages.class))
                .print(summary);
        return summary.refused() ? Unionstat.EXIT_FAILURE : Unionstat.EXIT_OK;
    }

    /** A four-digit year; anything else is a usage error. */
    static final class YearConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (value == null || !value.strip().matches("\\d{4}") || value.strip().startsWith("0")) {
                throw new CommandLine.TypeConversionException("not a year (four digits, e.g. 2026): '" + value + "'");
            }
            return Integer.valueOf(value.strip());
        }
    }
}
