package org.unionstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.unionstat.batch.Failures;
import org.unionstat.batch.GracefulShutdown;
import org.unionstat.domain.UserFacingException;
import org.unionstat.serve.InboxProcessor;
import org.unionstat.serve.ServeOutcome;
import org.unionstat.serve.ServeSettings;
import org.unionstat.text.Messages;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Processes new files dropped in an inbox, on a schedule, until stopped.",
                "The schedule is unionstat.serve.cron in config/application.yml (default: nightly at 02:00); Ctrl-C or"
                        + " SIGTERM stops it (a running job stops at its next chunk boundary and resumes next time).",
                "Inbox layout (as sample-data/): registry-YYYY.csv|xlsx, YYYYQn/*.csv|xlsx. Registries first, then quarters"
                        + " in order; each file is imported, then moved to ARCHIVE/<period>/ or, refused, to"
                        + " QUARANTINE/<period>/ with <file>.error.txt; every affected period is computed and reported.",
                "Files still being written (size or time changed within unionstat.serve.settle) wait for the next pass.",
                "With --once: one pass, then exit: 0 when every file was imported and every period reported, 1 otherwise."})
public class ServeCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Mixin
    private CommonOptions common;

    @Option(names = "--once", description = "Process the inbox once and exit (for tests, and for cron users).")
    private boolean once;

    @Option(names = "--inbox", paramLabel = "DIR", description = "The inbox (default: unionstat.serve.inbox, inbox).")
    private Path inbox;

    @Option(names = "--archive", paramLabel = "DIR", description = "Where processed files go (default: unionstat.serve.archive, archive).")
    private Path archive;

    @Option(names = "--quarantine", paramLabel = "DIR", description = "Where refused files go (default: unionstat.serve.quarantine, quarantine).")
    private Path quarantine;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final SpringContext spring;

    ServeCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() throws InterruptedException {
        ServeSettings settings = spring.bean(ServeSettings.class);
        InboxProcessor processor = spring.bean(InboxProcessor.class);
        InboxProcessor.Directories dirs = new InboxProcessor.Directories(inbox == null ? settings.inbox() : inbox,
                archive == null ? settings.archive() : archive, quarantine == null ? settings.quarantine() : quarantine,
                common.out());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = spring.bean(Messages.class);
        if (once) {
            return pass(processor, dirs, out, err, messages).exitCode();
        }
        CronExpression cron;
        try {
            cron = CronExpression.parse(settings.cron());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("unionstat.serve.cron: not a cron expression (second minute hour day month"
                    + " weekday, e.g. \"0 0 2 * * *\"): '" + settings.cron() + "': " + e.getMessage());
        }
        GracefulShutdown shutdown = spring.bean(GracefulShutdown.class);
        while (true) {
            LocalDateTime next = cron.next(LocalDateTime.now());
            if (next == null) {
                throw new UserFacingException("unionstat.serve.cron '" + settings.cron() + "' never fires again");
            }
            out.println(messages.text(RunText.SERVE_WATCHING, dirs.inbox(), WHEN.format(next), settings.cron()));
            out.flush();
            if (shutdown.await(Duration.between(LocalDateTime.now(), next))) {
                out.println(messages.text(RunText.SERVE_STOPPED));
                out.flush();
                return Unionstat.EXIT_OK;
            }
            try {
                pass(processor, dirs, out, err, messages);
            } catch (RuntimeException e) {
                // a failed pass (database down, disk full) must not end the service: the next pass tries again
                err.println("unionstat: " + messages.text(RunText.SERVE_FAILED, Failures.describe(e)));
                err.flush();
                Traces.record("serve: pass failed", e);
            }
            if (shutdown.requested()) {
                out.println(messages.text(RunText.SERVE_STOPPED));
                out.flush();
                return Unionstat.EXIT_OK;
            }
        }
    }

    private static ServeOutcome pass(InboxProcessor processor, InboxProcessor.Directories dirs, PrintWriter out,
            PrintWriter err, Messages messages) {
        out.println(messages.text(RunText.SERVE_PASS, dirs.inbox(), WHEN.format(LocalDateTime.now())));
        out.flush();
        ServeOutcome outcome = processor.process(dirs, line -> {
            out.println("  " + line);
            out.flush();
        });
        new ServeSummaryPrinter(out, err, messages).print(outcome, dirs);
        return outcome;
    }
}
