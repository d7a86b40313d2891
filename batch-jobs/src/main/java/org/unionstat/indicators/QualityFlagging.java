package org.unionstat.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
import org.slf4j.Logger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.unionstat.batch.SideBySide;
import org.unionstat.batch.TimingLog;
import org.unionstat.domain.FollowUpStatus;
import org.unionstat.domain.Period;
import org.unionstat.domain.QualityRule;
import org.unionstat.domain.ReportColumn;
import org.unionstat.indicators.QualityFlagMapper.Band;
import org.unionstat.indicators.QualityFlagMapper.Comparison;
import org.unionstat.indicators.QualityFlagMapper.CountChange;
import org.unionstat.indicators.QualityFlagMapper.ReportFigures;
import org.unionstat.indicators.QualityFlagMapper.StoredFlag;

/**
 * Finds the doubtful figures of a quarter's accepted reports by the rules Q01–Q06 (docs/data-quality.md) and replaces
 * the quarter's stored flags with them. A flag is only a note beside a report: nothing here rejects a row or changes a
 * figure, and the indicators never read the flags.
 *
 * <p>Q01 needs the median and spread of every union's change, so its query is read twice, streamed: once for the
 * changes (six primitive arrays, sorted for the medians), once for the reports that changed enough to be flagged.
 * The rules' queries run side by side: each mostly waits for the database.
 */
@Component
public class QualityFlagging {

    private static final Logger timing = TimingLog.logger();

    /** The counts whose sudden changes Q01 looks for, as named in the reports and in the flags' field column. */
    public static final List<String> COUNTS = QualityRule.COUNTS.stream().map(ReportColumn::key).toList();
    /** Quarters looked back for a union's previous accepted report (the expected unions' window of reporting). */
    static final int LOOK_BACK = 4;
    private static final int MEASURE_SCALE = 4;

    private final QualityFlagMapper mapper;
    /** The same statements through a batch executor: a flag is one insert, sent in batches at the commit. */
    private final SqlSessionTemplate batch;
    private final IndicatorInputMapper inputs;
    private final QualitySettings settings;
    private final TransactionTemplate transaction;

