package org.unionstat.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/inputs.md#validation: the ten codes, in the order of the rules, each naming its text (RuleTextsTest). */
class RejectCodeTest {

    @Test
    void theCodesAreE01ToE10InTheOrderOfTheRules() {
        assertThat(Arrays.stream(RejectCode.values()).map(RejectCode::code))
                .containsExactly("E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10");
        assertThat(RejectCode.E09).isLessThan(RejectCode.E10);
    }

    @Test
    void everyCodeNamesItsOwnText() {
        assertThat(RejectCode.E06.messageKey()).isEqualTo("reject.E06");
        assertThat(Arrays.stream(RejectCode.values()).map(RejectCode::messageKey).distinct()).hasSize(10);
    }

    @Test
    void aCodeIsReadAsWrittenAndNothingElseIsACode() {
        assertThat(RejectCode.of("E06")).contains(RejectCode.E06);
        assertThat(RejectCode.of(" E10 ")).contains(RejectCode.E10);
        assertThat(RejectCode.of(null)).isEmpty();
        assertThat(RejectCode.of("")).isEmpty();
        assertThat(RejectCode.of("e06")).isEmpty();
        assertThat(RejectCode.of("E11")).isEmpty();
    }

    @Test
    void theDocumentationListsTheSameCodesInTheSameOrder() throws IOException {
        String inputs = Files.readString(Path.of("docs/inputs.md"));
        String table = inputs.substring(inputs.indexOf("| code | rule |"), inputs.indexOf("**Registry rows**"));
        Matcher row = Pattern.compile("(?m)^\\| (E\\d\\d) \\|").matcher(table);
        List<String> documented = row.results().map(r -> r.group(1)).toList();
        assertThat(documented).containsExactlyElementsOf(Arrays.stream(RejectCode.values()).map(RejectCode::code).toList());
    }
}
