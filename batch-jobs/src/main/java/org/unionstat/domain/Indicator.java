package org.unionstat.domain;

import java.util.Locale;

/** The eight indicators of docs/indicators.md, in the order of the docs. Targets and weights are configured, not fixed here. */
public enum Indicator {
    COVERAGE("coverage", "工会组建率", "Union coverage", "需新增建会单位", "家"),
    ENROLLMENT("enrollment", "职工入会率", "Enrollment", "需新增会员", "人"),
    SATISFACTION("satisfaction", "会员评议满意率", "Satisfaction", "需增加满意评议", "人"),
    INFO_COLLECTION("info_collection", "会员信息采集率", "Member record collection", "需新采集会员信息", "人"),
    JINGKA("jingka", "京卡办理率", "Jingka union card", "需新办京卡", "张"),
    REPORTING("reporting", "按时报送率", "On-time reporting", "需增加按时报送工会", "家"),
    ACTIVITY("activity", "活动达标率", "Activity", "需增加活动达标工会", "家"),
    MIGRANT_ENROLLMENT("migrant_enrollment", "农民工入会率", "Migrant worker enrollment", "需新增农民工会员", "人");

    private final String key;
    private final String chineseName;
    private final String englishName;
    private final String gapAction;
    private final String gapUnit;

    Indicator(String key, String chineseName, String englishName, String gapAction, String gapUnit) {
        this.key = key;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.gapAction = gapAction;
        this.gapUnit = gapUnit;
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

    /**
     * What closing the gap to the target takes, before the number (docs/indicators.md#gaps): the numerator's things
     * to add, e.g. 需新增会员 (members to recruit).
     */
    public String gapAction() {
        return gapAction;
    }

    /** The measure word after the number: 人, 家, 张. */
    public String gapUnit() {
        return gapUnit;
    }

    /** The gap in words, e.g. 需新增会员 1,234 人. */
    public String gapText(long needed) {
        return gapAction + " " + String.format(Locale.ROOT, "%,d", needed) + " " + gapUnit;
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
