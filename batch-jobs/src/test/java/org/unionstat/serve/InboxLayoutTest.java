package org.unionstat.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.unionstat.domain.Period;

class InboxLayoutTest {

    @TempDir
    Path inbox;

    private static Optional<InboxFile> classify(String relative) {
        return InboxLayout.classify(Path.of("/inbox"), Path.of(relative));
    }

    @ParameterizedTest
    @ValueSource(strings = {".hidden.csv", "~$110105-朝阳区.xlsx", "reports.csv.part", "reports.CSV.PART",
            "reports.tmp", "reports.csv.crdownload", ".~lock.reports.csv#"})
    void filesBeingWrittenOrTemporaryAreIgnored(String name) {
        assertThat(InboxLayout.isIgnored(name)).isTrue();
        assertThat(classify("2026Q3/" + name)).isEmpty();
        assertThat(classify(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105-朝阳区.csv", "reports.xlsx", "partial.csv", "tmp.csv"})
    void ordinaryNamesAreNotIgnored(String name) {
        assertThat(InboxLayout.isIgnored(name)).isFalse();
    }

    @Test
    void aHiddenDirectoryIsIgnoredWhole() {
        assertThat(classify(".sync/2026Q3/a.csv")).isEmpty();
    }

    @Test
    void registriesAreAtTheTopNamedByYear() {
        assertThat(classify("registry-2026.csv")).get().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(InboxFile.Kind.REGISTRY);
            assertThat(f.period()).isEqualTo(Period.ofYear(2026));
            assertThat(f.folder()).isEqualTo("2026");
        });
        assertThat(classify("REGISTRY-2025.XLSX")).get().extracting(InboxFile::kind).isEqualTo(InboxFile.Kind.REGISTRY);
    }

    @Test
    void quarterlyReportsAreInADirectoryNamedAfterTheQuarter() {
        assertThat(classify("2026Q3/110105-朝阳区.csv")).get().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(InboxFile.Kind.QUARTERLY);
            assertThat(f.period()).isEqualTo(Period.ofQuarter(2026, 3));
            assertThat(f.folder()).isEqualTo("2026Q3");
            assertThat(f.file()).isEqualTo(Path.of("/inbox/2026Q3/110105-朝阳区.csv"));
        });
        assertThat(classify("2026q1/a.xlsx")).get().extracting(InboxFile::period).isEqualTo(Period.ofQuarter(2026, 1));
        // recognised by content later, not by name: a PDF in a quarter is imported and refused
        assertThat(classify("2026Q1/scan.pdf")).get().extracting(InboxFile::kind).isEqualTo(InboxFile.Kind.QUARTERLY);
    }

    @Test
    void anythingElseIsOutOfPlace() {
        assertThat(classify("reports.csv")).get().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(InboxFile.Kind.MISPLACED);
            assertThat(f.period()).isNull();
            assertThat(f.folder()).isEqualTo("unsorted");
            assertThat(f.problem(org.unionstat.text.Messages.inEnglish())).contains("registry-YYYY.csv").contains("2026Q3/");
        });
        assertThat(classify("registry-26.csv")).get().extracting(f -> f.problem(org.unionstat.text.Messages.inEnglish())).asString()
                .startsWith("not a registry name");
        assertThat(classify("registry-2026.pdf")).get().extracting(InboxFile::kind).isEqualTo(InboxFile.Kind.MISPLACED);
        assertThat(classify("2026Q5/a.csv")).get().extracting(f -> f.problem(org.unionstat.text.Messages.inEnglish())).asString()
                .startsWith("directory 2026Q5 is not a quarter");
        assertThat(classify("朝阳区/a.csv")).get().extracting(InboxFile::kind).isEqualTo(InboxFile.Kind.MISPLACED);
        assertThat(classify("2026Q3/sub/a.csv")).get().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(InboxFile.Kind.MISPLACED);
            assertThat(f.folder()).isEqualTo("2026Q3");
            assertThat(f.problem(org.unionstat.text.Messages.inEnglish())).contains("subdirectory");
        });
    }

    @Test
    void scanListsRegistriesThenQuartersInOrderThenMisplacedAndSkipsTheArchive() throws IOException {
        for (String file : List.of("2026Q1/b.csv", "2025Q4/z.csv", "2026Q1/a.xlsx", "registry-2026.xlsx",
                "registry-2025.csv", "notes.txt", "2026Q1/~$a.xlsx", "2026Q1/c.csv.part", "archive/2025Q4/old.csv")) {
            Path path = inbox.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x");
        }
        Files.createDirectories(inbox.resolve("2026Q2"));

        List<InboxFile> files = InboxLayout.scan(inbox, Set.of(inbox.resolve("archive")));

        assertThat(files).extracting(f -> f.relative().toString()).containsExactly("registry-2025.csv",
                "registry-2026.xlsx", "2025Q4/z.csv", "2026Q1/a.xlsx", "2026Q1/b.csv", "notes.txt");
    }

    @Test
    void aSymbolicLinkInTheInboxIsNeverFollowedButQuarantined() throws IOException {
        Path secret = Files.writeString(Files.createTempFile("secret", ".csv"), "x");
        try {
            Files.createDirectories(inbox.resolve("2026Q1"));
            Files.createSymbolicLink(inbox.resolve("2026Q1/passwd.csv"), secret);
            Files.createSymbolicLink(inbox.resolve("2026Q2"), inbox.resolve("2026Q1"));

            List<InboxFile> files = InboxLayout.scan(inbox, Set.of());

            assertThat(files).extracting(f -> f.relative().toString(), InboxFile::kind, f -> f.problem(org.unionstat.text.Messages.inEnglish()))
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("2026Q1/passwd.csv", InboxFile.Kind.MISPLACED,
                                    "a symbolic link, not a file: put the file itself in the inbox"),
                            org.assertj.core.groups.Tuple.tuple("2026Q2", InboxFile.Kind.MISPLACED,
                                    "a symbolic link, not a file: put the file itself in the inbox"));
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void aMissingInboxHoldsNothing() throws IOException {
        assertThat(InboxLayout.scan(inbox.resolve("none"), Set.of())).isEmpty();
    }
}
