package org.unionstat.ingest;

/** A column of an input file (SPEC §2.1, §2.2): its English key, its Chinese header and whether it must be filled. */
public record Column(String key, String chineseHeader, boolean required) {
}
