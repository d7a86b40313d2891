package org.unionstat.batch;

import org.unionstat.domain.UserFacingException;

/** A launch refused because the same job instance is being run, in this or another process. */
public class JobAlreadyRunningException extends UserFacingException {

    public JobAlreadyRunningException(String message) {
        super(message);
    }
}
