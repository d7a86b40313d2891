package org.unionstat.tools.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.unionstat.domain.Period;

/**
 * How one submitted file looks: the habits of the clerk (or the software) that produced it. Real submissions mix
 * encodings, header languages, column orders, number and date forms; the sample data does too.
 */
record FileStyle(Format format, boolean chineseHeader, boolean upperCaseKeys, boolean shuffledColumns, boolean remark,
        Numbers numbers, DateForm dateForm, boolean dateCells, PeriodForm periodForm, boolean crlf, boolean blankLines,
        boolean paddedCells, boolean lowerCaseIds, String sheetName) {

    enum Format {
        CSV_UTF8("csv", "UTF-8 CSV"),
        CSV_UTF8_BOM("csv", "UTF-8 CSV with BOM"),
        CSV_GBK("csv", "GBK CSV"),
        XLSX("xlsx", "XLSX");

        private final String extension;
        private final String label;

        Format(String extension, String label) {
            this.extension = extension;
            this.label = label;
        }

        String extension() {
            return extension;
        }

        String label() {
            return label;
        }

        boolean csv() {
            return this != XLSX;
        }

        Charset charset() {
            return this == CSV_GBK ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        }
    }

    /** How integers are written in a CSV file (XLSX files hold numeric cells). */
    enum Numbers {
        PLAIN, THOUSANDS, DECIMAL_ZERO;

        String format(long value) {
            return switch (this) {
                case PLAIN -> Long.toString(value);
                case THOUSANDS -> String.format(Locale.ROOT, "%,d", value);
                case DECIMAL_ZERO -> value + ".0";
            };
        }
    }

    /** The date forms of docs/inputs.md#input-files (yyyy-M-d also written zero-padded, as most software does). */
    enum DateForm {
        ISO("yyyy-MM-dd", "yyyy-mm-dd"),
        DASH("yyyy-M-d", "yyyy-m-d"),
        SLASH("yyyy/M/d", "yyyy/m/d"),
        COMPACT("yyyyMMdd", "yyyymmdd"),
        CHINESE("yyyy年M月d日", "yyyy\"年\"m\"月\"d\"日\"");

        private final String pattern;
        private final DateTimeFormatter formatter;
        private final String excelFormat;

        DateForm(String pattern, String excelFormat) {
            this.pattern = pattern;
            this.formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
            this.excelFormat = excelFormat;
        }

        String format(LocalDate date) {
            return this == ISO ? date.toString() : formatter.format(date);
        }

        /** A date that does not exist (e.g. 2026-02-30) written in this form. */
        String impossible(int year, int month, int day) {
            return switch (this) {
                case ISO -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
                case DASH -> year + "-" + month + "-" + day;
                case SLASH -> year + "/" + month + "/" + day;
                case COMPACT -> String.format(Locale.ROOT, "%04d%02d%02d", year, month, day);
                case CHINESE -> year + "年" + month + "月" + day + "日";
            };
        }

        String excelFormat() {
            return excelFormat;
        }

        String pattern() {
            return pattern;
        }
    }

    /** How the period column is written: 2025Q3, 2025q3 or 2025年第3季度. */
    enum PeriodForm {
        CANONICAL, LOWER_CASE, CHINESE;

        String format(Period period) {
            return switch (this) {
                case CANONICAL -> period.toString();
                case LOWER_CASE -> period.toString().toLowerCase(Locale.ROOT);
                case CHINESE -> period.label();
            };
        }
    }

    /** The bench form and the clean baseline: UTF-8, English keys in the documented order, ISO dates, LF. */
    static FileStyle plain() {
        return new FileStyle(Format.CSV_UTF8, false, false, false, false, Numbers.PLAIN, DateForm.ISO, false,
                PeriodForm.CANONICAL, false, false, false, false, "Sheet1");
    }

    /** A random style for a file of the given format. */
    static FileStyle random(Rng r, Format format) {
        boolean xlsx = format == Format.XLSX;
        boolean chinese = switch (format) {
            case CSV_UTF8 -> r.chance(0.15);
            case CSV_UTF8_BOM, CSV_GBK -> true;
            case XLSX -> r.chance(0.75);
        };
        double n = r.nextDouble();
        Numbers numbers = xlsx ? Numbers.PLAIN : n < 0.30 ? Numbers.THOUSANDS : n < 0.45 ? Numbers.DECIMAL_ZERO : Numbers.PLAIN;
        double p = r.nextDouble();
        PeriodForm periodForm = p < 0.65 ? PeriodForm.CANONICAL : p < 0.80 ? PeriodForm.LOWER_CASE : PeriodForm.CHINESE;
        return new FileStyle(format, chinese, !chinese && r.chance(0.2), r.chance(0.4), r.chance(0.25), numbers,
                r.pick(DateForm.values()), xlsx && r.chance(0.5), periodForm,
                format == Format.CSV_UTF8 ? r.chance(0.2) : !xlsx, !xlsx && r.chance(0.3), r.chance(0.15),
                r.chance(0.1), r.pick(new String[] {"Sheet1", "季度报表", "工会季报"}));
    }

    /** The same style with the extra 备注 column (correction files explain themselves there). */
    FileStyle withRemark() {
        return new FileStyle(format, chineseHeader, upperCaseKeys, shuffledColumns, true, numbers, dateForm, dateCells,
                periodForm, crlf, blankLines, paddedCells, lowerCaseIds, sheetName);
    }

    /** The report columns in this file's order (all of docs/inputs.md#quarterly-report, shuffled or not). */
    List<ReportColumn> reportColumns(Rng r) {
        List<ReportColumn> columns = new ArrayList<>(Arrays.asList(ReportColumn.values()));
        if (shuffledColumns) {
            r.shuffle(columns);
        }
        return columns;
    }

    String header(ReportColumn column) {
        return chineseHeader ? column.chinese()
                : upperCaseKeys ? column.key().toUpperCase(Locale.ROOT) : column.key();
    }

    String header(RegistryColumn column) {
        return chineseHeader ? column.chinese()
                : upperCaseKeys ? column.key().toUpperCase(Locale.ROOT) : column.key();
    }

    String remarkHeader() {
        return "备注";
    }

    String lineSeparator() {
        return crlf ? "\r\n" : "\n";
    }

    /** One line for the README: what this file looks like. */
    String describe() {
        List<String> traits = new ArrayList<>();
        traits.add(format.label());
        traits.add(chineseHeader ? "Chinese headers" : upperCaseKeys ? "UPPER-CASE English keys" : "English keys");
        if (shuffledColumns) {
            traits.add("columns reordered");
        }
        if (remark) {
            traits.add("extra 备注 column");
        }
        if (format.csv()) {
            traits.add(crlf ? "CRLF" : "LF");
            if (numbers != Numbers.PLAIN) {
                traits.add(numbers == Numbers.THOUSANDS ? "thousands separators" : "counts as 12.0");
            }
            if (blankLines) {
                traits.add("blank lines");
            }
        }
        traits.add(format == Format.XLSX && dateCells ? "date cells" : "dates as " + dateForm.pattern());
        if (periodForm != PeriodForm.CANONICAL) {
            traits.add(periodForm == PeriodForm.CHINESE ? "periods as YYYY年第n季度" : "periods as YYYYqn");
        }
        if (paddedCells) {
            traits.add("cells padded with spaces");
        }
        if (lowerCaseIds) {
            traits.add("some codes in lower case");
        }
        return String.join(", ", traits);
    }
}
