package org.unionstat.ingest.validate;

/** An accepted row of a unit registry file (docs/inputs.md#unit-registry). */
public record RegistryRow(String unitId, String unitName, String districtCode, String industryCode, long employees) {
}
