package org.unionstat.report.figures;

import java.util.List;

import org.unionstat.domain.Indicator;

/** The Chinese wording of docs/indicators.md that the workbooks show: grades, indicator definitions. */
public final class IndicatorTexts {

    /** The grades of docs/indicators.md, best first. */
    public static final List<String> GRADES = List.of("优秀", "良好", "合格", "待改进");

    private IndicatorTexts() {
    }

    public static String numerator(Indicator indicator) {
        return switch (indicator) {
            case COVERAGE -> "本期已建会（被已接收报表覆盖）的应建会单位数";
            case ENROLLMENT -> "会员人数合计";
            case SATISFACTION -> "满意与基本满意人数合计（年初至本期）";
            case INFO_COLLECTION -> "已采集信息会员数合计";
            case JINGKA -> "京卡办理数合计";
            case REPORTING -> "应报且按时报送（季度末后规定天数内）的基层工会数";
            case ACTIVITY -> "活动次数达标的报表数";
            case MIGRANT_ENROLLMENT -> "农民工会员人数合计";
        };
    }

    public static String denominator(Indicator indicator) {
        return switch (indicator) {
            case COVERAGE -> "应建会单位数（单位名录中从业人员达到规定人数的单位）";
            case ENROLLMENT -> "职工人数合计";
            case SATISFACTION -> "参评会员数合计（年初至本期）";
            case INFO_COLLECTION, JINGKA -> "会员人数合计";
            case REPORTING -> "应报基层工会数（前四个季度报送过报表）";
            case ACTIVITY -> "报表数";
            case MIGRANT_ENROLLMENT -> "农民工人数合计";
        };
    }
}
