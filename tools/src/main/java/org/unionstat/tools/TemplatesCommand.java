package org.unionstat.tools;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.unionstat.report.template.DocumentLayouts;
import org.unionstat.report.template.WorkbookLayouts;

/**
 * {@code templates [DIR]}: writes the built-in templates into DIR (the two workbooks and the leaders' report), undoing
 * any restyling there.
 */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Writes the built-in templates (assessment.xlsx, district.xlsx, report.docx) into DIR.")
public class TemplatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "templates",
            description = "Directory to write (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dir);
        for (String name : List.of(WorkbookLayouts.ASSESSMENT, WorkbookLayouts.DISTRICT)) {
            try (XSSFWorkbook workbook = WorkbookLayouts.build(name); OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                workbook.write(out);
            }
            spec.commandLine().getOut().println("wrote " + dir.resolve(name));
        }
        try (XWPFDocument document = DocumentLayouts.build(DocumentLayouts.REPORT);
                OutputStream out = Files.newOutputStream(dir.resolve(DocumentLayouts.REPORT))) {
            document.write(out);
        }
        spec.commandLine().getOut().println("wrote " + dir.resolve(DocumentLayouts.REPORT));
        return 0;
    }
}
