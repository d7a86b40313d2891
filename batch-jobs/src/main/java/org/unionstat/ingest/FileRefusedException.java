package org.unionstat.ingest;

import org.unionstat.UserFacingException;

/** A file-level error (SPEC §3): the whole file is refused and nothing of it is stored. */
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
