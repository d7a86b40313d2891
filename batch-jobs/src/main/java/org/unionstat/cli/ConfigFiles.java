package org.unionstat.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import org.unionstat.domain.UserFacingException;
import org.unionstat.text.Messages;
import org.unionstat.text.TextSettings;

/**
 * The operator's settings files read once with SnakeYAML's own limits before Spring reads them (Spring lifts the
 * limit on aliases, so a few lines of aliases could fill the memory): a tab, an unclosed bracket or an alias bomb stop
 * the command with one line naming the file, the line and the problem, never a stack trace.
 */
final class ConfigFiles {

    /** Where Spring Boot looks for application.yml in the working directory. */
    private static final List<Path> FILES = List.of(Path.of("config", "application.yml"), Path.of("config", "application.yaml"),
            Path.of("application.yml"), Path.of("application.yaml"));
    private static final int MAX_BYTES = 1 << 20;

    private ConfigFiles() {
    }

    static void check() {
        for (Path file : FILES) {
            if (Files.isRegularFile(file)) {
                check(file);
            }
        }
        // not an error (every key has a default), but an operator whose targets and weights are not read must know
        missingNotice(Path.of("")).ifPresent(System.err::println);
    }

    /** The line that names the settings file as missing when {@code workingDirectory} has none; empty when it has. */
    static Optional<String> missingNotice(Path workingDirectory) {
        if (FILES.stream().anyMatch(f -> Files.isRegularFile(workingDirectory.resolve(f)))) {
            return Optional.empty();
        }
        return Optional.of("unionstat: config/application.yml: no such file in "
                + workingDirectory.toAbsolutePath().normalize() + "; every setting has its default");
    }

    /**
     * The settings as Spring Boot reads them, for a command that does not start Spring ({@code check}): system
     * properties, then environment variables (relaxed names: UNIONSTAT_DISTRICTSFILE), then the files above, the
     * first one found winning. Checked first as every start checks them.
     */
    static ConfigurableEnvironment settings() {
        check();
        StandardEnvironment settings = new StandardEnvironment();
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        for (Path file : FILES) {
            if (Files.isRegularFile(file)) {
                try {
                    yaml.load(file.toString(), new FileSystemResource(file))
                            .forEach(settings.getPropertySources()::addLast);
                } catch (IOException | RuntimeException e) {
                    throw new UserFacingException(file + ": cannot be read: " + e.getMessage(), e);
                }
            }
        }
        ConfigurationPropertySources.attach(settings);
        return settings;
    }

    /** The language set by unionstat.locale in {@code settings}, for a command without Spring's context. */
    static Messages messages(ConfigurableEnvironment settings) {
        return Messages.of(TextSettings.toLocale(settings.getProperty(TextSettings.KEY, TextSettings.DEFAULT)));
    }

    static void check(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException(file + ": larger than 1 MB; is this the settings file?");
            }
            LoaderOptions options = new LoaderOptions(); // at most 50 aliases, no duplicate keys, no recursion
            options.setAllowDuplicateKeys(false);
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (Object document : new Yaml(new SafeConstructor(options)).loadAll(reader)) {
                    // read only to be checked
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
            String problem = e.getProblem() != null ? e.getProblem() : firstLine(e.getMessage());
            throw new UserFacingException(file + ": " + where + problem.replace("\t", "\\t"), e);
        } catch (YAMLException e) {
            throw new UserFacingException(file + ": " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new UserFacingException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "not valid YAML" : message.strip().lines().findFirst().orElse("not valid YAML");
    }
}
