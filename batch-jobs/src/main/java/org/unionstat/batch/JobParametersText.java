package org.unionstat.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

import org.unionstat.domain.PrintableName;
import org.unionstat.run.RunParameters;

/**
 * Identifying job parameters, short, for messages and {@code jobs}: period (or year) first, file names rather than
 * paths, the first 12 characters of checksums and fingerprints, a run's files counted.
 */
public final class JobParametersText {

    private JobParametersText() {
    }

    public static String of(JobParameters parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JobParameter<?> p : parameters.getIdentifyingParameters()) {
            values.put(p.name(), String.valueOf(p.value()));
        }
        return of(values);
    }

    public static String of(Map<String, String> parameters) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(parameters.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, String> e) -> rank(e.getKey())).thenComparing(Map.Entry::getKey));
        List<String> shown = new ArrayList<>();
        int files = 0;
        for (Map.Entry<String, String> p : entries) {
            String name = p.getKey();
            if (name.startsWith(RunParameters.FILE) || name.startsWith(RunParameters.SHA256)) {
                files += name.startsWith(RunParameters.FILE) ? 1 : 0;
                continue;
            }
            if (name.equals(RunParameters.FILES)) {
                continue;
            }
            shown.add(name + "=" + shorten(p.getValue()));
        }
        if (parameters.containsKey(RunParameters.FILES)) {
            shown.add("files=" + files);
        }
        return String.join(" ", shown);
    }

    private static int rank(String name) {
        return switch (name) {
            case "period", "year" -> 0;
            case "file" -> 1;
            default -> 2;
        };
    }

    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        if (value.matches("[0-9a-f]{40,}")) {
            return value.substring(0, 12) + "…";
        }
        if (value.startsWith("/") || value.matches("^[A-Za-z]:\\\\.*")) {
            Path name = Path.of(value).getFileName();
            return PrintableName.of(name == null ? value : name.toString());
        }
        return PrintableName.of(value);
    }
}
