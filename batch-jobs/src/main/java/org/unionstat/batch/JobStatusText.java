package org.unionstat.batch;

import java.util.Locale;

import org.springframework.batch.core.BatchStatus;

import org.unionstat.text.LanguageArgument;
import org.unionstat.text.MessageKey;
import org.unionstat.text.Messages;

/** A job's status as said in a summary line: 已完成 / COMPLETED rather than Spring Batch's constant in every language. */
public enum JobStatusText implements MessageKey, LanguageArgument {

    COMPLETED, STARTING, STARTED, STOPPING, STOPPED, FAILED, ABANDONED, UNKNOWN;

    /** The text of {@code status}, as an argument of a message. */
    public static JobStatusText of(BatchStatus status) {
        return status == null ? UNKNOWN : valueOf(status.name());
    }

    @Override
    public String key() {
        return "job-status." + name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String in(Messages messages) {
        return messages.text(this);
    }
}
