package org.unionstat.cli;

import java.util.Locale;

import org.unionstat.text.MessageKey;

/** The summaries of {@code run}, {@code run DIR}, {@code serve} and {@code restart} of a run. */
enum RunText implements MessageKey {

    /** The summary line of import-followup. */
    FOLLOWUP,
    /** A warning before a file's summary line. */
    WARNING,
    // progress lines
    PROGRESS_JOB,
    PROGRESS_STEP,
    PROGRESS_ROWS_OF,
    PROGRESS_ROWS,
    PROGRESS_LEFT,
    PROGRESS_LOAD,
    PROGRESS_COMPUTING,
    PROGRESS_WRITING,
    PROGRESS_CHECKING,
    PROGRESS_STORING,
    COMPUTED_UNCHANGED,
    COMPUTED,
    /** compute's line. */
    COMPUTED_WITH_PAIRS,
    OUTPUTS_WRITTEN_TO,
    FILES,
    FILES_ALREADY,
    FILES_UNFINISHED,
    FILES_NOT_REACHED,
    ROWS,
    COMPUTED_LINE,
    UNCHANGED,
    COMPUTED_NOTHING,
    OUTPUTS,
    OUTPUTS_NONE,
    FAILED,
    RESUME,
    RUN,
    ALREADY_DONE,
    DONE,
    TREE_SKIPPED,
    TREE_UNCHANGED,
    TREE_DONE,
    TREE_FILES,
    PERIOD_FAILED,
    COMPUTED_PERIODS,
    OUTPUTS_UNDER,
    SERVE_SKIPPED,
    SERVE_DONE,
    SERVE_FILES,
    SERVE_SEE,
    SERVE_PASS,
    SERVE_WATCHING,
    SERVE_FAILED,
    SERVE_STOPPED;

    @Override
    public String key() {
        return "run." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