    public QualityFlagging(QualityFlagMapper mapper, IndicatorInputMapper inputs, QualitySettings settings,
            SqlSessionFactory sessions, PlatformTransactionManager transactionManager) {
        this.mapper = mapper;
        this.batch = new SqlSessionTemplate(sessions, ExecutorType.BATCH);
        this.inputs = inputs;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        // a transaction of its own: a batch executor cannot join one where statements already ran (the report step's)
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether a report looks for doubtful figures at all ({@link QualitySettings#enabled}). */
    public boolean isEnabled() {
        return settings.enabled();
    }

    /**
     * Flags the quarter, or each quarter of a year, and stores the flags; returns them. With the flags switched off
     * ({@link QualitySettings#enabled}), nothing is looked for and nothing stored changes.
     */
    public List<StoredFlag> flagAndStore(Period period) {
        List<StoredFlag> all = new ArrayList<>();
        if (!settings.enabled()) {
            return all;
        }
        for (Period quarter : period.isYear() ? period.quartersToDate() : List.of(period)) {
            List<StoredFlag> flags = flag(quarter);
            // one static insert a flag, batched: a multi-row insert of many flags costs MyBatis more than the database
            transaction.executeWithoutResult(status -> {
                QualityFlagMapper storing = batch.getMapper(QualityFlagMapper.class);
                storing.deleteFlags(quarter.toString());
                flags.forEach(storing::insertFlag);
                batch.flushStatements();
            });
            all.addAll(flags);
        }
        return all;
    }

    /**
     * The flags of one quarter's reports, by rule, less those a district confirmed as correct for an earlier quarter:
     * the same union, rule, field and figure (docs/data-quality.md#follow-up).
     */
    public List<StoredFlag> flag(Period quarter) {
        List<StoredFlag> flags = new ArrayList<>();
        SideBySide.run("flags-" + quarter, 4, List.<Callable<List<StoredFlag>>>of(
                () -> timed(quarter, "Q01", () -> suddenChanges(quarter)),
                () -> timed(quarter, "Q02", () -> copiedReports(quarter)),
                () -> timed(quarter, "Q03", () -> registryMismatches(quarter)),
                () -> timed(quarter, "Q04-Q06", () -> implausibleReports(quarter)))).forEach(flags::addAll);
        Set<String> confirmed = new HashSet<>(mapper.confirmedBefore(quarter.toString(), FollowUpStatus.CONFIRMED.label()));
        if (!confirmed.isEmpty()) {
            flags.removeIf(f -> confirmed.contains(confirmedKey(f.unionId(), f.rule(), f.field(), f.currentValue())));
        }
        return flags;
    }

    /** The rule's flags, its time in the log (the cost of each rule is watched at a million reports). */
    private static List<StoredFlag> timed(Period quarter, String rules, Supplier<List<StoredFlag>> rule) {
        long started = System.nanoTime();
        List<StoredFlag> flags = rule.get();
        timing.info("{}: {} flagged {} figures in {} ms", quarter, rules, flags.size(),
                (System.nanoTime() - started) / 1_000_000);
        return flags;
    }

    /** How {@link QualityFlagMapper#confirmedBefore} writes a confirmed figure. */
    static String confirmedKey(String unionId, String rule, String field, long currentValue) {
        return unionId + "|" + rule + "|" + field + "|" + currentValue;
    }

    /** Q01: |modified z| of the log change above the limit, over the city's unions with both reports. */
    List<StoredFlag> suddenChanges(Period quarter) {
        String period = quarter.toString();
        List<String> lookBack = new ArrayList<>();
        for (Period p = quarter.previous(); lookBack.size() < LOOK_BACK; p = p.previous()) {
            lookBack.add(p.toString());
        }
        // only the quarters with reports are joined: a lookup in an empty quarter still costs one per report
        Set<String> withReports = new HashSet<>(mapper.periodsWithReports(lookBack));
        List<String> before = lookBack.stream().filter(withReports::contains).toList();
        if (before.isEmpty()) {
            return List.of();
        }
        double limit = settings.suddenChangeZ().doubleValue();
        long minimum = settings.suddenChangeMinimum();
        Changes changes = new Changes(COUNTS.size());
        mapper.streamCountChanges(period, before, null, minimum, context -> changes.add(context.getResultObject()));
        ModifiedZScore[] scores = new ModifiedZScore[COUNTS.size()];
        List<Band> bands = new ArrayList<>();
        for (int f = 0; f < scores.length; f++) {
            scores[f] = ModifiedZScore.of(changes.values[f], changes.count);
            bands.add(new Band(COUNTS.get(f), scores[f].median(), scores[f].distanceBeyond(limit)));
        }
        changes.values = null; // up to 48 MB at a million reports: not kept while the second pass runs
        List<StoredFlag> flags = new ArrayList<>();
        // the database sends only the reports beyond a band; each is decided here, as the medians were worked out
        mapper.streamCountChanges(period, before, bands, minimum, context -> {
            CountChange c = context.getResultObject();
            for (int f = 0; f < COUNTS.size(); f++) {
                long previous = c.previous(f);
                long current = c.current(f);
                if (Math.abs(current - previous) < minimum) {
                    continue;
                }
                double z = scores[f].z(ModifiedZScore.logChange(previous, current));
                if (Math.abs(z) > limit) {
                    boolean finite = Double.isFinite(z);
                    flags.add(new StoredFlag(period, c.unionId(), QualityRule.Q01.code(), COUNTS.get(f), previous,
                            current, finite ? decimal(z) : null, finite ? Math.abs(z) / limit : Float.MAX_VALUE,
                            c.previousPeriod()));
                }
            }
        });
        return flags;
    }

    /** Q02: the quarter and the two before it have the same figures, count for count. */
    List<StoredFlag> copiedReports(Period quarter) {
        Period previous = quarter.previous();
        Period beforePrevious = previous.previous();
        List<StoredFlag> flags = new ArrayList<>();
        for (Comparison c : mapper.copiedReports(quarter.toString(), previous.toString(), beforePrevious.toString(),
                settings.copiedMinEmployees())) {
            flags.add(new StoredFlag(quarter.toString(), c.unionId(), QualityRule.Q02.code(), QualityRule.ALL_COUNTS,
                    c.previousValue(), c.currentValue(), null,
                    (double) c.currentValue() / settings.copiedMinEmployees(), beforePrevious.toString()));
        }
        return flags;
    }

    /** Q03: employees against the registry the quarter's coverage uses (the latest year up to the quarter's). */
    List<StoredFlag> registryMismatches(Period quarter) {
        Integer registryYear = inputs.latestRegistryYear(quarter.year());
        if (registryYear == null) {
            return List.of();
        }
        BigDecimal factor = settings.registryFactor();
        List<StoredFlag> flags = new ArrayList<>();
        for (Comparison c : mapper.registryMismatches(quarter.toString(), registryYear, factor,
                settings.registryMinDifference())) {
            long registry = c.previousValue();
            long reported = c.currentValue();
            BigDecimal ratio = registry == 0 ? null
                    : BigDecimal.valueOf(reported).divide(BigDecimal.valueOf(registry), MEASURE_SCALE, RoundingMode.HALF_UP);
            double apart = (Math.max(reported, registry) + 1.0) / (Math.min(reported, registry) + 1.0);
            flags.add(new StoredFlag(quarter.toString(), c.unionId(), QualityRule.Q03.code(),
                    ReportColumn.EMPLOYEES.key(), registry, reported, ratio, apart / factor.doubleValue(),
                    Integer.toString(registryYear)));
        }
        return flags;
    }

    /** Q04–Q06: what a single report cannot plausibly say. */
    List<StoredFlag> implausibleReports(Period quarter) {
        String period = quarter.toString();
        List<StoredFlag> flags = new ArrayList<>();
        for (ReportFigures r : mapper.implausibleReports(period, settings.maxActivities(),
                settings.fullSatisfactionMinEvaluated(), settings.equalMembersMinEmployees())) {
            if (r.activities() > settings.maxActivities()) {
                flags.add(new StoredFlag(period, r.unionId(), QualityRule.Q04.code(), ReportColumn.ACTIVITIES.key(),
                        null, r.activities(), BigDecimal.valueOf(r.activities()),
                        (double) r.activities() / settings.maxActivities(), null));
            }
            if (r.evaluated() >= settings.fullSatisfactionMinEvaluated() && r.satisfied() == r.evaluated()) {
                flags.add(new StoredFlag(period, r.unionId(), QualityRule.Q05.code(), ReportColumn.EVALUATED.key(),
                        null, r.evaluated(), BigDecimal.ONE.setScale(MEASURE_SCALE),
                        (double) r.evaluated() / settings.fullSatisfactionMinEvaluated(), null));
            }
            if (r.employees() >= settings.equalMembersMinEmployees() && r.members() == r.employees()) {
                flags.add(new StoredFlag(period, r.unionId(), QualityRule.Q06.code(), ReportColumn.MEMBERS.key(),
                        r.employees(), r.members(), BigDecimal.ONE.setScale(MEASURE_SCALE),
                        (double) r.employees() / settings.equalMembersMinEmployees(), null));
            }
        }
        return flags;
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(MEASURE_SCALE, RoundingMode.HALF_UP);
    }

    /** The log changes of each count, in primitive arrays that grow by half as reports stream in. */
    private static final class Changes {

        double[][] values;
        int count;

        Changes(int fields) {
            values = new double[fields][1024];
        }

        void add(CountChange change) {
            if (count == values[0].length) {
                for (int f = 0; f < values.length; f++) {
                    values[f] = Arrays.copyOf(values[f], count + count / 2);
                }
            }
            for (int f = 0; f < values.length; f++) {
                values[f][count] = ModifiedZScore.logChange(change.previous(f), change.current(f));
            }
            count++;
        }
    }
}
