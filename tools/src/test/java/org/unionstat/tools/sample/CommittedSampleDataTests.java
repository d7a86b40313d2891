package org.unionstat.tools.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.domain.ReferenceData;
import org.unionstat.reference.ReferenceDataFiles;

/** The committed sample-data/ is exactly what `make sample-data` makes: nobody edited it, nobody forgot to regenerate. */
class CommittedSampleDataTests {

    private static final Path COMMITTED = Path.of("sample-data");

    @TempDir
    Path tmp;

    @Test
    void committedSampleDataIsTheGeneratorsOutputWithTheDefaults() throws IOException {
        ReferenceData reference = ReferenceDataFiles.load(Path.of("config/districts.csv"), Path.of("config/industries.csv"));
        new SampleDataGenerator(reference, SampleDataGenerator.DEFAULT_SEED).generate(tmp, SampleDataGenerator.DEFAULT_UNIONS);
        List<String> expected = files(tmp);
        assertThat(files(COMMITTED)).isEqualTo(expected);
        for (String file : expected) {
            if (file.endsWith(".xlsx")) {
                // a workbook's deflated bytes may differ with another zlib; its cells may not
                assertThat(SampleFiles.read(COMMITTED.resolve(file))).as(file).isEqualTo(SampleFiles.read(tmp.resolve(file)));
            } else {
                assertThat(Files.readAllBytes(COMMITTED.resolve(file))).as(file).isEqualTo(Files.readAllBytes(tmp.resolve(file)));
            }
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
