package org.unionstat.tools.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.unionstat.domain.District;
import org.unionstat.domain.Industry;
import org.unionstat.domain.Period;
import org.unionstat.domain.QualityRule;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.Uscc;

/**
 * The synthetic world: union slots 0, 1, 2, … each with a home unit and a few neighbouring units of the registry.
 * Everything about a slot (its codes, names, size, behaviour, each quarter's figures) is a pure function of
 * (seed, slot, quarter), so the data set is never held in memory and any part of it can be produced on its own.
 */
final class Population {

    /** The eight quarters of the data set, oldest first. */
    static final List<Period> QUARTERS = List.of(Period.ofQuarter(2024, 4), Period.ofQuarter(2025, 1),
            Period.ofQuarter(2025, 2), Period.ofQuarter(2025, 3), Period.ofQuarter(2025, 4), Period.ofQuarter(2026, 1),
            Period.ofQuarter(2026, 2), Period.ofQuarter(2026, 3));
    /** The registry years; quarters of a later year use the latest registry (docs/indicators.md). */
    static final int FIRST_REGISTRY_YEAR = 2024;
    static final int LAST_REGISTRY_YEAR = 2025;
    /** Days after the quarter's end a report is on time (docs/indicators.md default). */
    static final int DEADLINE_DAYS = 15;

    private static final int MAX_UNITS_PER_SLOT = 8;
    /** How many unions show each data-quality rule's case. */
    static final int PLANTS_PER_RULE = 3;
    /** The quarter (index) a planted Q02 union's figures are copied from into the quarters after it. */
    static final int COPIED_FROM = 5;
    /** The smallest unit a rule's case is planted in, so that the rule's bar is reached (docs/data-quality.md). */
    private static final Map<QualityRule, Integer> PLANT_MIN_SIZE = Map.of(QualityRule.Q01, 20, QualityRule.Q02, 60,
            QualityRule.Q03, 30, QualityRule.Q04, 1, QualityRule.Q05, 260, QualityRule.Q06, 540);
    private static final double FIRST_QUARTER_SHARE = 0.88;
    private static final double STOP_SHARE = 0.07;
    private static final double SKIP_RATE = 0.015;
    private static final long UNION = 1;
    private static final long UNIT = 2;
    private static final long FILING = 3;
    private static final long FIGURES = 4;
    private static final long CODES = 5;
    private static final long CODE_SPACE_7 = 27_512_614_111L; // 31^7
    private static final long CODE_SPACE_9 = 26_439_622_160_671L; // 31^9
    private static final String[] BRAND = ("华 瑞 恒 泰 鑫 宏 达 信 诚 中 天 金 安 康 永 盛 兴 隆 嘉 和 博 远 通 联 新 创 源 科 益 顺 "
            + "祥 福 昌 明 晨 光 海 润 德 仁 正 弘 东 方 长 城 京 燕 蓝 山 禾 丰 佳 美 宇 星 辰 启 航 卓 越 智 汇 云 峰 悦 鸿 凯 辉 "
            + "腾 飞 华 北 京 津 首 都 国 际 百 川").split(" ");
    private static final String[] ORDINAL = {"第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九"};

    private final long seed;
    private final boolean churn;
    private final List<District> districts;
    private final List<Industry> industries;
    private final DistrictProfile[] districtProfiles;
    private final IndustryProfile[] industryProfiles;
    private final double[] districtWeights;
    private final double[][] industryWeights;
    private final double[] smallBusinessWeights;
    private final long unionCodeOffset;
    private final long unitCodeOffset;
    private final long institutionCodeOffset;
    /** Slot → the data-quality rule its reports are made to break (sample data only; {@link #plant}). */
    private Map<Integer, QualityRule> planted = Map.of();

    /** A grassroots union: the stable traits behind its reports. */
    record Union(int slot, String id, String name, int district, int industry, boolean joint, int neighbours,
            int firstQuarter, int lastQuarter, boolean forced, double enrolment, double lateRate, double activityMean,
            double infoRate, double cardRate, double contentment, double migrantShare, int evaluation,
            int evaluationQuarter, boolean blanksForZero, boolean noMigrantData) {
    }

    /** A unit of the registry; {@code number} 0 is the union's home unit, 1… its neighbours. */
    record Unit(int slot, int number, String id, String name, int district, int industry, int employees2024,
            int employees2025, boolean in2024, boolean in2025) {

        boolean inRegistry(int year) {
            return year <= FIRST_REGISTRY_YEAR ? in2024 : in2025;
        }

        int employees(int year) {
            return year <= FIRST_REGISTRY_YEAR ? employees2024 : employees2025;
        }
    }

