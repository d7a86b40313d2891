package org.unionstat.ingest.source;

import org.unionstat.domain.UserFacingException;

/** A file-level error (docs/inputs.md#validation): the whole file is refused and nothing of it is stored. */
public class FileRefusedException extends UserFacingException {

    private final String problem;

    public FileRefusedException(String problem) {
        super(problem);
        this.problem = problem;
    }

    public FileRefusedException(String problem, Throwable cause) {
        super(problem, cause);
        this.problem = problem;
    }

    /** The problem, without the file name: "missing required columns: ...". */
    public String problem() {
        return problem;
    }
}
