package org.unionstat.text;

/**
 * A message of the bundles, declared where it is used: each stage keeps its keys in an enum implementing this, so the
 * keys the code can ask for are known (a test compares them with both bundles).
 */
public interface MessageKey {

    /** The key in the bundles: "reason.empty". */
    String key();
}