    Population(ReferenceData reference, long seed, boolean churn) {
        this.seed = seed;
        this.churn = churn;
        this.districts = reference.districts();
        this.industries = reference.industries();
        districtProfiles = new DistrictProfile[districts.size()];
        districtWeights = new double[districts.size()];
        for (int d = 0; d < districts.size(); d++) {
            districtProfiles[d] = DistrictProfile.of(districts.get(d).code(), seed);
            districtWeights[d] = districtProfiles[d].weight();
        }
        industryProfiles = new IndustryProfile[industries.size()];
        smallBusinessWeights = new double[industries.size()];
        for (int i = 0; i < industries.size(); i++) {
            industryProfiles[i] = IndustryProfile.of(industries.get(i).code());
            smallBusinessWeights[i] = industryProfiles[i].smallBusiness();
        }
        industryWeights = new double[districts.size()][industries.size()];
        for (int d = 0; d < districts.size(); d++) {
            for (int i = 0; i < industries.size(); i++) {
                industryWeights[d][i] = industryProfiles[i].weight()
                        * IndustryProfile.districtFactor(districts.get(d).code(), industries.get(i).code());
            }
        }
        unionCodeOffset = Math.floorMod(Rng.mix(seed ^ 0x81L), CODE_SPACE_9);
        unitCodeOffset = Math.floorMod(Rng.mix(seed ^ 0x91L), CODE_SPACE_7);
        institutionCodeOffset = Math.floorMod(Rng.mix(seed ^ 0x12L), CODE_SPACE_9);
    }

    List<District> districts() {
        return districts;
    }

    List<Industry> industries() {
        return industries;
    }

    /** Slots 0 … forcedSlots()-1 put every district and every industry in every quarter; they always file cleanly. */
    int forcedSlots() {
        return districts.size() + industries.size();
    }

    /** How many slots give about {@code perQuarter} reports a quarter, given new unions, stopping unions and gaps. */
    int slotsFor(int perQuarter) {
        if (!churn) {
            return perQuarter;
        }
        double active = 0;
        int n = QUARTERS.size();
        for (int q = 0; q < n; q++) {
            double started = FIRST_QUARTER_SHARE + (1 - FIRST_QUARTER_SHARE) * q / (n - 1.0);
            double notStopped = (1 - STOP_SHARE) + STOP_SHARE * Math.max(0, n - 1 - q) / (n - 1.0);
            active += started * notStopped * (1 - SKIP_RATE);
        }
        return Math.max(forcedSlots(), (int) Math.round(perQuarter / (active / n)));
    }

    Union union(int slot) {
        Rng r = Rng.of(seed, UNION, slot);
        int nd = districts.size();
        int ni = industries.size();
        boolean forced = slot < nd + ni;
        int district = slot < nd ? slot : r.pick(districtWeights);
        boolean joint = !forced && r.chance(0.07);
        int industry = slot >= nd && slot < nd + ni ? slot - nd
                : joint ? r.pick(smallBusinessWeights) : r.pick(industryWeights[district]);
        DistrictProfile dp = districtProfiles[district];
        IndustryProfile ip = industryProfiles[industry];
        int neighbours = joint ? r.between(2, 6) : binomial(r, 4, Math.min(1.0, dp.otherUnits() / 4));
        int first = 0;
        int last = QUARTERS.size() - 1;
        if (churn && !forced) {
            if (!r.chance(FIRST_QUARTER_SHARE)) {
                first = r.between(1, QUARTERS.size() - 1);
            }
            if (r.chance(STOP_SHARE)) {
                int stop = r.between(0, QUARTERS.size() - 2);
                last = stop >= first ? stop : last;
            }
        }
        double enrolment = clamp(dp.enrolment() + 0.06 * r.normal(), 0.45, 1.0);
        double lateRate = clamp(dp.lateRate() * (r.chance(0.15) ? 4 : 0.6), 0, 0.6);
        double activityMean = clamp(dp.activityMean() * (0.7 + 0.6 * r.nextDouble()), 0.5, 11.5);
        double infoRate = clamp(dp.infoRate() + 0.05 * r.normal(), 0.4, 1.0);
        double cardRate = clamp(dp.cardRate() + 0.08 * r.normal(), 0.2, 1.0);
        double contentment = clamp(dp.contentment() + 0.03 * r.normal(), 0.6, 1.0);
        double migrantShare = clamp(ip.migrantShare() * (0.5 + r.nextDouble()), 0, 0.95);
        double e = r.nextDouble();
        int evaluation = e < 0.10 ? 0 : e < 0.80 ? 1 : 2; // never, once a year, every quarter
        int evaluationQuarter = new int[] {4, 4, 4, 4, 2, 2, 2, 3, 3, 1}[r.nextInt(10)];
        boolean blanks = r.chance(0.4);
        boolean noMigrantData = r.chance(0.06);

        String districtCode = districts.get(district).code();
        String id = uscc("81" + districtCode + base31(scramble(slot, 998_244_353L, unionCodeOffset, CODE_SPACE_9), 9));
        String name;
        if (joint) {
            Rng n = Rng.of(seed, UNION, slot, 1);
            String street = n.pick(dp.streets());
            String place = switch (n.nextInt(3)) {
                case 0 -> brand(n) + "商圈";
                case 1 -> brand(n) + "大厦楼宇";
                default -> ORDINAL[n.nextInt(ORDINAL.length)];
            };
            name = districts.get(district).name() + street + (street.endsWith("区") ? "" : "街道") + place
                    + "联合基层工会委员会";
        } else {
            name = unitName(Rng.of(seed, UNIT, slot, 0, 1), industry, district)
                    + (Rng.of(seed, UNION, slot, 2).chance(0.85) ? "工会委员会" : "工会");
        }
        return new Union(slot, id, name, district, industry, joint, neighbours, first, last, forced, enrolment,
                lateRate, activityMean, infoRate, cardRate, contentment, migrantShare, evaluation, evaluationQuarter,
                blanks, noMigrantData);
    }

