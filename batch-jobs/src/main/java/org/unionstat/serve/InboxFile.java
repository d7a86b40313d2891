package org.unionstat.serve;

import java.nio.file.Path;

import org.unionstat.domain.Period;
import org.unionstat.text.Messages;

/**
 * A file found in the inbox: a unit registry of a year ({@code registry-YYYY.csv|xlsx} at the top), quarterly reports
 * of a quarter (a file in a directory {@code YYYYQn/}), or a file out of place ({@code period} null, {@code problem}
 * says why, of {@code directory} when it names one).
 */
public record InboxFile(Path file, Path relative, Kind kind, Period period, ServeText problem, String directory) {

    public enum Kind { REGISTRY, QUARTERLY, MISPLACED }

    /** Why a file is out of place, in the language of {@code messages}. */
    public String problem(Messages messages) {
        return messages.text(problem, directory);
    }

    /** The directory name under archive/ and quarantine/: the period, or "unsorted" for a misplaced file. */
    public String folder() {
        return period == null ? "unsorted" : period.toString();
    }
}
