package org.unionstat.domain;

/** A failure whose message is written for the statistician and is printed as it is (exit code 1). */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
