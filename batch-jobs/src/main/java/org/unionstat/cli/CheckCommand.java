package org.unionstat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.core.env.ConfigurableEnvironment;

import org.unionstat.batch.OutputDirectory;
import org.unionstat.domain.Period;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.ingest.check.FileCheck;
import org.unionstat.ingest.source.XlsxLimits;
import org.unionstat.reference.ReferenceDataFiles;
import org.unionstat.text.Messages;

/**
 * {@code check}: what {@code import} (or {@code import-registry}) would make of files, with nothing stored. It needs
 * no database and does not start Spring: the settings and the reference data are read as the application reads them.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks files as import would, storing nothing (no database needed): quarterly reports with",
                "--period P (files or directories, as import takes them), or a unit registry with --year YYYY FILE.",
                "Writes OUT/check/<period or year>/<file>.rejects.csv and a feedback workbook <file>.xlsx per file.",
                "Exit code 0 if every row would be accepted, 3 if rows would be rejected,",
                "1 if a file would be refused."})
public class CheckCommand implements Callable<Integer> {

    /** Some rows would be rejected, no file refused. */
    static final int EXIT_REJECTED = 3;

    @Mixin
    private CommonOptions common;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "CSV or XLSX files, or directories of them; with --year the one registry file.")
    private List<Path> paths;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** What the files would be imported into: a quarter's reports, or a year's registry. */
    static final class Target {
        @Option(names = "--period", required = true, paramLabel = "P", converter = ImportCommand.QuarterConverter.class,
                description = "Quarterly reports for this quarter, e.g. 2026Q3.")
        private Period period;

        @Option(names = "--year", required = true, paramLabel = "YYYY",
                converter = ImportRegistryCommand.YearConverter.class,
                description = "A unit registry for this year, e.g. 2026.")
        private Integer year;
    }

    @Override
    public Integer call() {
        if (target.year != null && paths.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "check --year takes one registry file, not " + paths.size() + " paths");
        }
        quietLibraries();
        OutputDirectory.requireWritable(common.out());
        ConfigurableEnvironment settings = ConfigFiles.settings();
        XlsxLimits.apply(settings);
        Messages messages = ConfigFiles.messages(settings);
        FileCheck check = new FileCheck(ReferenceDataFiles.load(settings), messages);
        SummaryPrinter printer = new SummaryPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), messages);
        List<ImportSummary> summaries;
        if (target.year != null) {
            ImportSummary summary = check.checkRegistry(target.year, paths.get(0), common.out());
            printer.print(summary);
            summaries = List.of(summary);
        } else {
            summaries = check.checkPaths(target.period, paths, common.out(), printer::print);
        }
        return exitCode(summaries);
    }

    /**
     * Without Spring, logback keeps its default set-up, every library's debug lines on standard output, which carries
     * the summary lines; a check has no log of its own, so they are switched off (unless Spring set logging up).
     */
    private static void quietLibraries() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE") == null) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }

    /** 1 if a file would be refused, else 3 if a row would be rejected, else 0. */
    static int exitCode(List<ImportSummary> summaries) {
        if (summaries.stream().anyMatch(ImportSummary::refused)) {
            return Unionstat.EXIT_FAILURE;
        }
        return summaries.stream().anyMatch(s -> s.rejected() > 0) ? EXIT_REJECTED : Unionstat.EXIT_OK;
    }
}
