package org.unionstat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.unionstat.batch.EmbeddedDatabaseProtection;


/** The {@code unionstat} command line: {@code java -jar unionstat.jar COMMAND [OPTIONS]} (docs/commands.md). */
@Command(name = "unionstat", mixinStandardHelpOptions = true, versionProvider = Unionstat.Version.class,
        description = "Statistics and assessment of grassroots trade unions' quarterly reports.",
        subcommands = {ImportRegistryCommand.class, ImportCommand.class, CheckCommand.class, ImportFollowupCommand.class, ComputeCommand.class,
                ReportCommand.class, RunCommand.class, ServeCommand.class, JobsCommand.class, RestartCommand.class,
                StopCommand.class, CommandLine.HelpCommand.class})
public final class Unionstat implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command and returns its exit code: 0 success, 1 failure, 2 bad usage (check: 3 rows rejected). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        EmbeddedDatabaseProtection.bindToLoopback();
        try (SpringContext spring = new SpringContext(java.util.Arrays.asList(args).contains("--verbose"))) {
            CommandLine cli = new CommandLine(new Unionstat(), new CommandFactory(spring));
            cli.setOut(out);
            cli.setErr(err);
            cli.setCaseInsensitiveEnumValuesAllowed(true);
            cli.setExecutionExceptionHandler(new FailureReporter(err));
            return cli.execute(args);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Unionstat.class.getPackage().getImplementationVersion();
            return new String[] {"unionstat " + (version == null ? "(development build)" : version)};
        }
    }
}
