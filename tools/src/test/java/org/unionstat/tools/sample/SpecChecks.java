package org.unionstat.tools.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.Uscc;

/**
 * The validation rules of docs/inputs.md#validation written out plainly for the tests, independently of the importer: which code, if
 * any, the first broken rule of a row gives.
 */
final class SpecChecks {

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern DECIMAL_ZERO = Pattern.compile("\\d+\\.0+");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu年M月d日"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    private SpecChecks() {
    }

    /** Maps a header to the documented keys (English key in any case, or the Chinese header); unknown columns map to null. */
    static List<String> keys(List<String> header, Map<String, String> chineseToKey) {
        List<String> keys = new ArrayList<>();
        for (String h : header) {
            String s = h.strip();
            keys.add(chineseToKey.containsKey(s) ? chineseToKey.get(s)
                    : chineseToKey.containsValue(s.toLowerCase(Locale.ROOT)) ? s.toLowerCase(Locale.ROOT) : null);
        }
        return keys;
    }

    static Map<String, String> row(List<String> keys, List<String> cells) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null) {
                row.put(keys.get(i), i < cells.size() ? cells.get(i).strip() : "");
            }
        }
        return row;
    }

    static Map<String, String> reportHeaders() {
        Map<String, String> m = new HashMap<>();
        String[][] pairs = {{"报告期", "period"}, {"工会统一社会信用代码", "union_id"}, {"工会名称", "union_name"},
                {"单位统一社会信用代码", "unit_id"}, {"覆盖单位代码", "covered_unit_ids"}, {"所属区县代码", "district_code"},
                {"行业代码", "industry_code"}, {"职工人数", "employees"}, {"会员人数", "members"},
                {"农民工人数", "migrant_employees"}, {"农民工会员人数", "migrant_members"},
                {"已采集信息会员数", "info_collected"}, {"京卡办理数", "cards_issued"}, {"参评会员数", "evaluated"},
                {"满意", "satisfied"}, {"基本满意", "basically_satisfied"}, {"不满意", "dissatisfied"},
                {"本季度活动次数", "activities"}, {"报送日期", "submitted_on"}};
        for (String[] p : pairs) {
            m.put(p[0], p[1]);
        }
        return m;
    }

    static Map<String, String> registryHeaders() {
        return Map.of("统一社会信用代码", "unit_id", "单位名称", "unit_name", "区县代码", "district_code", "行业代码",
                "industry_code", "从业人员数", "employees");
    }

    static final List<String> REPORT_REQUIRED = List.of("period", "union_id", "union_name", "unit_id", "district_code",
            "industry_code", "employees", "members", "submitted_on");
    static final List<String> REPORT_COUNTS = List.of("employees", "members", "migrant_employees", "migrant_members",
            "info_collected", "cards_issued", "evaluated", "satisfied", "basically_satisfied", "dissatisfied", "activities");
    static final List<String> REGISTRY_REQUIRED = List.of("unit_id", "unit_name", "district_code", "industry_code", "employees");

    /** The code of the first rule a report row breaks, or null; {@code accepted} holds the file's accepted union ids. */
    static String reportCode(Map<String, String> r, Period period, ReferenceData ref, Set<String> accepted) {
        for (String key : REPORT_REQUIRED) {
            if (r.get(key).isEmpty()) {
                return "E01";
            }
        }
        Map<String, Long> n = new HashMap<>();
        for (String key : REPORT_COUNTS) {
            Optional<Long> value = count(r.get(key));
            if (value.isEmpty()) {
                return "E02";
            }
            n.put(key, value.get());
        }
        if (date(r.get("submitted_on")).isEmpty()) {
            return "E03";
        }
        String union = Uscc.normalize(r.get("union_id"));
        if (!Uscc.isValid(union) || !union.startsWith("81")) {
            return "E04";
        }
        if (!Uscc.isValid(Uscc.normalize(r.get("unit_id")))) {
            return "E05";
        }
        for (String covered : r.get("covered_unit_ids").split(";")) {
            if (!covered.isBlank() && !Uscc.isValid(Uscc.normalize(covered))) {
                return "E05";
            }
        }
        if (!ref.isDistrict(r.get("district_code"))) {
            return "E06";
        }
        if (!ref.isIndustry(r.get("industry_code"))) {
            return "E07";
        }
        if (!Period.parseQuarter(r.get("period")).equals(Optional.of(period))) {
            return "E08";
        }
        long e = n.get("employees");
        long m = n.get("members");
        long me = n.get("migrant_employees");
        long mm = n.get("migrant_members");
        if (m > e || me > e || mm > me || mm > m || n.get("info_collected") > m || n.get("cards_issued") > m
                || n.get("evaluated") > m
                || n.get("satisfied") + n.get("basically_satisfied") + n.get("dissatisfied") != n.get("evaluated")) {
            return "E09";
        }
        if (!accepted.add(union)) {
            return "E10";
        }
        return null;
    }

    static String registryCode(Map<String, String> r, ReferenceData ref, Set<String> accepted) {
        for (String key : REGISTRY_REQUIRED) {
            if (r.get(key).isEmpty()) {
                return "E01";
            }
        }
        if (count(r.get("employees")).isEmpty()) {
            return "E02";
        }
        String unit = Uscc.normalize(r.get("unit_id"));
        if (!Uscc.isValid(unit)) {
            return "E05";
        }
        if (!ref.isDistrict(r.get("district_code"))) {
            return "E06";
        }
        if (!ref.isIndustry(r.get("industry_code"))) {
            return "E07";
        }
        return accepted.add(unit) ? null : "E10";
    }

    /** A count per docs/inputs.md#input-files: empty is 0; 123, 1,234 and 12.0 are accepted; anything else is not. */
    static Optional<Long> count(String s) {
        if (s.isEmpty()) {
            return Optional.of(0L);
        }
        if (PLAIN.matcher(s).matches() || THOUSANDS.matcher(s).matches()) {
            return Optional.of(Long.parseLong(s.replace(",", "")));
        }
        if (DECIMAL_ZERO.matcher(s).matches()) {
            return Optional.of(Long.parseLong(s.substring(0, s.indexOf('.'))));
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String s) {
        if (s.startsWith("DATE:")) {
            return Optional.of(LocalDate.parse(s.substring(5)));
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
