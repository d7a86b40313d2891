package org.unionstat.tools;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.unionstat.domain.UserFacingException;
import org.unionstat.tools.sample.SampleDataCommand;

/** The developers' tools, {@code java -jar tools/target/unionstat-tools.jar COMMAND}; none of them is the product. */
@Command(name = "unionstat-tools", mixinStandardHelpOptions = true,
        description = "Development tools of unionstat: sample data and workbook templates.",
        subcommands = {SampleDataCommand.class, TemplatesCommand.class, CommandLine.HelpCommand.class})
public final class Tools implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one tool and returns its exit code: 0 success, 1 failure, 2 bad usage. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Tools());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (!(e instanceof UserFacingException)) {
                throw e;
            }
            err.println(e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }
}
