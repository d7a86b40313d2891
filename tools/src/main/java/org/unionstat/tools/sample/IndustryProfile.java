package org.unionstat.tools.sample;

import java.util.Map;

/**
 * How units of one GB/T 4754 section look: how common, how large, how many migrant workers, and the words their
 * names are made of.
 *
 * @param weight         relative number of unionised units
 * @param medianSize     median employees of a unionised unit
 * @param migrantShare   typical migrant_employees / employees
 * @param smallBusiness  relative weight among the small units a joint union covers
 * @param nameStems      name patterns; {b} is a brand, {d} the district's name
 */
record IndustryProfile(double weight, int medianSize, double migrantShare, double smallBusiness, String[] nameStems) {

    private static final Map<String, IndustryProfile> GB4754 = Map.ofEntries(
            Map.entry("A", new IndustryProfile(1.5, 45, 0.45, 0.5, new String[] {"北京{b}农业发展有限公司", "北京{b}种植专业合作社", "北京{b}生态农业有限公司"})),
            Map.entry("B", new IndustryProfile(0.3, 160, 0.40, 0, new String[] {"北京{b}矿业有限公司", "北京{b}砂石有限公司"})),
            Map.entry("C", new IndustryProfile(9, 180, 0.35, 1, new String[] {"北京{b}机械制造有限公司", "北京{b}电子科技有限公司", "北京{b}食品有限公司", "北京{b}制药有限公司", "北京{b}精密仪器有限公司"})),
            Map.entry("D", new IndustryProfile(1.2, 260, 0.08, 0, new String[] {"北京{b}热力有限公司", "北京{b}燃气有限公司", "北京{b}供水有限公司"})),
            Map.entry("E", new IndustryProfile(7, 200, 0.62, 0.8, new String[] {"北京{b}建设工程有限公司", "北京{b}建筑工程有限公司", "北京{b}装饰工程有限公司"})),
            Map.entry("F", new IndustryProfile(16, 40, 0.30, 5, new String[] {"北京{b}商贸有限公司", "北京{b}超市有限公司", "北京{b}医药连锁有限公司", "北京{b}汽车销售服务有限公司"})),
            Map.entry("G", new IndustryProfile(5, 130, 0.45, 1, new String[] {"北京{b}物流有限公司", "北京{b}运输有限公司", "北京{b}快递服务有限公司"})),
            Map.entry("H", new IndustryProfile(7, 60, 0.55, 4, new String[] {"北京{b}餐饮管理有限公司", "北京{b}酒店有限公司", "北京{b}饭店有限公司"})),
            Map.entry("I", new IndustryProfile(9, 150, 0.02, 1, new String[] {"北京{b}信息技术有限公司", "北京{b}网络科技有限公司", "北京{b}软件有限公司"})),
            Map.entry("J", new IndustryProfile(4, 220, 0.01, 0, new String[] {"北京{b}投资管理有限公司", "{b}银行股份有限公司北京{d}支行", "北京{b}保险代理有限公司"})),
            Map.entry("K", new IndustryProfile(5, 90, 0.25, 1, new String[] {"北京{b}房地产开发有限公司", "北京{b}物业管理有限公司"})),
            Map.entry("L", new IndustryProfile(11, 60, 0.12, 2.5, new String[] {"北京{b}商务服务有限公司", "北京{b}人力资源服务有限公司", "北京{b}企业管理咨询有限公司"})),
            Map.entry("M", new IndustryProfile(8, 85, 0.03, 1, new String[] {"北京{b}科技发展有限公司", "北京{b}检测技术有限公司", "北京{b}工程设计研究院有限公司"})),
            Map.entry("N", new IndustryProfile(1.5, 90, 0.35, 0.3, new String[] {"北京市{d}{b}环境卫生服务中心", "北京{b}园林绿化有限公司"})),
            Map.entry("O", new IndustryProfile(4, 35, 0.50, 3, new String[] {"北京{b}家政服务有限公司", "北京{b}汽车维修有限公司", "北京{b}洗衣服务有限公司"})),
            Map.entry("P", new IndustryProfile(4, 110, 0.02, 0.5, new String[] {"北京市{d}{b}中学", "北京市{d}{b}小学", "北京{b}幼儿园", "北京{b}职业技能培训学校"})),
            Map.entry("Q", new IndustryProfile(3, 260, 0.05, 0.5, new String[] {"北京{b}医院", "北京市{d}{b}社区卫生服务中心", "北京{b}养老服务中心"})),
            Map.entry("R", new IndustryProfile(2, 50, 0.05, 0.8, new String[] {"北京{b}文化传媒有限公司", "北京{b}体育发展有限公司", "北京{b}影视文化有限公司"})),
            Map.entry("S", new IndustryProfile(3, 70, 0.01, 0.2, new String[] {"北京市{d}{b}社会工作服务中心", "北京市{d}{b}街道社区服务中心"})),
            Map.entry("T", new IndustryProfile(0.1, 30, 0.0, 0, new String[] {"国际{b}协会北京代表处", "国际{b}组织驻京办事处"})));

    static IndustryProfile of(String code) {
        IndustryProfile known = GB4754.get(code);
        return known != null ? known
                : new IndustryProfile(1, 80, 0.2, 0.5, new String[] {"北京{b}有限公司"});
    }

    /** How much more (or less) common an industry is in a district than city-wide: the districts' economic profile. */
    static double districtFactor(String district, String industry) {
        return switch (district + industry) {
            case "110108I", "110108M" -> 2.5;
            case "110102J" -> 3.0;
            case "110105J", "110105L", "110105R" -> 1.5;
            case "110101S", "110101R", "110102S" -> 1.8;
            case "110400C" -> 3.0;
            case "110400I", "110400M" -> 1.5;
            case "110112C", "110112G", "110113C", "110113G", "110115C", "110115G", "110114C" -> 1.8;
            case "110109A", "110111A", "110116A", "110117A", "110118A", "110119A" -> 4.0;
            case "110109B", "110111B" -> 5.0;
            case "110101A", "110102A", "110101B", "110102B", "110105B", "110108B" -> 0.05;
            default -> 1.0;
        };
    }
}
