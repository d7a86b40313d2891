package org.unionstat.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import org.unionstat.batch.OutputDirectory;
import org.unionstat.batch.SideBySide;
import org.unionstat.batch.TimingLog;
import org.unionstat.domain.Period;
import org.unionstat.domain.UserFacingException;
import org.unionstat.indicators.PeriodComputation;
import org.unionstat.indicators.QualityFlagging;
import org.unionstat.report.figures.Anomalies;
import org.unionstat.report.figures.ReportMemo;
import org.unionstat.report.figures.ReportOutput;

/**
 * Writes every output of a period (every {@link ReportOutput} bean) from the stored figures. It never computes: a
 * period that was not computed is an error, so that a report always shows figures a {@code compute} produced and
 * recorded.
 *
 * <p>The outputs are independent files, so they are written side by side, one per processor: the assessment workbook
 * and the districts' workbooks each take about as long (at a million reports, most of the report's time). What
 * several of them show (the figures, their explanation, the charts) is worked out once for all ({@link ReportMemo}).
 * The doubtful figures are flagged beside them, mostly by the database, while the processors write outputs; those
 * outputs that list the flags wait for them where they need them.
 */
@Service
public class PeriodReport {

    private static final Logger log = LoggerFactory.getLogger(PeriodReport.class);

    private final List<ReportOutput> outputs;
    private final PeriodComputation computation;
    private final QualityFlagging flagging;
    private final ReportMemo memo;

    /** {@code outputs} arrive sorted by {@code @Order}: with fewer processors than outputs, they start in that order. */
    public PeriodReport(List<ReportOutput> outputs, PeriodComputation computation, QualityFlagging flagging,
            ReportMemo memo) {
        this.outputs = outputs;
        this.computation = computation;
        this.flagging = flagging;
        this.memo = memo;
    }

    /**
     * Writes the outputs of {@code period} under {@code outDir} (in {@code outDir/P/}). Every output is attempted;
     * when some fail, the first failure (in output order) is thrown once all have ended (see {@link SideBySide}).
     */
    public void write(Period period, Path outDir) {
        requireComputed(period);
        List<Callable<Void>> tasks = new ArrayList<>();
        // the doubtful figures (docs/data-quality.md), found again at every report from the reports and the districts'
        // answers as they are now, beside the outputs: those that list them wait for them (Anomalies)
        tasks.add(() -> {
            memo.run(period, Anomalies.FLAGGING, () -> {
                if (!flagging.isEnabled()) {
                    log.warn("{}: the data-quality flags are switched off (unionstat.quality.enabled=false): the "
                            + "outputs list no doubtful figures", period);
                    return;
                }
                long started = System.nanoTime();
                int flags = flagging.flagAndStore(period).size();
                TimingLog.logger().info("{}: {} doubtful figures flagged in {} ms", period, flags,
                        (System.nanoTime() - started) / 1_000_000);
            });
            // then the staleness check, a scan of the inputs: after the flags, which outputs wait for
            warnIfStale(period);
            return null;
        });
        for (ReportOutput output : outputs) {
            tasks.add(() -> {
                output.write(period, outDir);
                return null;
            });
        }
        // the flags and the staleness check mostly wait for the database: they get a thread of their own, started first
        try (ReportMemo.Report report = memo.open(period)) {
            memo.announce(period, Anomalies.FLAGGING);
            SideBySide.run("report-" + period, Runtime.getRuntime().availableProcessors() + 1, tasks);
        }
    }

    /**
     * {@link #write} into a directory that must be writable; returns how many files were written (a step's write
     * count).
     */
    public long writeFiles(Period period, Path outDir) {
        // a second's margin: file times may be stored to the second
        Instant started = Instant.now().minusSeconds(1);
        OutputDirectory.requireWritable(outDir);
        write(period, outDir);
        return OutputDirectory.countWrittenSince(outDir.resolve(period.toString()), started);
    }

    private void warnIfStale(Period period) {
        if (!computation.isCurrent(period)) {
            log.warn("the stored figures of {} were computed before the latest imports or settings change; "
                    + "run `compute --period {}` to bring them up to date", period, period);
        }
    }

    /** @throws UserFacingException when no figures of the period are stored: a report never computes them */
    public void requireComputed(Period period) {
        if (!computation.isComputed(period)) {
            throw new UserFacingException("no figures computed for " + period + ": run `compute --period " + period
                    + "` first");
        }
    }
}