    /** Unit {@code number} of a union's slot: 0 is the unit the union is set up in, 1 … neighbours() the others. */
    Unit unit(Union union, int number) {
        Rng r = Rng.of(seed, UNIT, union.slot(), number);
        int district = r.chance(0.97) ? union.district() : r.pick(districtWeights);
        int industry;
        double size;
        boolean in2024;
        boolean in2025;
        if (number == 0) {
            industry = r.chance(0.98) ? union.industry() : r.pick(industryWeights[district]);
            size = union.joint() ? logNormal(r, 12, 0.6)
                    : logNormal(r, industryProfiles[union.industry()].medianSize(), 1.1);
            // a union first filing in 2025 or later may sit in a unit founded that year; one that stopped early may close
            in2024 = !(union.firstQuarter() >= 1 && r.chance(0.5));
            in2025 = !(union.lastQuarter() == 0 && r.chance(0.5));
        } else {
            industry = union.joint() ? r.pick(smallBusinessWeights) : r.pick(industryWeights[district]);
            size = union.joint() ? logNormal(r, 10, 0.7) : logNormal(r, 45, 1.2);
            double fate = r.nextDouble();
            in2024 = fate >= 0.04;
            in2025 = fate < 0.04 || fate >= 0.08;
        }
        int employees2024 = (int) Math.max(1, Math.min(60_000, Math.round(size)));
        int employees2025 = (int) Math.max(1, Math.round(employees2024 * (1.01 + 0.06 * r.normal())));
        String prefix = institutionPrefix(r, industries.get(industry).code());
        String region = districts.get(district).code();
        long key = (long) union.slot() * MAX_UNITS_PER_SLOT + number;
        String id = prefix.equals("91")
                ? uscc("91" + region + "MA" + base31(scramble(key, 1_000_000_007L, unitCodeOffset, CODE_SPACE_7), 7))
                : uscc(prefix + region + base31(scramble(key, 1_000_000_009L, institutionCodeOffset, CODE_SPACE_9), 9));
        String name = number == 0 && !union.joint() ? unitName(Rng.of(seed, UNIT, union.slot(), 0, 1), union.industry(),
                union.district()) : unitName(Rng.of(seed, UNIT, union.slot(), number, 1), industry, district);
        return new Unit(union.slot(), number, id, name, district, industry, employees2024, employees2025, in2024,
                in2025);
    }

    /** Whether the union files a report for quarter {@code q} (an index into {@link #QUARTERS}). */
    boolean files(Union union, int q) {
        if (q < union.firstQuarter() || q > union.lastQuarter()) {
            return false;
        }
        return !churn || union.forced() || planted(union) != null
                || !Rng.of(seed, FILING, union.slot(), q).chance(SKIP_RATE);
    }

