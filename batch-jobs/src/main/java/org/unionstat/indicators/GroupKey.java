package org.unionstat.indicators;

import org.unionstat.domain.Dimension;

/** A group figures are computed for: the city, a district, an industry or a district × industry pair. */
public record GroupKey(Dimension dimension, String districtCode, String industryCode) {

    public static final GroupKey CITY = new GroupKey(Dimension.CITY, "", "");

    public GroupKey {
        districtCode = districtCode == null ? "" : districtCode;
        industryCode = industryCode == null ? "" : industryCode;
    }

    public static GroupKey district(String code) {
        return new GroupKey(Dimension.DISTRICT, code, "");
    }

    public static GroupKey industry(String code) {
        return new GroupKey(Dimension.INDUSTRY, "", code);
    }

    public static GroupKey pair(String districtCode, String industryCode) {
        return new GroupKey(Dimension.DISTRICT_INDUSTRY, districtCode, industryCode);
    }
}
