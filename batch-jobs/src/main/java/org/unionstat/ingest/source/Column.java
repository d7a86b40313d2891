package org.unionstat.ingest.source;

/** A column of an input file (docs/inputs.md#quarterly-report, #unit-registry): its English key, its Chinese header and whether it must be filled. */
public record Column(String key, String chineseHeader, boolean required) {
}
