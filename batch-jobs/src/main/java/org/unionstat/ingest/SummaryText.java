package org.unionstat.ingest;

import java.util.Locale;

import org.unionstat.text.MessageKey;

/** The texts of an import's summary line (import, check, run, serve). */
public enum SummaryText implements MessageKey {

    /** {@code 2026Q3 110105-朝阳区.csv: read 1234, accepted 1200, rejected 34 (E01 3, E10 31)}. */
    FILE,
    /** The rejected rows by code: " (E01 3, E10 31)". */
    BY_CODE,
    BY_CODE_SEPARATOR,
    ALREADY_IMPORTED,
    /** A file and what is wrong with it: "FILE: problem". */
    FILE_PROBLEM,
    // why a path given cannot be imported; {0} is the path
    CANNOT_LIST,
    NO_FILES_IN_DIRECTORY,
    NO_SUCH_FILE,
    NOT_A_READABLE_FILE,
    UNREADABLE,
    CANNOT_BE_READ,
    SKIPPED_LINK,
    SKIPPED_NOT_REGULAR;

    @Override
    public String key() {
        return "summary." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
