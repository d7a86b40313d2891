package org.unionstat.ingest.validate;

/** One broken rule of a row: its code (E01…E10), the column concerned and what is wrong. */
public record Problem(String code, String column, String message) {

    /** "E02 members: '-3' is negative". */
    public String describe() {
        return code + " " + column + ": " + message;
    }
}
