package org.unionstat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import org.unionstat.ingest.FollowUps;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.text.Messages;

@Command(name = "import-followup", mixinStandardHelpOptions = true,
        description = {"Stores the districts' answers to the doubtful figures (核实情况 and 说明 of the sheet 疑似异常 of a "
                + "returned district workbook, or a CSV of the same columns).",
                "Exit code 0 even if answers were rejected (see OUT/rejects/followup/), 1 if the file was refused."})
public class ImportFollowupCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "The returned district workbook (XLSX) or a CSV.")
    private Path file;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final SpringContext spring;

    ImportFollowupCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        FollowUps.Summary summary = spring.bean(FollowUps.class).importFile(file, common.out());
        Messages messages = spring.bean(Messages.class);
        spec.commandLine().getOut().println(messages.text(RunText.FOLLOWUP, summary.file().getFileName(),
                summary.read(), summary.read() - summary.unanswered(), summary.accepted(), summary.rejected(),
                ImportSummary.byCode(summary.rejectedByCode(), messages)));
        return Unionstat.EXIT_OK;
    }
}
