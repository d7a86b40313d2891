package org.unionstat.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.unionstat.domain.Uscc;
import org.unionstat.text.Messages;

/** docs/inputs.md#input-files parsing rules: integers, dates, USCC. */
class CellValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "123|123", "1,234|1234", "1,234,567|1234567", "12.0|12", "12.00|12", "1,234.0|1234",
        "9223372036854775807|9223372036854775807", "007|7", "999999999999999999|999999999999999999",
        "1000000000000000000|1000000000000000000", "00000000000000000000012|12"})
    void acceptsNonNegativeIntegers(String text, long expected) {
        assertThat(CellValues.count(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-3|negative", "-1,234|negative", "12.5|not a whole number", ".5|not a whole number",
        "abc|not a number", "12a|not a number", "1,23|not a number", "12,3456|not a number", "1 234|not a number",
        "+5|not a number", "9223372036854775808|too large", "99999999999999999999|too large", "１２|not a number",
        "١٢|not a number"})
    void refusesEverythingElse(String text, String reason) {
        assertThat(inEnglish(() -> CellValues.count(text))).contains(reason).contains("'" + text + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-8", "2026-10-08", "2026/10/8", "2026/10/08", "20261008", "2026年10月8日",
        "2026年10月08日"})
    void readsTheDateFormatsOfTheSpec(String text) {
        assertThat(CellValues.date(text)).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026/13/01", "20260230", "2025年2月29日", "2026-00-10"})
    void impossibleDatesAreErrors(String text) {
        assertThat(inEnglish(() -> CellValues.date(text))).contains("is not a real date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026.10.8", "10/8/2026", "2026-10", "yesterday", "2026-10-08 10:00", "2026108"})
    void malformedDatesAreErrors(String text) {
        assertThat(inEnglish(() -> CellValues.date(text))).contains("is not a date");
    }

    @Test
    void leapDayOfALeapYearIsADate() {
        assertThat(CellValues.date("2028-2-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void usccTestVectorIsValid() {
        assertThat(CellValues.usccProblem("91350100M000100Y43")).isNull();
        assertThat(Uscc.isValid(Uscc.normalize(" 91350100m000100y43 "))).isTrue();
    }

    @Test
    void usccProblemsSayWhatIsWrong() {
        assertThat(CellValues.usccProblem("91350100M000100Y4"))
                .isEqualTo(Reason.USCC_LENGTH.with("91350100M000100Y4", 17));
        assertThat(CellValues.usccProblem("91350100M000100I43"))
                .isEqualTo(Reason.USCC_CHARACTER.with("91350100M000100I43", 'I'));
        assertThat(CellValues.usccProblem("91350100M000100Y44"))
                .isEqualTo(Reason.USCC_CHECK.with("91350100M000100Y44", '3'));
    }

    /** What is wrong with the cell, as the English reasons say it. */
    private static String inEnglish(Runnable parse) {
        try {
            parse.run();
        } catch (CellValues.InvalidCellException e) {
            return Messages.inEnglish().text(e.detail().reason(), e.detail().args().toArray());
        }
        throw new AssertionError("the cell was read");
    }
}
