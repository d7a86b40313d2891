package org.unionstat.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.unionstat.domain.FollowUpProblem;
import org.unionstat.domain.QualityRule;
import org.unionstat.domain.RejectCode;

/**
 * Each bundle holds exactly the keys the code declares: every constant of an enum implementing {@link MessageKey}
 * (found in the product's classes) and the key of every reject code, data-quality rule and follow-up problem. A key
 * missing in a bundle fails, and so does a key of a bundle nothing declares.
 */
class MessageBundlesTest {

    static Set<String> declaredKeys() {
        Set<String> keys = new TreeSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.unionstat").stream()
                .filter(c -> c.isEnum() && c.isAssignableTo(MessageKey.class))
                .map(JavaClass::reflect)
                .flatMap(c -> Arrays.stream(c.getEnumConstants()))
                .forEach(constant -> keys.add(((MessageKey) constant).key()));
        Stream.of(RejectCode.values()).map(RejectCode::messageKey).forEach(keys::add);
        Stream.of(QualityRule.values()).map(QualityRule::messageKey).forEach(keys::add);
        Stream.of(FollowUpProblem.values()).map(FollowUpProblem::messageKey).forEach(keys::add);
        return keys;
    }

    static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_zh_CN.properties", "messages_en.properties"})
    void bundleHoldsExactlyTheDeclaredKeys(String file) throws IOException {
        Set<String> declared = declaredKeys();
        Set<String> inBundle = new TreeSet<>(bundle(file).stringPropertyNames());
        assertThat(declared).as("declared keys missing in " + file).isSubsetOf(inBundle);
        assertThat(inBundle).as("keys of " + file + " the code does not declare").isSubsetOf(declared);
    }

    /** Every text is a valid pattern and an apostrophe is written '' (the message source formats every text). */
    @ParameterizedTest
    @ValueSource(strings = {"messages_zh_CN.properties", "messages_en.properties"})
    void everyTextIsAPattern(String file) throws IOException {
        Properties bundle = bundle(file);
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            assertThat(text.replace("''", "")).as(key).doesNotContain("'");
            assertThat(new MessageFormat(text).format(new Object[8])).as(key).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh_CN", "ZH-cn", "zh", "en", "EN"})
    void theLocaleIsChineseOrEnglish(String value) {
        assertThat(new TextSettings(value).toLocale().getLanguage()).isIn("zh", "en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "", "zh-TW", "english"})
    void anyOtherLocaleIsRefusedNamingTheKey(String value) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TextSettings(value))
                .hasMessageStartingWith("unionstat.locale must be zh-CN or en, not '" + value + "'");
    }
}
