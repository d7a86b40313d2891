package org.unionstat.report.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.unionstat.domain.FollowUpStatus;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.QualityRule;
import org.unionstat.text.Messages;

/**
 * The built-in layouts of the workbook templates, {@code templates/assessment.xlsx} and {@code templates/district.xlsx}
 * (see {@link TemplateWorkbook} for the conventions): the fallback when a template file is missing, and what
 * {@code make templates} writes (docs/templates.md).
 */
public final class WorkbookLayouts {

    /** The templates' labels are Chinese and belong to the statistician: they are not translated. */
    private static final Messages CHINESE = Messages.inChinese();

    public static final String ASSESSMENT = "assessment.xlsx";
    public static final String DISTRICT = "district.xlsx";

    /** The indicator columns of every sheet that lists indicators, in the order of docs/indicators.md. */
    public static final List<Indicator> INDICATOR_COLUMNS = List.of(Indicator.values());

    /** The most unions the district workbook lists per indicator as closing its gap. */
    public static final int FOCUS_UNIONS = 10;

    private static final String FONT = "等线";
    private static final byte[] HEADER_FILL = rgb(0x1F, 0x4E, 0x79);
    private static final byte[] TARGET_FILL = rgb(0xF2, 0xF2, 0xF2);
    private static final byte[] GOOD_FILL = rgb(0xC6, 0xEF, 0xCE);
    private static final byte[] GOOD_FONT = rgb(0x00, 0x61, 0x00);
    private static final byte[] BAD_FILL = rgb(0xFF, 0xC7, 0xCE);
    private static final byte[] BAD_FONT = rgb(0x9C, 0x00, 0x06);
    private static final byte[] WARN_FILL = rgb(0xFF, 0xEB, 0x9C);
    private static final byte[] WARN_FONT = rgb(0x9C, 0x57, 0x00);
    private static final byte[] FAIR_FILL = rgb(0xDD, 0xEB, 0xF7);

    private WorkbookLayouts() {
    }

    /** The built-in layout of a template, by file name ({@value #ASSESSMENT} or {@value #DISTRICT}). */
    public static XSSFWorkbook build(String name) {
        return switch (name) {
            case ASSESSMENT -> assessment();
            case DISTRICT -> district();
            default -> throw new IllegalArgumentException("no built-in template " + name);
        };
    }

