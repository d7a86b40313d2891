package org.unionstat.ingest.source;

import org.unionstat.domain.QuotedInput;
import org.unionstat.domain.UserFacingException;
import org.unionstat.text.Messages;

/**
 * A file-level error (docs/inputs.md#validation): the whole file is refused and nothing of it is stored. It carries
 * the refusal as a key and arguments, said in the language set by {@link #problem(Messages)}; its message, for logs,
 * is English.
 */
public class FileRefusedException extends UserFacingException {

    /** The log's language. */
    private static final Messages LOG = Messages.inEnglish();

    private final transient Refusal.Detail detail;

    public FileRefusedException(Refusal refusal, Object... args) {
        this(refusal.with(args), null);
    }

    /** A problem quoting input text is shortened: it is printed, and kept in the job repository. */
    public FileRefusedException(Refusal.Detail detail, Throwable cause) {
        this(detail, LOG, cause);
    }

    private FileRefusedException(Refusal.Detail detail, Messages messages, Throwable cause) {
        super(text(detail, messages), cause);
        this.detail = detail;
    }

    /** The same refusal, its message in the language of {@code messages}: for a refusal that ends the command. */
    public FileRefusedException in(Messages messages) {
        return new FileRefusedException(detail, messages, getCause());
    }

    static final int MAX_CHARS = 1000;

    /** The problem, without the file name, in the language of {@code messages}: "缺少必需的列：…". */
    public String problem(Messages messages) {
        return text(detail, messages);
    }

    public Refusal.Detail detail() {
        return detail;
    }

    private static String text(Refusal.Detail detail, Messages messages) {
        return QuotedInput.shorten(detail.in(messages), MAX_CHARS);
    }
}
