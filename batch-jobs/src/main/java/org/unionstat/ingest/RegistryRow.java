package org.unionstat.ingest;

/** An accepted row of a unit registry file (SPEC §2.2). */
public record RegistryRow(String unitId, String unitName, String districtCode, String industryCode, long employees) {
}
