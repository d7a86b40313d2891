package org.unionstat.run;

import java.util.Locale;

import org.unionstat.text.MessageKey;

/** Why a run did nothing, or stopped: said to the statistician in the language set. */
enum RunFailureText implements MessageKey {

    /** {0}: the path, {1}: what is wrong with it (a text of the import's summary). */
    NOTHING_RUN,
    IMPORT_STOPPED,
    STOPPED_ON_REQUEST;

    @Override
    public String key() {
        return "run-failure." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
