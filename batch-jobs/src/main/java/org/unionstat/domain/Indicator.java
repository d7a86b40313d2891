package org.unionstat.domain;

/** The eight indicators of docs/indicators.md, in the order of the docs. Targets and weights are configured, not fixed here. */
public enum Indicator {
    COVERAGE("coverage", "工会组建率", "Union coverage"),
    ENROLLMENT("enrollment", "职工入会率", "Enrollment"),
    SATISFACTION("satisfaction", "会员评议满意率", "Satisfaction"),
    INFO_COLLECTION("info_collection", "会员信息采集率", "Member record collection"),
    JINGKA("jingka", "京卡办理率", "Jingka union card"),
    REPORTING("reporting", "按时报送率", "On-time reporting"),
    ACTIVITY("activity", "活动达标率", "Activity"),
    MIGRANT_ENROLLMENT("migrant_enrollment", "农民工入会率", "Migrant worker enrollment");

    private final String key;
    private final String chineseName;
    private final String englishName;

    Indicator(String key, String chineseName, String englishName) {
        this.key = key;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** The key used in outputs and configuration, e.g. {@code info_collection}. */
    public String key() {
        return key;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public static Indicator ofKey(String key) {
        for (Indicator indicator : values()) {
            if (indicator.key.equals(key)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("unknown indicator: " + key);
    }
}