    static XSSFWorkbook assessment() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        cover(wb, st);
        overview(wb, st);
        ranking(wb, st, "区县排名", "区县", "districts");
        ranking(wb, st, "行业排名", "行业", "industries");
        matrix(wb, st);
        pairs(wb, st);
        unions(wb, st, "未达标基层工会", "{{title}} · 未达标基层工会",
                "至少一项未达标的基层工会，按区县排列，供跟进：职工入会率、会员信息采集率、京卡办理率低于目标值，"
                        + "或活动次数低于 {{activity_bar}} 次（{{activity_scope}}）。红色为未达标项。");
        quality(wb, st, "数据质量", true, "{{title}} · 数据质量",
                "退回记录取自本期各文件最近一次完成的导入；应报未报 {{missing_count}} 家，逾期报送 {{late_count}} 家"
                        + "（明细见“缺报迟报”）。“归属区县”按记录中的区县代码，或该工会最近一期报表的区县判断。");
        gaps(wb, st);
        charts(wb, st);
        anomalies(wb, st, true);
        return wb;
    }

    static XSSFWorkbook district() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        XSSFSheet s = wb.createSheet("概况");
        widths(s, 18, 18, 20, 26, 12, 12, 12, 12, 10, 10, 22);
        title(s, st, "{{title}}", 10);
        text(s, 1, st.note, "生成时间：{{generated}}");
        text(s, 2, st.section, "综合得分 {{district_score}}，等级 {{district_grade}}，区县排名 {{district_rank}}"
                + "（较{{previous_label}} {{district_rank_change}}）");
        text(s, 3, st.section, "{{district_summary}}");
        text(s, 4, st.note, "{{district_rank_range}}");
        text(s, 6, st.section, "指标");
        header(s, st, 7, "指标", "本区值", "全市值", "目标值", "是否达标", "区县排名", "分子", "分母", "得分", "失分",
                "差距");
        styleRow(s, 8, "indicators", st.text, st.percent, st.percent, st.percent, st.center, st.integer, st.integer,
                st.integer, st.score, st.score, st.text);
        metTextColours(s, "E9", "E9");
        targetColours(s, "B9", "B9", "D9");
        largestLossColour(s, "J9", "J9", "J$9:J$9");
        text(s, 10, st.note, "得分、失分：该指标在综合得分中得到和失去的分数（两者之和为其权重所占的分数，红色为失分最多的一项）；"
                + "差距：本区值达到目标值还需增加的数量（分母不变）。“基层工会”为本区全部基层工会的报表（红色为未达标项）；"
                + "“退回记录”为本区被退回的数据行；“缺报迟报”为本区应报未报或逾期报送的基层工会。");
        text(s, 12, st.section, "补足差距的重点基层工会");
        text(s, 13, st.note, "本区职工入会率、会员信息采集率、京卡办理率未达目标时，列出本会比率未达目标的基层工会，"
                + "按本会尚缺数量从多到少排列，直到累计尚缺达到本区差距（每项至多 " + FOCUS_UNIONS + " 家）。");
        header(s, st, 14, "指标", "本区差距", "工会统一社会信用代码", "工会名称", "行业", "分子", "分母", "本会比率",
                "本会尚缺", "累计尚缺");
        styleRow(s, 15, "focus", st.text, st.text, st.text, st.text, st.text, st.integer, st.integer, st.percent,
                st.integer, st.integer);
        print(s, null);
        unions(wb, st, "基层工会", "{{title}} · 基层工会",
                "本区基层工会的报表数据（{{activity_scope}}）。红色为未达标项：职工入会率、会员信息采集率、"
                        + "京卡办理率低于目标值，或活动次数低于 {{activity_bar}} 次。");
        quality(wb, st, "退回记录", false, "{{title}} · 退回记录",
                "本区被退回的数据行，取自本期各文件最近一次完成的导入。归属区县按记录中的区县代码，"
                        + "或该工会最近一期报表的区县判断。");
        gaps(wb, st);
        anomalies(wb, st, false);
        return wb;
    }

    private static void cover(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("封面");
        widths(s, 16, 12, 44, 60, 11, 11, 11, 20);
        title(s, st, "{{title}}", 7);
        s.getRow(0).setHeightInPoints(36);
        text(s, 1, st.note, "生成时间：{{generated}}");
        text(s, 2, st.note, "评估期：{{period_label}}；名次与得分变化对比：{{previous_label}}；单位名录：{{registry}}");
        text(s, 4, st.section, "数据来源（每个文件取本期最近一次完成的导入）");
        header(s, st, 5, "类型", "报告期", "文件名", "SHA-256", "读取行数", "接收行数", "退回行数", "导入完成时间");
        styleRow(s, 6, "sources", st.text, st.center, st.text, st.small, st.integer, st.integer, st.integer, st.time);
        text(s, 8, st.section, "指标定义");
        header(s, st, 9, "指标", "键", "分子", "分母", "目标值", "权重");
        styleRow(s, 10, "indicators", st.text, st.text, st.text, st.text, st.percent, st.integer);
        text(s, 12, st.note, "得分 = 100 × Σ(权重 × min(指标值 ÷ 目标值, 1)) ÷ Σ权重，只计权重大于 0 且有值的指标；"
                + "等级：≥{{grade_excellent}} 优秀，≥{{grade_good}} 良好，≥{{grade_pass}} 合格，其余为待改进。"
                + "名次为竞争排名（并列同名次，下一名次顺延）。");
        text(s, 13, st.note, "本工作簿由 unionstat 生成，版式取自 templates/assessment.xlsx，可在 Excel 中修改。");
        print(s, null);
    }

    private static void overview(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("概览");
        widths(s, 18, 12, 14, 12, 12, 14, 14, 14);
        title(s, st, "{{title}} · 概览", 7);
        text(s, 1, st.section, "全市综合得分 {{city_score}}，等级 {{city_grade}}");
        text(s, 3, st.section, "全市指标");
        header(s, st, 4, "指标", "全市值", "目标值", "是否达标", "{{previous_short}}值", "变化（百分点）", "分子", "分母");
        styleRow(s, 5, "city", st.text, st.percent, st.percent, st.center, st.percent, st.points, st.integer,
                st.integer);
        metTextColours(s, "D6", "D6");
        targetColours(s, "B6", "B6", "C6");
        text(s, 7, st.section, "区县前三名与后三名");
        header(s, st, 8, "类别", "名次", "区县", "得分", "等级", "名次变化");
        styleRow(s, 9, "extremes", st.center, st.integer, st.text, st.score, st.center, st.center);
        gradeColours(s, "E10", "E10");
        changeColours(s, "F10", "F10");
        text(s, 11, st.section, "等级分布");
        header(s, st, 12, "等级", "区县数", "行业数");
        styleRow(s, 13, "grades", st.center, st.integer, st.integer);
        gradeColours(s, "A14", "A14");
        print(s, null);
    }

    private static void ranking(XSSFWorkbook wb, Styles st, String name, String what, String table) {
        XSSFSheet s = wb.createSheet(name);
        int indicators = INDICATOR_COLUMNS.size();
        widths(s, concatInts(new int[] {6, 10, 18, 8, 8, 9, 9, 9}, repeatInt(11, indicators), new int[] {8, 11, 9},
                repeatInt(9, indicators), repeatInt(22, indicators)));
        title(s, st, "{{title}} · " + what + "排名", 16);
        text(s, 1, st.note, "按综合得分排名；名次变化、得分变化较{{previous_label}}（↑上升 ↓下降 →持平，新：上期无名次）。"
                + "指标值绿色为达标，红色为未达标。排名区间：各项权重分别在 ±{{robustness_noise}} 内随机浮动、"
                + "重算 {{robustness_draws}} 次，90% 的名次落在此区间；保持等级：等级不变的次数占比。"
                + "失分：各指标比满分少得的分数（红色为失分最多的一项）；差距：达到目标值还需增加的数量。");
        targetRows(s, st, 2, 8, true);
        header(s, st, 4, concat(List.of("名次", what + "代码", what, "得分", "等级", "上期名次", "名次变化", "得分变化"),
                indicatorHeaders(), List.of("达标项", "排名区间", "保持等级"), prefixed("失分：", INDICATOR_COLUMNS),
                prefixed("差距：", INDICATOR_COLUMNS)));
        styleRow(s, 5, table, concat(List.of(st.integer, st.center, st.text, st.score, st.center, st.integer,
                st.center, st.points2), repeat(st.percent, indicators), List.of(st.center, st.center, st.percentWhole),
                repeat(st.score, indicators), INDICATOR_COLUMNS.stream().map(st::gap).toList()));
        targetColours(s, "I6", "P6", "I$3");
        gradeColours(s, "E6", "E6");
        changeColours(s, "G6", "G6");
        int firstLoss = 8 + indicators + 3;
        String first = column(firstLoss) + "6";
        String last = column(firstLoss + indicators - 1) + "6";
        largestLossColour(s, first, last, "$" + column(firstLoss) + "6:$" + column(firstLoss + indicators - 1) + "6");
        s.createFreezePane(3, 5);
        print(s, "5:5");
    }

    private static void matrix(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("区县×行业");
        widths(s, 10, 18, 12);
        title(s, st, "{{title}} · 区县×行业综合得分", 10);
        text(s, 1, st.note, "各区县各行业的综合得分；空白为无得分。颜色由红到绿表示得分由低到高。");
        header(s, st, 2, "区县代码", "区县", "{{columns:industries}}");
        s.getRow(2).setHeightInPoints(60);
        styleRow(s, 3, "matrix", st.center, st.text, st.score);
        XSSFSheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule scale = cf.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting colours = scale.getColorScaleFormatting();
        colours.setNumControlPoints(3);
        colours.getThresholds()[0].setRangeType(RangeType.MIN);
        colours.getThresholds()[1].setRangeType(RangeType.PERCENTILE);
        colours.getThresholds()[1].setValue(50d);
        colours.getThresholds()[2].setRangeType(RangeType.MAX);
        colours.setColors(new XSSFColor[] {new XSSFColor(rgb(0xF8, 0x69, 0x6B)), new XSSFColor(rgb(0xFF, 0xEB, 0x84)),
                new XSSFColor(rgb(0x63, 0xBE, 0x7B))});
        cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("C4")}, scale);
        s.createFreezePane(2, 3);
        print(s, "3:3");
    }

    private static void pairs(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("区县×行业明细");
        widths(s, 10, 14, 8, 24, 8, 8, 11, 11, 11, 11, 11, 11, 11, 11);
        title(s, st, "{{title}} · 区县×行业明细", 13);
        text(s, 1, st.note, "每个有数据的区县×行业组合的得分和各项指标（不排名）。指标值绿色为达标，红色为未达标。");
        targetRows(s, st, 2, 6, true);
        header(s, st, 4, concat(List.of("区县代码", "区县", "行业代码", "行业", "得分", "等级"), indicatorHeaders(),
                List.of()));
        styleRow(s, 5, "pairs", concat(List.of(st.center, st.text, st.center, st.text, st.score, st.center),
                repeat(st.percent, INDICATOR_COLUMNS.size()), List.of()));
        targetColours(s, "G6", "N6", "G$3");
        gradeColours(s, "F6", "F6");
        s.setAutoFilter(CellRangeAddress.valueOf("A5:N6"));
        s.createFreezePane(4, 5);
        print(s, "5:5");
    }

    private static void unions(XSSFWorkbook wb, Styles st, String name, String title, String note) {
        XSSFSheet s = wb.createSheet(name);
        widths(s, 8, 10, 19, 26, 19, 14, 8, 8, 9, 9, 9, 7, 22, 8, 11);
        title(s, st, title, 14);
        text(s, 1, st.note, note);
        XSSFRow targets = s.createRow(2);
        cell(targets, 7, "目标值", st.targetLabel);
        cell(targets, 8, "{{target:enrollment}}", st.targetPercent);
        cell(targets, 9, "{{target:info_collection}}", st.targetPercent);
        cell(targets, 10, "{{target:jingka}}", st.targetPercent);
        cell(targets, 11, "{{activity_bar}}", st.targetInteger);
        header(s, st, 3, "区县代码", "区县", "工会统一社会信用代码", "工会名称", "单位统一社会信用代码", "行业", "职工人数",
                "会员人数", "职工入会率", "会员信息采集率", "京卡办理率", "活动次数", "未达标项", "报告期", "报送日期");
        styleRow(s, 4, "unions", st.center, st.text, st.text, st.text, st.text, st.text, st.integer, st.integer,
                st.percent, st.percent, st.percent, st.integer, st.text, st.center, st.date);
        targetColours(s, "I5", "L5", "I$3");
        s.setAutoFilter(CellRangeAddress.valueOf("A4:O5"));
        s.createFreezePane(4, 4);
        print(s, "4:4");
    }

    private static void quality(XSSFWorkbook wb, Styles st, String name, boolean withSummary, String title,
            String note) {
        XSSFSheet s = wb.createSheet(name);
        widths(s, 9, 30, 8, 21, 9, 50, 12, 60);
        title(s, st, title, 7);
        text(s, 1, st.note, note);
        int row = 2;
        if (withSummary) {
            text(s, 2, st.note, "{{anomaly_summary}}");
            text(s, 3, st.section, "退回原因汇总");
            header(s, st, 4, "退回代码", "规则", "行数");
            styleRow(s, 5, "reasons", st.center, st.wrap, st.integer);
            row = 7;
            text(s, row++, st.section, "退回记录");
        }
        header(s, st, row, "报告期", "文件名", "行号", "记录代码", "退回代码", "退回原因", "归属区县", "原始记录");
        styleRow(s, row + 1, "rejected", st.center, st.text, st.integer, st.text, st.center, st.wrap, st.text,
                st.small);
        s.setAutoFilter(new CellRangeAddress(row, row + 1, 0, 7));
        s.createFreezePane(0, row + 1);
        print(s, (row + 1) + ":" + (row + 1));
    }

    /** The sheet name of the doubtful figures, in both workbooks; import-followup reads it back. */
    public static final String ANOMALIES_SHEET = "疑似异常";
    /** The columns of the doubtful figures' table; import-followup finds its columns by these names. */
    public static final List<String> ANOMALY_HEADERS = List.of("报告期", "区县代码", "区县", "行业",
            "工会统一社会信用代码", "工会名称", "规则代码", "疑点", "指标项", "对照值", "本期值", "度量", "核实情况", "说明",
            "答复来源");

    /**
     * 疑似异常: figures that passed the rules but look doubtful (docs/data-quality.md), most significant first; in the
     * assessment workbook first the counts by district and rule. 核实情况 offers the list of answers, 说明 is free.
     */
    private static void anomalies(XSSFWorkbook wb, Styles st, boolean withSummary) {
        XSSFSheet s = wb.createSheet(ANOMALIES_SHEET);
        widths(s, 9, 10, 12, 8, 21, 26, 9, 36, 16, 10, 10, 10, 14, 36, 30);
        title(s, st, "{{title}} · 疑似异常", 14);
        text(s, 1, st.note, "以下数字通过了退回规则，但与上期、单位名录或常理不符，疑似有误，请区县核实。疑似异常不退回报表、"
                + "不改动任何数字，也不影响指标。对照值：上期报表（Q01、Q02）、单位名录（Q03）或本期职工人数（Q06）；"
                + "度量：Q01 修正 z 分数，Q03 本期值 ÷ 名录值，Q04 活动次数，Q05、Q06 比率。"
                + "请在“核实情况”中选择 已核实无误 / 已更正 / 待核实，在“说明”中写明情况，交回后用 import-followup 导入；"
                + "已核实无误的数字以后不再提示。");
        int row = 3;
        if (withSummary) {
            text(s, 3, st.section, "按区县和规则汇总（报表份数）");
            List<String> counts = new ArrayList<>(List.of("区县代码", "区县"));
            for (QualityRule rule : QualityRule.values()) {
                counts.add(rule.code() + " " + CHINESE.rule(rule));
            }
            counts.add("合计");
            header(s, st, 4, counts);
            s.getRow(4).setHeightInPoints(60);
            List<XSSFCellStyle> countStyles = new ArrayList<>(List.of(st.center, st.text));
            countStyles.addAll(repeat(st.integer, QualityRule.values().length + 1));
            styleRow(s, 5, "anomaly_counts", countStyles);
            text(s, 7, st.section, "疑似异常明细（按显著程度从高到低）");
            row = 8;
        }
        header(s, st, row, ANOMALY_HEADERS);
        styleRow(s, row + 1, "anomalies", st.center, st.center, st.text, st.center, st.text, st.text, st.center,
                st.wrap, st.text, st.integer, st.integer, st.score, st.center, st.wrap, st.small);
        XSSFDataValidationHelper helper =
                new XSSFDataValidationHelper(s);
        DataValidation answers = helper.createValidation(
                helper.createExplicitListConstraint(FollowUpStatus.labels().toArray(String[]::new)),
                new CellRangeAddressList(row + 1, row + 1, 12, 12));
        answers.setShowErrorBox(true);
        answers.setSuppressDropDownArrow(true);
        answers.createErrorBox("核实情况", "请从列表中选择：已核实无误、已更正、待核实");
        s.addValidationData(answers);
        s.setAutoFilter(new CellRangeAddress(row, row + 1, 0, ANOMALY_HEADERS.size() - 1));
        s.createFreezePane(0, row + 1);
        print(s, (row + 1) + ":" + (row + 1));
    }

    private static void gaps(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("缺报迟报");
        widths(s, 9, 9, 14, 21, 32, 10, 14, 11, 9);
        title(s, st, "{{title}} · 缺报迟报", 8);
        text(s, 1, st.note, "应报基层工会：前四个季度报送过报表的基层工会。未报送：本期没有报表；逾期报送：报送日期晚于"
                + "季度末后 {{deadline_days}} 天。区县按本期报表，未报送的按最近一期报表。");
        header(s, st, 2, "报告期", "区县代码", "区县", "工会统一社会信用代码", "工会名称", "状态", "此前最近报送期", "报送日期",
                "逾期天数");
        styleRow(s, 3, "gaps", st.center, st.center, st.text, st.text, st.text, st.center, st.center, st.date,
                st.integer);
        XSSFSheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("F4")},
                rule(cf, "$F4=\"未报送\"", BAD_FILL, BAD_FONT), rule(cf, "$F4=\"逾期报送\"", WARN_FILL, WARN_FONT));
        s.setAutoFilter(CellRangeAddress.valueOf("A3:I4"));
        s.createFreezePane(0, 3);
        print(s, "3:3");
    }

    private static void charts(XSSFWorkbook wb, Styles st) {
        XSSFSheet s = wb.createSheet("图表");
        widths(s, 12);
        title(s, st, "{{title}} · 图表", 10);
        text(s, 1, st.note, "图表另存为 charts/ 目录下的 PNG 文件（打印分辨率）。");
        print(s, null);
    }

    // ---- building blocks

    /** Two rows above the header: the targets, and (for rankings) the weights, under the indicator columns. */
    private static void targetRows(XSSFSheet s, Styles st, int row, int firstIndicatorColumn, boolean weights) {
        XSSFRow targets = s.createRow(row);
        cell(targets, firstIndicatorColumn - 1, "目标值", st.targetLabel);
        XSSFRow weightRow = weights ? s.createRow(row + 1) : null;
        if (weightRow != null) {
            cell(weightRow, firstIndicatorColumn - 1, "权重", st.targetLabel);
        }
        for (int i = 0; i < INDICATOR_COLUMNS.size(); i++) {
            String key = INDICATOR_COLUMNS.get(i).key();
            cell(targets, firstIndicatorColumn + i, "{{target:" + key + "}}", st.targetPercent);
            if (weightRow != null) {
                cell(weightRow, firstIndicatorColumn + i, "{{weight:" + key + "}}", st.targetInteger);
            }
        }
    }

    private static List<String> indicatorHeaders() {
        return INDICATOR_COLUMNS.stream().map(Indicator::chineseName).toList();
    }

    private static List<String> prefixed(String prefix, List<Indicator> indicators) {
        return indicators.stream().map(i -> prefix + i.chineseName()).toList();
    }

    /** A column's letters (0 is A, 26 is AA). */
    private static String column(int index) {
        return CellReference.convertNumToColString(index);
    }

    /** Green when the value reaches the target cell, red when below; {@code target} is relative to {@code first}. */
    private static void targetColours(XSSFSheet s, String first, String last, String target) {
        XSSFSheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        String cell = first;
        cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf(first + ":" + last)},
                rule(cf, "AND(ISNUMBER(" + cell + ")," + cell + "<" + target + ")", BAD_FILL, BAD_FONT),
                rule(cf, "AND(ISNUMBER(" + cell + ")," + cell + ">=" + target + ")", GOOD_FILL, GOOD_FONT));
    }

    /** Red when the cell lost points and no cell of {@code among} lost more: the largest loss. */
    private static void largestLossColour(XSSFSheet s, String first, String last, String among) {
        XSSFSheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf(first + ":" + last)},
                rule(cf, "AND(ISNUMBER(" + first + ")," + first + ">0," + first + "=MAX(" + among + "))", BAD_FILL,
                        BAD_FONT));
    }

    /** Green "达标", red "未达标". */
    private static void metTextColours(XSSFSheet s, String first, String last) {
        XSSFSheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf(first + ":" + last)},
                rule(cf, first + "=\"未达标\"", BAD_FILL, BAD_FONT), rule(cf, first + "=\"达标\"", GOOD_FILL, GOOD_FONT));
    }

    private static void gradeColours(XSSFSheet s, String first, String last) {
        XSSFSheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        CellRangeAddress[] range = {CellRangeAddress.valueOf(first + ":" + last)};
        cf.addConditionalFormatting(range, new XSSFConditionalFormattingRule[] {
            rule(cf, first + "=\"优秀\"", GOOD_FILL, GOOD_FONT), rule(cf, first + "=\"良好\"", FAIR_FILL, null),
            rule(cf, first + "=\"合格\"", WARN_FILL, WARN_FONT), rule(cf, first + "=\"待改进\"", BAD_FILL, BAD_FONT)});
    }

    private static void changeColours(XSSFSheet s, String first, String last) {
        XSSFSheetConditionalFormatting cf = s.getSheetConditionalFormatting();
        cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf(first + ":" + last)},
                rule(cf, "LEFT(" + first + ",1)=\"↑\"", null, GOOD_FONT),
                rule(cf, "LEFT(" + first + ",1)=\"↓\"", null, BAD_FONT));
    }

    private static XSSFConditionalFormattingRule rule(XSSFSheetConditionalFormatting cf, String formula, byte[] fill,
            byte[] font) {
        XSSFConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        if (fill != null) {
            PatternFormatting pattern = rule.createPatternFormatting();
            pattern.setFillBackgroundColor(new XSSFColor(fill));
            pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        }
        if (font != null) {
            rule.createFontFormatting().setFontColor(new XSSFColor(font));
        }
        return rule;
    }

    private static void title(XSSFSheet s, Styles st, String text, int lastColumn) {
        text(s, 0, st.title, text);
        s.getRow(0).setHeightInPoints(28);
        if (lastColumn > 0) {
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
        }
    }

    private static void text(XSSFSheet s, int row, XSSFCellStyle style, String text) {
        XSSFRow r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        cell(r, 0, text, style);
    }

    private static void header(XSSFSheet s, Styles st, int row, String... texts) {
        header(s, st, row, List.of(texts));
    }

    private static void header(XSSFSheet s, Styles st, int row, List<String> texts) {
        XSSFRow r = s.createRow(row);
        for (int i = 0; i < texts.size(); i++) {
            cell(r, i, texts.get(i), st.header);
        }
    }

    private static void styleRow(XSSFSheet s, int row, String table, XSSFCellStyle... styles) {
        styleRow(s, row, table, List.of(styles));
    }

    /** The style row of a table: its first cell holds the marker, every cell carries its column's style. */
    private static void styleRow(XSSFSheet s, int row, String table, List<XSSFCellStyle> styles) {
        XSSFRow r = s.createRow(row);
        for (int i = 0; i < styles.size(); i++) {
            r.createCell(i).setCellStyle(styles.get(i));
        }
        r.getCell(0).setCellValue("{{rows:" + table + "}}");
    }

    private static XSSFCell cell(XSSFRow row, int column, String text, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }

    private static void widths(XSSFSheet s, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            s.setColumnWidth(i, characters[i] * 256 + 200);
        }
    }

    /** A4 landscape, one page wide, header rows repeated on every page. */
    private static void print(XSSFSheet s, String repeatedRows) {
        PrintSetup setup = s.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setHorizontallyCenter(true);
        s.getFooter().setCenter("第 &P 页，共 &N 页");
        if (repeatedRows != null) {
            s.setRepeatingRows(CellRangeAddress.valueOf(repeatedRows));
        }
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static <T> List<T> repeat(T item, int times) {
        return Collections.nCopies(times, item);
    }

    private static int[] repeatInt(int value, int times) {
        int[] values = new int[times];
        Arrays.fill(values, value);
        return values;
    }

    private static int[] concatInts(int[]... arrays) {
        return Arrays.stream(arrays).flatMapToInt(Arrays::stream).toArray();
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    /** The cell styles of a template; every table cell has thin borders. */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle note;
        final XSSFCellStyle section;
        final XSSFCellStyle header;
        final XSSFCellStyle targetLabel;
        final XSSFCellStyle targetPercent;
        final XSSFCellStyle targetInteger;
        final XSSFCellStyle text;
        final XSSFCellStyle wrap;
        final XSSFCellStyle small;
        final XSSFCellStyle center;
        final XSSFCellStyle integer;
        final XSSFCellStyle percent;
        final XSSFCellStyle percentWhole;
        final XSSFCellStyle score;
        final XSSFCellStyle points;
        final XSSFCellStyle points2;
        final XSSFCellStyle date;
        final XSSFCellStyle time;
        private final XSSFWorkbook workbook;
        private final Map<Indicator, XSSFCellStyle> gaps = new EnumMap<>(Indicator.class);

        Styles(XSSFWorkbook wb) {
            this.workbook = wb;
            XSSFFont base = wb.getFontAt(0);
            base.setFontName(FONT);
            base.setFontHeightInPoints((short) 11);
            title = plain(wb, font(wb, 16, true, rgb(0x1F, 0x4E, 0x79)));
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            note = plain(wb, font(wb, 10, false, rgb(0x59, 0x59, 0x59)));
            section = plain(wb, font(wb, 12, true, null));
            header = bordered(wb, font(wb, 11, true, rgb(0xFF, 0xFF, 0xFF)), null);
            header.setFillForegroundColor(new XSSFColor(HEADER_FILL));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            XSSFFont italic = font(wb, 10, false, rgb(0x59, 0x59, 0x59));
            italic.setItalic(true);
            targetLabel = bordered(wb, italic, null);
            targetLabel.setAlignment(HorizontalAlignment.RIGHT);
            targetPercent = bordered(wb, italic, "0%");
            targetInteger = bordered(wb, italic, "0");
            for (XSSFCellStyle s : List.of(targetLabel, targetPercent, targetInteger)) {
                s.setFillForegroundColor(new XSSFColor(TARGET_FILL));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            targetPercent.setAlignment(HorizontalAlignment.CENTER);
            targetInteger.setAlignment(HorizontalAlignment.CENTER);
            text = bordered(wb, null, null);
            wrap = bordered(wb, null, null);
            wrap.setWrapText(true);
            small = bordered(wb, font(wb, 9, false, null), null);
            center = bordered(wb, null, null);
            center.setAlignment(HorizontalAlignment.CENTER);
            integer = bordered(wb, null, "#,##0");
            percent = bordered(wb, null, "0.0%");
            percentWhole = bordered(wb, null, "0%");
            percentWhole.setAlignment(HorizontalAlignment.CENTER);
            score = bordered(wb, null, "0.00");
            points = bordered(wb, null, "+0.0;-0.0;0.0");
            points2 = bordered(wb, null, "+0.00;-0.00;0.00");
            date = bordered(wb, null, "yyyy-mm-dd");
            date.setAlignment(HorizontalAlignment.CENTER);
            time = bordered(wb, null, "yyyy-mm-dd hh:mm:ss");
        }

        /** A gap as a number that reads as words: 1234 shows as 需新增会员 1,234 人. */
        XSSFCellStyle gap(Indicator indicator) {
            return gaps.computeIfAbsent(indicator, i -> bordered(workbook,
                    null, "\"" + i.gapAction() + " \"#,##0\" " + i.gapUnit() + "\""));
        }

        private static XSSFFont font(XSSFWorkbook wb, int points, boolean bold, byte[] colour) {
            XSSFFont font = wb.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            if (colour != null) {
                font.setColor(new XSSFColor(colour));
            }
            return font;
        }

        private static XSSFCellStyle plain(XSSFWorkbook wb, XSSFFont font) {
            XSSFCellStyle style = wb.createCellStyle();
            style.setFont(font);
            return style;
        }

        private static XSSFCellStyle bordered(XSSFWorkbook wb, XSSFFont font, String format) {
            XSSFCellStyle style = wb.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            if (format != null) {
                style.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
