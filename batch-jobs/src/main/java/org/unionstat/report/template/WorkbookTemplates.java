package org.unionstat.report.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens the workbook templates from {@code templates/} (read at run time, like {@code config/}, so a statistician
 * can restyle them without a rebuild; {@code unionstat.templates-dir} moves it). A missing template falls back to
 * the built-in layout, with a warning.
 */
@Component
public class WorkbookTemplates {

    private static final Logger log = LoggerFactory.getLogger(WorkbookTemplates.class);

    private final Path dir;
    private final Set<String> warned = new HashSet<>();

    public WorkbookTemplates(@Value("${unionstat.templates-dir:templates}") Path dir) {
        this.dir = dir;
    }

    public TemplateWorkbook open(String name) {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return TemplateWorkbook.open(file.toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        synchronized (warned) {
            if (warned.add(name)) {
                log.warn("Workbook template {} not found; using the built-in layout", file);
            }
        }
        return new TemplateWorkbook("built-in " + name, WorkbookLayouts.build(name));
    }
}
