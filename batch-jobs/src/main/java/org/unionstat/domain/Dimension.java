package org.unionstat.domain;

/** The groupings figures are computed for (docs/indicators.md). Only districts and industries are ranked. */
public enum Dimension {
    CITY("city"),
    DISTRICT("district"),
    INDUSTRY("industry"),
    DISTRICT_INDUSTRY("district_industry");

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean isRanked() {
        return this == DISTRICT || this == INDUSTRY;
    }

    public static Dimension ofKey(String key) {
        for (Dimension dimension : values()) {
            if (dimension.key.equals(key)) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("unknown dimension: " + key);
    }
}
