package org.unionstat.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.unionstat.domain.Period;
import org.unionstat.domain.PrintableName;
import org.unionstat.text.Messages;

/**
 * The outcome of importing one file. {@code file} is the path as given; {@code period} the quarter, or the year of a
 * registry. Counts are of data rows (blank lines excluded); {@code rejectedByCode} in code order.
 * {@code alreadyImported}: the file had been imported before and nothing changed (the counts are that import's).
 * {@code refusal}: why the file was refused or its import failed ("FILE: problem"), null on success.
 * {@code failed}: the import failed for a reason other than the file (database, disk, crash, already running): the
 * same import can be resumed; false for a file refused for what it is (docs/inputs.md#validation file-level errors).
 */
public record ImportSummary(Path file, Period period, String sha256, long read, long accepted, long rejected,
        Map<String, Long> rejectedByCode, boolean alreadyImported, String refusal, List<String> warnings,
        boolean failed) {

    public ImportSummary {
        rejectedByCode = rejectedByCode == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(rejectedByCode));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static ImportSummary refused(Path file, Period period, String sha256, String refusal, List<String> warnings) {
        return new ImportSummary(file, period, sha256, 0, 0, 0, Map.of(), false, refusal, warnings, false);
    }

    static ImportSummary failed(Path file, Period period, String sha256, String problem, List<String> warnings) {
        return new ImportSummary(file, period, sha256, 0, 0, 0, Map.of(), false, problem, warnings, true);
    }

    /** The same outcome with {@code first} said before its own warnings. */
    ImportSummary withWarningsFirst(List<String> first) {
        List<String> all = new ArrayList<>(first);
        all.addAll(warnings);
        return new ImportSummary(file, period, sha256, read, accepted, rejected, rejectedByCode, alreadyImported,
                refusal, all, failed);
    }

    public boolean refused() {
        return refusal != null;
    }

    /**
     * The line printed for the file, in the language of {@code messages}: {@code 2026Q3 110105-朝阳区.csv：读取 1234 行，
     * 接收 1200 行，拒收 34 行（E01 3，E02 10，E10 21）} or {@code 2026Q3 110105-朝阳区.csv: read 1234, accepted 1200,
     * rejected 34 (E01 3, E02 10, E10 21)}; a refused file gets {@code 2026Q3 FILE: problem}.
     */
    public String line(Messages messages) {
        if (refused()) {
            return period + " " + refusal;
        }
        return messages.text(SummaryText.FILE, period, PrintableName.of(file.getFileName()), read, accepted, rejected,
                byCode(rejectedByCode, messages),
                alreadyImported ? messages.text(SummaryText.ALREADY_IMPORTED) : "");
    }

    /** Rejected rows by code, " (E01 3, E10 21)", or nothing when there are none. */
    public static String byCode(Map<String, Long> byCode, Messages messages) {
        return byCode.isEmpty() ? "" : messages.text(SummaryText.BY_CODE, byCode.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(messages.text(SummaryText.BY_CODE_SEPARATOR))));
    }
}
