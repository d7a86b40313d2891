package org.unionstat.ops;

import org.unionstat.UserFacingException;

/** A launch refused because the same job instance is being run, in this or another process. */
public class JobAlreadyRunningException extends UserFacingException {

    public JobAlreadyRunningException(String message) {
        super(message);
    }
}
