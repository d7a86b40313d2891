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

/** docs/inputs.md#validation: the ten codes, in the order of the rules, each said in Chinese and in English. */
class RejectCodeTest {

    @Test
    void theCodesAreE01ToE10InTheOrderOfTheRules() {
        assertThat(Arrays.stream(RejectCode.values()).map(RejectCode::code))
                .containsExactly("E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10");
        assertThat(RejectCode.E09).isLessThan(RejectCode.E10);
    }

    @Test
    void everyCodeHasItsRuleInChineseAndInEnglish() {
        for (RejectCode code : RejectCode.values()) {
            assertThat(code.ruleInChinese()).as(code.code()).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(code.ruleInEnglish()).as(code.code()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        }
        assertThat(Arrays.stream(RejectCode.values()).map(RejectCode::ruleInChinese).distinct()).hasSize(10);
        assertThat(Arrays.stream(RejectCode.values()).map(RejectCode::ruleInEnglish).distinct()).hasSize(10);
    }

    @Test
    void theWorkbooksWordingIsKept() {
        assertThat(RejectCode.E01.ruleInChinese()).isEqualTo("必填项为空");
        assertThat(RejectCode.E02.ruleInChinese()).isEqualTo("人数不是非负整数");
        assertThat(RejectCode.E10.ruleInChinese()).isEqualTo("同一文件中该代码已有较早的一行被接收");
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
