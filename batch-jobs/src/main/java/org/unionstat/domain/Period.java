package org.unionstat.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a quarter {@code YYYYQn} or a whole year {@code YYYY} (docs/inputs.md#reference-data). {@code quarter} is 1-4, or 0
 * for a year.
 */
public record Period(int year, int quarter) implements Comparable<Period> {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})[Qq]([1-4])");
    private static final Pattern CHINESE_QUARTER = Pattern.compile("(\\d{4})年第([1-4一二三四])季度");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public Period {
        if (year < 1000 || year > 9999 || quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("not a period: year " + year + ", quarter " + quarter);
        }
    }

    public static Period ofQuarter(int year, int quarter) {
        if (quarter < 1) {
            throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
        }
        return new Period(year, quarter);
    }

    public static Period ofYear(int year) {
        return new Period(year, 0);
    }

    /** A period as the command line takes it: {@code 2026Q3} (any case) or {@code 2026}. */
    public static Period parse(String text) {
        String s = text == null ? "" : text.strip();
        if (YEAR.matcher(s).matches()) {
            return ofYear(Integer.parseInt(s));
        }
        return parseQuarter(s).orElseThrow(() -> new IllegalArgumentException(
                "not a period: '" + text + "' (expected a quarter such as 2026Q3 or a year such as 2026)"));
    }

    /** A quarter as a report row states it: {@code YYYYQn} (any case) or {@code YYYY年第n季度}. */
    public static Optional<Period> parseQuarter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        Matcher m = QUARTER.matcher(s);
        if (m.matches()) {
            return Optional.of(ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = CHINESE_QUARTER.matcher(s);
        if (m.matches()) {
            return Optional.of(ofQuarter(Integer.parseInt(m.group(1)), "一二三四".indexOf(m.group(2)) >= 0
                    ? "一二三四".indexOf(m.group(2)) + 1 : Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    public boolean isQuarter() {
        return quarter > 0;
    }

    public boolean isYear() {
        return quarter == 0;
    }

    public Period yearPeriod() {
        return ofYear(year);
    }

    public LocalDate firstDay() {
        return isYear() ? LocalDate.of(year, 1, 1) : LocalDate.of(year, quarter * 3 - 2, 1);
    }

    public LocalDate lastDay() {
        LocalDate first = isYear() ? LocalDate.of(year, 12, 1) : LocalDate.of(year, quarter * 3, 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }

    /** The period before: the previous quarter of a quarter, the previous year of a year. */
    public Period previous() {
        if (isYear()) {
            return ofYear(year - 1);
        }
        return quarter == 1 ? ofQuarter(year - 1, 4) : ofQuarter(year, quarter - 1);
    }

    /** The quarters of a year, or Q1 to this quarter of a quarter's year (year to date). */
    public List<Period> quartersToDate() {
        int last = isYear() ? 4 : quarter;
        List<Period> quarters = new ArrayList<>(last);
        for (int q = 1; q <= last; q++) {
            quarters.add(ofQuarter(year, q));
        }
        return quarters;
    }

    /** The {@code count} quarters before this quarter, oldest first. */
    public List<Period> quartersBefore(int count) {
        if (isYear()) {
            throw new IllegalStateException("quartersBefore needs a quarter, not " + this);
        }
        List<Period> quarters = new ArrayList<>(count);
        Period p = this;
        for (int i = 0; i < count; i++) {
            p = p.previous();
            quarters.add(0, p);
        }
        return quarters;
    }

    /** Chinese label for titles: 2026年第3季度, 2026年度. */
    public String label() {
        return isYear() ? year + "年度" : year + "年第" + quarter + "季度";
    }

    @Override
    public int compareTo(Period other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return isYear() ? Integer.toString(year) : year + "Q" + quarter;
    }
}
