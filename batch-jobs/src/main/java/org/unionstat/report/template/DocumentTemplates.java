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
 * Opens the document templates from {@code templates/} (the directory of the workbook templates, read at run time so
 * that a statistician can restyle them in Word or WPS without a rebuild). A missing template falls back to the
 * built-in layout, with a warning.
 */
@Component
public class DocumentTemplates {

    private static final Logger log = LoggerFactory.getLogger(DocumentTemplates.class);

    private final Path dir;
    private final Set<String> warned = new HashSet<>();

    public DocumentTemplates(@Value("${unionstat.templates-dir:templates}") Path dir) {
        this.dir = dir;
    }

    public TemplateDocument open(String name) {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return TemplateDocument.open(file.toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        synchronized (warned) {
            if (warned.add(name)) {
                log.warn("Document template {} not found; using the built-in layout", file);
            }
        }
        return new TemplateDocument("built-in " + name, DocumentLayouts.build(name));
    }
}
