package org.unionstat.tools.sample;

import java.util.List;
import java.util.Map;

/**
 * How the unions of one district behave in the synthetic data: how many there are, how well they enrol, file, hold
 * activities and collect data. The spread between districts is what makes the rankings non-trivial.
 *
 * @param weight       relative number of unions
 * @param enrolment    typical members / employees
 * @param lateRate     share of reports filed after the deadline
 * @param activityMean typical activities per quarter
 * @param infoRate     typical info_collected / members
 * @param cardRate     typical cards_issued / members
 * @param contentment  typical (satisfied + basically satisfied) / evaluated
 * @param otherUnits   mean number of non-unionised registry units next to each union (drives coverage)
 * @param streets      sub-district names used in joint unions' names
 */
record DistrictProfile(double weight, double enrolment, double lateRate, double activityMean, double infoRate,
        double cardRate, double contentment, double otherUnits, List<String> streets) {

    private static final Map<String, DistrictProfile> BEIJING = Map.ofEntries(
            Map.entry("110101", new DistrictProfile(6, 0.95, 0.02, 7.5, 0.97, 0.93, 0.96, 0.9,
                    List.of("东华门", "景山", "交道口", "安定门", "北新桥", "东四", "朝阳门", "建国门", "东直门", "和平里", "前门", "天坛"))),
            Map.entry("110102", new DistrictProfile(7, 0.96, 0.01, 7.8, 0.98, 0.95, 0.97, 0.8,
                    List.of("西长安街", "新街口", "月坛", "展览路", "德胜", "金融街", "什刹海", "大栅栏", "天桥", "陶然亭", "牛街", "白纸坊"))),
            Map.entry("110105", new DistrictProfile(18, 0.86, 0.06, 5.8, 0.90, 0.80, 0.91, 1.5,
                    List.of("建外", "朝外", "呼家楼", "三里屯", "左家庄", "安贞", "亚运村", "酒仙桥", "麦子店", "团结湖", "双井", "劲松", "潘家园", "望京", "大屯", "奥运村"))),
            Map.entry("110106", new DistrictProfile(8, 0.84, 0.08, 5.0, 0.88, 0.74, 0.90, 1.7,
                    List.of("右安门", "太平桥", "西罗园", "大红门", "南苑", "东高地", "六里桥", "丰台", "新村", "长辛店", "方庄", "宛平"))),
            Map.entry("110107", new DistrictProfile(3, 0.90, 0.03, 6.5, 0.94, 0.85, 0.93, 1.2,
                    List.of("八宝山", "老山", "八角", "古城", "苹果园", "金顶街", "广宁", "五里坨", "鲁谷"))),
            Map.entry("110108", new DistrictProfile(16, 0.88, 0.04, 6.2, 0.93, 0.83, 0.92, 1.4,
                    List.of("万寿路", "永定路", "羊坊店", "甘家口", "紫竹院", "北下关", "北太平庄", "学院路", "中关村", "海淀", "清河", "花园路", "西三旗", "马连洼", "上地", "曙光"))),
            Map.entry("110109", new DistrictProfile(1.5, 0.93, 0.05, 6.8, 0.95, 0.88, 0.94, 1.9,
                    List.of("大峪", "城子", "东辛房", "大台", "王平", "永定", "龙泉", "潭柘寺", "军庄", "妙峰山"))),
            Map.entry("110111", new DistrictProfile(4, 0.80, 0.12, 4.4, 0.84, 0.66, 0.88, 2.0,
                    List.of("城关", "新镇", "向阳", "东风", "迎风", "星城", "良乡", "西潞", "拱辰", "长阳", "阎村", "窦店", "琉璃河"))),
            Map.entry("110112", new DistrictProfile(6, 0.83, 0.07, 5.2, 0.89, 0.76, 0.90, 1.8,
                    List.of("中仓", "新华", "北苑", "玉桥", "永顺", "梨园", "宋庄", "张家湾", "漷县", "马驹桥", "西集", "台湖"))),
            Map.entry("110113", new DistrictProfile(6, 0.87, 0.05, 5.6, 0.91, 0.81, 0.92, 1.6,
                    List.of("胜利", "光明", "仁和", "后沙峪", "天竺", "杨镇", "牛栏山", "南法信", "马坡", "石园", "空港", "旺泉"))),
            Map.entry("110114", new DistrictProfile(7, 0.78, 0.10, 4.6, 0.85, 0.69, 0.89, 2.1,
                    List.of("城北", "城南", "天通苑北", "天通苑南", "霍营", "回龙观", "龙泽园", "史各庄", "沙河", "南口", "小汤山", "北七家"))),
            Map.entry("110115", new DistrictProfile(6, 0.82, 0.09, 4.9, 0.87, 0.72, 0.90, 1.9,
                    List.of("兴丰", "林校路", "清源", "黄村", "旧宫", "西红门", "瀛海", "观音寺", "天宫院", "高米店"))),
            Map.entry("110116", new DistrictProfile(2, 0.92, 0.04, 6.9, 0.95, 0.88, 0.95, 1.8,
                    List.of("泉河", "龙山", "怀柔", "雁栖", "庙城", "北房", "杨宋", "桥梓"))),
            Map.entry("110117", new DistrictProfile(2, 0.94, 0.03, 7.1, 0.96, 0.90, 0.95, 1.7,
                    List.of("滨河", "兴谷", "渔阳", "峪口", "马坊", "金海湖", "东高村", "山东庄"))),
            Map.entry("110118", new DistrictProfile(2, 0.91, 0.05, 6.4, 0.94, 0.86, 0.94, 1.8,
                    List.of("鼓楼", "果园", "檀营", "溪翁庄", "西田各庄", "十里堡", "河南寨", "巨各庄"))),
            Map.entry("110119", new DistrictProfile(1.5, 0.97, 0.02, 7.4, 0.97, 0.92, 0.96, 1.9,
                    List.of("百泉", "香水园", "儒林", "康庄", "八达岭", "永宁", "旧县"))),
            Map.entry("110400", new DistrictProfile(5, 0.89, 0.03, 5.9, 0.94, 0.84, 0.93, 1.1,
                    List.of("核心区", "路东区", "路南区", "河西区", "荣华", "博兴"))));

    /** The profile of a district of config/districts.csv; a code this table does not know gets a middling profile. */
    static DistrictProfile of(String code, long seed) {
        DistrictProfile known = BEIJING.get(code);
        if (known != null) {
            return known;
        }
        Rng r = Rng.of(seed, 0xD15L, code.hashCode());
        return new DistrictProfile(r.uniform(2, 8), r.uniform(0.80, 0.95), r.uniform(0.02, 0.10), r.uniform(4.5, 7.5),
                r.uniform(0.85, 0.97), r.uniform(0.70, 0.92), r.uniform(0.88, 0.96), r.uniform(1.0, 2.0),
                List.of("城关", "新区", "中心"));
    }
}