    /**
     * Chooses the unions whose reports show a case of each data-quality rule (docs/data-quality.md), among slots
     * {@code 0 … slots-1}: for each rule the first {@link #PLANTS_PER_RULE} unions, in slot order, that file every
     * quarter, are not joint, have their unit in both registries and are large enough for the rule to flag them.
     */
    void plant(int slots) {
        Map<Integer, QualityRule> chosen = new TreeMap<>();
        Map<QualityRule, Integer> counts = new EnumMap<>(QualityRule.class);
        for (int slot = forcedSlots(); slot < slots; slot++) {
            Union union = union(slot);
            if (union.joint() || union.firstQuarter() != 0 || union.lastQuarter() != QUARTERS.size() - 1) {
                continue;
            }
            Unit home = unit(union, 0);
            if (!home.in2024() || !home.in2025()) {
                continue;
            }
            int size = Math.min(home.employees2024(), home.employees2025());
            for (QualityRule rule : QualityRule.values()) {
                if (counts.getOrDefault(rule, 0) < PLANTS_PER_RULE && size >= PLANT_MIN_SIZE.get(rule)) {
                    chosen.put(slot, rule);
                    counts.merge(rule, 1, Integer::sum);
                    break;
                }
            }
        }
        planted = Map.copyOf(chosen);
    }

    /** The rule the union's reports are made to break, or null. */
    QualityRule planted(Union union) {
        return planted.get(union.slot());
    }

    /** The unions chosen by {@link #plant}, by slot. */
    Map<Integer, QualityRule> plants() {
        return new TreeMap<>(planted);
    }

    /**
     * The union's report for quarter {@code q}: consistent figures (every docs/inputs.md#validation rule holds). A
     * planted union's show its rule's case: Q01 employees four times the usual in the last quarter (which Q03 also
     * flags), Q02 the figures of the sixth quarter filed again in the seventh and eighth, Q03 three times the
     * registry's employees, Q04 95 activities or more, Q05 every member evaluated and satisfied, Q06 every employee
     * a member.
     */
    Report report(Union union, int q) {
        QualityRule plant = planted(union);
        if (plant == QualityRule.Q02 && q > COPIED_FROM) {
            Report copied = report(union, COPIED_FROM);
            Report own = figures(union, q, null);
            return new Report(own.period(), copied.slot(), copied.unionId(), copied.unionName(), copied.unitId(),
                    copied.coveredUnitIds(), copied.districtCode(), copied.industryCode(), copied.employees(),
                    copied.members(), copied.migrantEmployees(), copied.migrantMembers(), copied.infoCollected(),
                    copied.cardsIssued(), copied.evaluated(), copied.satisfied(), copied.basicallySatisfied(),
                    copied.dissatisfied(), copied.activities(), own.submittedOn());
        }
        return figures(union, q, plant == QualityRule.Q01 && q != QUARTERS.size() - 1 ? null : plant);
    }

    private Report figures(Union union, int q, QualityRule plant) {
        Period period = QUARTERS.get(q);
        int year = Math.min(period.year(), LAST_REGISTRY_YEAR);
        Rng r = Rng.of(seed, FIGURES, union.slot(), q);
        Unit home = unit(union, 0);
        long base = home.employees(year);
        List<String> covered = new ArrayList<>();
        if (union.joint()) {
            for (int k = 1; k <= union.neighbours(); k++) {
                Unit unit = unit(union, k);
                if (unit.inRegistry(year)) {
                    covered.add(unit.id());
                    base += unit.employees(year);
                }
            }
        }
        int employees = (int) (base < 10 ? base : Math.max(1, Math.round(base * (1 + 0.02 * r.normal()))));
        if (plant == QualityRule.Q01) {
            employees *= 4;
        } else if (plant == QualityRule.Q03) {
            employees *= 3;
        }
        double rate = plant == QualityRule.Q06 ? 1.0 : clamp(union.enrolment() + 0.004 * q + 0.01 * r.normal(), 0.3, 1.0);
        int members = (int) Math.min(employees, Math.round(employees * rate));
        Integer migrantEmployees = null;
        Integer migrantMembers = null;
        if (!union.noMigrantData()) {
            int me = (int) Math.round(employees * clamp(union.migrantShare() + 0.02 * r.normal(), 0, 0.95));
            int mm = (int) Math.min(Math.min(me, members), Math.round(me * clamp(rate - 0.08 + 0.04 * r.normal(), 0, 1)));
            migrantEmployees = blankIfZero(union, me);
            migrantMembers = blankIfZero(union, mm);
        }
        int info = (int) Math.min(members, Math.round(members * clamp(union.infoRate() + 0.005 * q + 0.01 * r.normal(), 0, 1)));
        int cards = (int) Math.min(members, Math.round(members * clamp(union.cardRate() + 0.008 * q + 0.01 * r.normal(), 0, 1)));
        boolean evaluates = union.evaluation() == 2
                || union.evaluation() == 1 && union.evaluationQuarter() == period.quarter();
        int evaluated = !evaluates ? 0 : (int) Math.min(members, Math.round(members
                * (union.evaluation() == 1 ? r.uniform(0.4, 0.95) : r.uniform(0.1, 0.3))));
        int content = (int) Math.round(evaluated * clamp(union.contentment() + 0.03 * r.normal(), 0.4, 1.0));
        if (plant == QualityRule.Q05) {
            evaluated = members;
            content = members;
        }
        int satisfied = (int) Math.round(content * r.uniform(0.65, 0.9));
        int activities = binomial(r, 12, union.activityMean() / 12);
        if (plant == QualityRule.Q04) {
            activities = 95 + r.between(0, 5);
        }
        LocalDate lastDay = period.lastDay();
        LocalDate submitted = r.chance(union.lateRate()) ? lastDay.plusDays(r.between(DEADLINE_DAYS + 1, 50))
                : lastDay.plusDays(r.chance(0.15) ? r.between(1, 2) : r.between(3, DEADLINE_DAYS));
        return new Report(period, union.slot(), union.id(), union.name(), home.id(), List.copyOf(covered),
                districts.get(union.district()).code(), industries.get(union.industry()).code(), employees, members,
                migrantEmployees, migrantMembers, blankIfZero(union, info), blankIfZero(union, cards),
                blankIfZero(union, evaluated), blankIfZero(union, satisfied), blankIfZero(union, content - satisfied),
                blankIfZero(union, evaluated - content), blankIfZero(union, activities), submitted);
    }

