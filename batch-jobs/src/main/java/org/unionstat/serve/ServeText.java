package org.unionstat.serve;

import java.util.Locale;

import org.unionstat.text.MessageKey;

/** What a pass over the inbox (or {@code run DIR}) says: progress lines, what became of a file, the quarantine's note. */
public enum ServeText implements MessageKey {

    REFUSED,
    NOT_DONE,
    MOVED,
    PERIOD_REPORTED,
    PERIOD_UP_TO_DATE,
    PERIOD_FAILED,
    RESUME_BY_RUNNING_AGAIN,
    LEFT_FOR_NEXT_PASS,
    NOT_ARCHIVED,
    NOT_QUARANTINED,
    ERROR_TEXT,
    ERROR_TEXT_REGISTRY,
    ERROR_TEXT_QUARTERLY,
    ERROR_TEXT_MISPLACED,
    // why a file of the inbox is out of place; {0} is its directory
    NOT_A_REGISTRY_NAME,
    OUT_OF_PLACE,
    NOT_A_QUARTER,
    IN_A_SUBDIRECTORY,
    SYMBOLIC_LINK,
    NOT_A_REGULAR_FILE;

    @Override
    public String key() {
        return "serve." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
