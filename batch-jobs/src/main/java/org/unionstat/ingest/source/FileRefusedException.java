package org.unionstat.ingest.source;

import org.unionstat.domain.QuotedInput;
import org.unionstat.domain.UserFacingException;

/** A file-level error (docs/inputs.md#validation): the whole file is refused and nothing of it is stored. */
public class FileRefusedException extends UserFacingException {

    private final String problem;

    public FileRefusedException(String problem) {
        this(problem, null);
    }

    /** A problem quoting input text is shortened: it is printed, and kept in the job repository. */
    public FileRefusedException(String problem, Throwable cause) {
        super(QuotedInput.shorten(problem, MAX_CHARS), cause);
        this.problem = QuotedInput.shorten(problem, MAX_CHARS);
    }

    static final int MAX_CHARS = 1000;

    /** The problem, without the file name: "missing required columns: ...". */
    public String problem() {
        return problem;
    }
}
