package org.unionstat.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.unionstat.ingest.ImportSummary;
import org.unionstat.run.RunOutcome;

/**
 * What one pass over the inbox did.
 *
 * @param skipped why nothing was done (another pass running), or null
 * @param files every file taken, in processing order
 * @param unsettled files still being written, left for the next pass
 * @param periods the runs of the affected periods (compute and report)
 */
public record ServeOutcome(String skipped, List<FileOutcome> files, List<Path> unsettled, List<RunOutcome> periods,
        Duration duration) {

    /** ARCHIVED and QUARANTINED move the file (serve); IMPORTED and REFUSED leave it where it lies (run DIR). */
    public enum Disposition { ARCHIVED, QUARANTINED, LEFT, IMPORTED, REFUSED }

    /**
     * One file: archived or imported (rows may have been rejected), quarantined or refused (refused, or out of place),
     * or left (its import failed for another reason: it is taken again, and resumed, next time).
     */
    public record FileOutcome(InboxFile file, Disposition disposition, Path movedTo, ImportSummary summary,
            String problem) {

        /** Imported (now or before): its period is affected. */
        public boolean taken() {
            return disposition == Disposition.ARCHIVED || disposition == Disposition.IMPORTED;
        }
    }

    /** Nothing was imported, computed or written: every file already imported, every period already up to date. */
    public boolean nothingChanged() {
        return skipped == null && files.stream().allMatch(f -> f.taken() && f.summary().alreadyImported())
                && periods.stream().allMatch(p -> p.completed() && p.alreadyDone());
    }

    public long count(Disposition disposition) {
        return files.stream().filter(f -> f.disposition() == disposition).count();
    }

    /** Rows of the files taken, and of the files the runs imported themselves ({@code run DIR}'s quarters). */
    public long read() {
        return files.stream().filter(f -> f.summary() != null).mapToLong(f -> f.summary().read()).sum()
                + periods.stream().mapToLong(RunOutcome::read).sum();
    }

    public long accepted() {
        return files.stream().filter(f -> f.summary() != null).mapToLong(f -> f.summary().accepted()).sum()
                + periods.stream().mapToLong(RunOutcome::accepted).sum();
    }

    public long rejected() {
        return files.stream().filter(f -> f.summary() != null).mapToLong(f -> f.summary().rejected()).sum()
                + periods.stream().mapToLong(RunOutcome::rejected).sum();
    }

    public Map<String, Long> rejectedByCode() {
        Map<String, Long> byCode = new TreeMap<>();
        files.stream().filter(f -> f.summary() != null)
                .forEach(f -> f.summary().rejectedByCode().forEach((code, n) -> byCode.merge(code, n, Long::sum)));
        periods.forEach(p -> p.rejectedByCode().forEach((code, n) -> byCode.merge(code, n, Long::sum)));
        return byCode;
    }

    /** The files the runs imported themselves ({@code run DIR}'s quarters). */
    public List<RunOutcome.FileResult> runFiles() {
        return periods.stream().flatMap(p -> p.files().stream()).toList();
    }

    /** 0 when every file was imported and every period computed and reported; 1 otherwise (or when skipped). */
    public int exitCode() {
        boolean filesOk = files.stream().allMatch(FileOutcome::taken);
        boolean periodsOk = periods.stream().allMatch(p -> p.exitCode() == 0);
        return skipped == null && filesOk && periodsOk ? 0 : 1;
    }
}