    /** A resubmitted report: membership revised upwards a little, filed a few days later (still on time if it was). */
    Report revised(Report original) {
        Rng r = Rng.of(seed, FIGURES, original.slot(), 1000 + QUARTERS.indexOf(original.period()));
        int employees = original.employees() + r.between(0, 3);
        int members = Math.min(employees, original.members() + r.between(1, 6));
        return original.withCounts(employees, members, later(original, r.between(2, 10)));
    }

    /** The same report filed again a few days later (a corrected resubmission), on time if the original was. */
    Report resubmitted(Report original) {
        Rng r = Rng.of(seed, FIGURES, original.slot(), 2000 + QUARTERS.indexOf(original.period()));
        return original.withCounts(original.employees(), original.members(), later(original, r.between(2, 10)));
    }

    private static LocalDate later(Report original, int days) {
        LocalDate deadline = original.period().lastDay().plusDays(DEADLINE_DAYS);
        LocalDate submitted = original.submittedOn().plusDays(days);
        return !original.submittedOn().isAfter(deadline) && submitted.isAfter(deadline) ? deadline : submitted;
    }

    private String unitName(Rng r, int industry, int district) {
        String stem = r.pick(industryProfiles[industry].nameStems());
        String districtName = districts.get(district).name();
        return stem.replace("{b}", brand(r)).replace("{d}", districtName);
    }

    private static String brand(Rng r) {
        String first = BRAND[r.nextInt(BRAND.length)];
        String second;
        do {
            second = BRAND[r.nextInt(BRAND.length)];
        } while (second.equals(first));
        return r.chance(0.2) ? first + second + BRAND[r.nextInt(BRAND.length)] : first + second;
    }

    /** 91 enterprises mostly; public institutions (12) in education, health and sanitation; social organisations (52). */
    private static String institutionPrefix(Rng r, String industry) {
        return switch (industry) {
            case "P", "Q" -> r.chance(0.6) ? "12" : "52";
            case "N" -> r.chance(0.5) ? "12" : "91";
            case "S" -> r.chance(0.6) ? "52" : "11";
            default -> "91";
        };
    }

    private Integer blankIfZero(Union union, int value) {
        return value == 0 && union.blanksForZero() ? null : value;
    }

    /** A bijection of [0, space): distinct keys give distinct codes. */
    private static long scramble(long key, long multiplier, long offset, long space) {
        return Math.floorMod(Math.floorMod(key * multiplier, space) + offset, space);
    }

    static String base31(long value, int width) {
        char[] chars = new char[width];
        long v = value;
        for (int i = width - 1; i >= 0; i--) {
            chars[i] = Uscc.ALPHABET.charAt((int) (v % 31));
            v /= 31;
        }
        return new String(chars);
    }

    static String uscc(String first17) {
        return first17 + Uscc.checkCharacter(first17);
    }

    private static double logNormal(Rng r, double median, double sigma) {
        return median * StrictMath.exp(sigma * r.normal());
    }

    private static int binomial(Rng r, int trials, double p) {
        int n = 0;
        for (int i = 0; i < trials; i++) {
            if (r.chance(p)) {
                n++;
            }
        }
        return n;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
