package org.unionstat.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FirstLinesTest {

    @Test
    void theFirstLineOfACodeStaysAndLaterOnesAreToldIt() {
        FirstLines lines = new FirstLines();

        assertThat(lines.putIfAbsent("81110105MA01234567", 2)).isZero();
        assertThat(lines.putIfAbsent("91110105MA01234567", 3)).isZero();
        assertThat(lines.putIfAbsent("81110105MA01234567", 9)).isEqualTo(2);
        assertThat(lines.putIfAbsent("81110105MA01234567", 12)).isEqualTo(2);
        assertThat(lines.size()).isEqualTo(2);
    }

    @Test
    void codesDifferingInEitherHalfOrOnlyByPositionAreDifferent() {
        FirstLines lines = new FirstLines();

        assertThat(lines.putIfAbsent("000000000000000001", 2)).isZero();
        assertThat(lines.putIfAbsent("100000000000000000", 3)).isZero();
        assertThat(lines.putIfAbsent("000000001000000000", 4)).isZero();
        assertThat(lines.putIfAbsent("000000000100000000", 5)).isZero();
        assertThat(lines.putIfAbsent("ZZZZZZZZZZZZZZZZZZ", 6)).isZero();
        assertThat(lines.putIfAbsent("000000000000000000", 7)).isZero();
        assertThat(lines.size()).isEqualTo(6);
        assertThat(lines.putIfAbsent("000000001000000000", 8)).isEqualTo(4);
    }

    @Test
    void agreesWithAMapOverManyCodesAcrossGrowth() {
        FirstLines lines = new FirstLines();
        Map<String, Long> expected = new HashMap<>();
        Random random = new Random(42);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (long line = 1; line <= 200_000; line++) {
            // a small space of codes, so that repeats are frequent
            StringBuilder code = new StringBuilder("81");
            for (int i = 0; i < 16; i++) {
                code.append(i < 12 ? '0' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Long first = expected.putIfAbsent(code.toString(), line);
            assertThat(lines.putIfAbsent(code.toString(), line)).isEqualTo(first == null ? 0 : first);
        }
        assertThat(lines.size()).isEqualTo(expected.size()).isGreaterThan(100_000);
    }

    @Test
    void refusesWhatIsNotAValidatedCode() {
        FirstLines lines = new FirstLines();

        assertThatThrownBy(() -> lines.putIfAbsent("8111010", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lines.putIfAbsent("81110105ma01234567", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lines.putIfAbsent("81110105MA01234567", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
