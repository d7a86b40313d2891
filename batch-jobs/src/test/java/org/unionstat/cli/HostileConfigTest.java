package org.unionstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unionstat.testing.Commands.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.domain.UserFacingException;
import org.unionstat.reference.ReferenceDataFiles;
import org.unionstat.testing.Commands.Run;
import org.unionstat.testing.PrivateDatabase;
import org.unionstat.testing.Reports;

/**
 * Broken settings and a hostile working directory (docs/operations.md#hostile-input): one line naming the file or key
 * and the problem, exit code 1, and nothing started.
 */
class HostileConfigTest {

    @RegisterExtension
    final PrivateDatabase database = PrivateDatabase.perTest();

    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("application.yml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aTabInTheSettingsIsOneLineNamingFileAndLine() throws IOException {
        Path file = yaml("unionstat:\n\tingest:\n  chunk-size: 5\n");

        assertThatThrownBy(() -> ConfigFiles.check(file)).isInstanceOf(UserFacingException.class)
                .hasMessage(file + ": line 2, column 1: found character '\\t(TAB)' that cannot start any token. (Do not"
                        + " use \\t(TAB) for indentation)");
    }

    @Test
    void anUnclosedBracketIsOneLine() throws IOException {
        Path file = yaml("unionstat: [1, 2\n");

        assertThatThrownBy(() -> ConfigFiles.check(file)).isInstanceOf(UserFacingException.class)
                .hasMessage(file + ": line 2, column 1: expected ',' or ']', but got <stream end>");
    }

    @Test
    void anAliasBombIsRefusedBeforeItFillsTheMemory() throws IOException {
        StringBuilder text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        Path file = yaml(text.toString());

        assertThatThrownBy(() -> ConfigFiles.check(file)).isInstanceOf(UserFacingException.class)
                .hasMessage(file + ": Number of aliases for non-scalar nodes exceeds the specified max=50");
    }

    @Test
    void aMissingSettingsFileIsNamedAsMissing() throws IOException {
        assertThat(ConfigFiles.missingNotice(dir)).contains("unionstat: config/application.yml: no such file in "
                + dir.toAbsolutePath().normalize() + "; every setting has its default");

        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config").resolve("application.yml"), "unionstat: {}\n");
        assertThat(ConfigFiles.missingNotice(dir)).isEmpty();
    }

    @Test
    void brokenReferenceFilesAreOneLineNamingFileAndLine() throws IOException {
        Path industries = Reports.write(dir.resolve("industries.csv"), "code,name,name_en\nC,制造业,Manufacturing\n");
        Path twice = Reports.write(dir.resolve("twice.csv"), "code,name,name_en\n110101,东城区,D\n110101,东城区,D\n");
        Path quote = Reports.write(dir.resolve("quote.csv"), "code,name,name_en\n110101,\"东城\"区,D\n");
        Path columns = Reports.write(dir.resolve("columns.csv"), "code,名称\n110101,东城区\n");
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> ReferenceDataFiles.load(missing, industries))
                .hasMessageStartingWith(missing + ": no such file");
        assertThatThrownBy(() -> ReferenceDataFiles.load(twice, industries))
                .hasMessage(twice + ": line 3: code 110101 already given on line 2");
        assertThatThrownBy(() -> ReferenceDataFiles.load(quote, industries))
                .hasMessageStartingWith(quote + ": cannot be read: Invalid character between encapsulated token and delimiter");
        assertThatThrownBy(() -> ReferenceDataFiles.load(columns, industries))
                .hasMessageStartingWith(columns + ": line 2: ").hasMessageEndingWith("(columns: code,name,name_en)");
    }

    @Test
    void aNegativeChunkSizeNamesTheKey() {
        System.setProperty("unionstat.ingest.chunk-size", "-5");
        try {
            Run jobs = run("jobs");

            assertThat(jobs.exitCode()).isEqualTo(1);
            assertThat(jobs.err()).isEqualTo("unionstat: unionstat.ingest.chunk-size must be a number of rows of at"
                    + " least 1, not -5 (config/application.yml)" + System.lineSeparator());
        } finally {
            System.clearProperty("unionstat.ingest.chunk-size");
        }
    }

    @Test
    void anOutputDirectoryThatIsAFileIsRefusedBeforeAnyImport() throws IOException {
        Path file = Reports.write(dir.resolve("a.csv"), Reports.reportsCsv(Reports.report("2088Q1", 1)));
        Path out = Files.writeString(dir.resolve("out"), "a file");

        Run imported = run("import", "--out", out.toString(), "--period", "2088Q1", file.toString());

        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.out()).isEmpty();
        assertThat(imported.err()).startsWith("unionstat: cannot write to the directory " + out);
    }
}
