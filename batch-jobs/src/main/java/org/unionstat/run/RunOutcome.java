package org.unionstat.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.BatchStatus;

import org.unionstat.domain.Period;

/**
 * What a run ({@code run}, or a restart of job runPeriod) did: its files, the computation, the outputs. Built from
 * the job repository, so a run recognised as already done shows what the earlier run did.
 *
 * @param alreadyDone the same run had completed and nothing changed since: nothing ran now
 * @param files one entry per file, in import order ({@code line} null when its step was not reached)
 * @param computed null when the compute step was not reached
 * @param outputs the directory of the outputs and how many files were written; null when not reached
 * @param failure why the run failed or stopped, null when it completed
 */
public record RunOutcome(Period period, long jobExecutionId, BatchStatus status, boolean alreadyDone,
        List<FileResult> files, Computed computed, Outputs outputs, Duration duration, String failure) {

    /**
     * One file's import. {@code refusal}: the file was refused for what it is (docs/inputs.md#validation); {@code unfinished}: its
     * import failed for another reason or was stopped (the run resumes it).
     */
    public record FileResult(Path file, String line, String refusal, String unfinished, long read, long accepted,
            long rejected, String rejectedByCode, boolean alreadyImported) {

        public boolean reached() {
            return line != null || refusal != null || unfinished != null;
        }

        public boolean imported() {
            return line != null && refusal == null && unfinished == null;
        }
    }

    public record Computed(long indicatorRows, long scores, boolean unchanged) {
    }

    public record Outputs(Path directory, long filesWritten) {
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }

    public long refusedFiles() {
        return files.stream().filter(f -> f.refusal() != null).count();
    }

    /** docs/commands.md: 0 when the run completed and no file was refused (rows may have been rejected), else 1. */
    public int exitCode() {
        return completed() && refusedFiles() == 0 ? 0 : 1;
    }

    public long read() {
        return files.stream().mapToLong(FileResult::read).sum();
    }

    public long accepted() {
        return files.stream().mapToLong(FileResult::accepted).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileResult::rejected).sum();
    }

    /** Rejected rows of all files by code, codes in order. */
    public Map<String, Long> rejectedByCode() {
        Map<String, Long> byCode = new TreeMap<>();
        for (FileResult file : files) {
            if (file.rejectedByCode() == null || file.rejectedByCode().isBlank()) {
                continue;
            }
            for (String entry : file.rejectedByCode().split(",\\s*")) {
                String[] codeAndCount = entry.strip().split(" ");
                if (codeAndCount.length == 2) {
                    byCode.merge(codeAndCount[0], Long.parseLong(codeAndCount[1]), Long::sum);
                }
            }
        }
        return byCode;
    }
}
