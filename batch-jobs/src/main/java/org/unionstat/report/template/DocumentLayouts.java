package org.unionstat.report.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import org.unionstat.domain.Indicator;

/**
 * The built-in layout of the document template {@code templates/report.docx} (see {@link TemplateDocument} for its
 * markers): the fallback when the template file is missing, and what {@code make templates} writes
 * (docs/templates.md). It follows the usual form of a federation's 通报 (GB/T 9704): A4, title in 宋体 二号 bold, text
 * in 仿宋 三号 at a fixed 28 pt line, headings 一、 in 黑体, page numbers 「— n —」; and holds the fixed wording,
 * including the suggestion of 四、下一步工作建议 for each indicator, which a federation rewords in Word.
 */
public final class DocumentLayouts {

    public static final String REPORT = "report.docx";

    /** A4 and the margins of GB/T 9704 (3.7 cm top, 3.5 bottom, 2.8 left, 2.6 right), in twips. */
    private static final int PAGE_WIDTH = 11_906;
    private static final int PAGE_HEIGHT = 16_838;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 1_588 - 1_474;

    /** The suggestion for an indicator below its target; {@code {{districts:key}}} lists the districts below it. */
    static final Map<Indicator, String> ADVICE = Map.of(
            Indicator.COVERAGE, "扩大工会组织覆盖。{{districts:coverage}}要对照单位名录，逐一排查未建会的应建会单位，"
                    + "通过单独建会、联合建会等方式加快组建，做到应建尽建。",
            Indicator.ENROLLMENT, "提高职工入会率。{{districts:enrollment}}要深入已建会单位开展会员发展工作，重点做好"
                    + "新就业形态劳动者和青年职工入会，做到应入尽入。",
            Indicator.SATISFACTION, "提升会员满意度。{{districts:satisfaction}}要认真分析会员评议中的意见建议，逐项"
                    + "整改，增强服务会员的针对性和实效性。",
            Indicator.INFO_COLLECTION, "加快会员信息采集。{{districts:info_collection}}要督促基层工会完成会员实名制信息"
                    + "采集，并及时更新。",
            Indicator.JINGKA, "推进京卡办理。{{districts:jingka}}要加大京卡宣传和集中办理力度，提高会员持卡比例。",
            Indicator.REPORTING, "严格报送纪律。{{districts:reporting}}要督促所属基层工会在季度结束后{{deadline_days}}日内"
                    + "按时报送报表，对未报、迟报的逐一跟进。",
            Indicator.ACTIVITY, "丰富工会活动。{{districts:activity}}要指导基层工会按照{{activity_requirement}}的要求"
                    + "组织开展活动。",
            Indicator.MIGRANT_ENROLLMENT, "做好农民工入会工作。{{districts:migrant_enrollment}}要针对农民工流动性强的"
                    + "特点，创新入会方式，吸引更多农民工加入工会。");

    private DocumentLayouts() {
    }

    /** The built-in layout of a document template, by file name ({@value #REPORT}). */
    public static XWPFDocument build(String name) {
        if (!REPORT.equals(name)) {
            throw new IllegalArgumentException("no built-in template " + name);
        }
        return report();
    }

    static XWPFDocument report() {
        XWPFDocument doc = new XWPFDocument();
        styles(doc);
        page(doc);
        paragraph(doc, "Title", "关于{{period_label}}基层工会工作评估情况的通报（初稿）");
        paragraph(doc, "Salutation", "各区县总工会、各产业工会：");
        paragraph(doc, null, "为全面掌握基层工会工作情况，市总工会依据{{sources_text}}，对全市{{district_count}}个区县、"
                + "{{industry_count}}个行业的基层工会工作进行了评估。现将有关情况通报如下。");
        paragraph(doc, "DataNote", "{{block:basis}}");

        paragraph(doc, "Heading1", "一、总体情况");
        paragraph(doc, null, "{{block:overall}}");
        paragraph(doc, "Caption", "表1　全市各项指标完成情况");
        table(doc, "city", new String[] {"指标", "全市值", "目标值", "与目标相比（个百分点）", "{{previous_short}}值",
            "变化（个百分点）"}, new String[] {"indicator", "value", "target", "gap", "previous", "change"},
            new int[] {29, 12, 11, 17, 12, 19});

        paragraph(doc, "Heading1", "二、排名情况");
        paragraph(doc, null, "{{block:ranking}}");
        paragraph(doc, "Caption", "表2　各区县综合得分排名");
        table(doc, "districts", new String[] {"名次", "区县", "得分", "等级", "名次变化", "名次区间"},
            new String[] {"rank", "name", "score", "grade", "change", "interval"}, new int[] {11, 30, 14, 13, 16, 16});

        paragraph(doc, "Heading1", "三、存在的问题");
        paragraph(doc, null, "{{block:problems}}");

        paragraph(doc, "Heading1", "四、下一步工作建议");
        paragraph(doc, null, "{{if:all-met}}各项指标均已达到目标。各区县总工会要巩固成果，持续提升基层工会工作水平。");
        paragraph(doc, null, "{{if:suggestions}}针对评估发现的问题，提出以下建议：");
        for (Indicator indicator : Indicator.values()) {
            String advice = ADVICE.get(indicator);
            int lead = advice.indexOf('。') + 1;
            advice(doc, "{{if:unmet:" + indicator.key() + "}}（{{seq:advice}}）" + advice.substring(0, lead),
                    advice.substring(lead));
        }
        advice(doc, "{{if:rejected}}（{{seq:advice}}）提高报表质量。", "各区县总工会要督促基层工会对照填报说明逐项核对"
                + "报表，减少因填报错误被退回的记录。");

        paragraph(doc, "Salutation", "");
        paragraph(doc, "AttachmentList", "附件：1．统计图表");
        paragraph(doc, "AttachmentList", "　　　2．各行业综合得分排名");
        paragraph(doc, "AttachmentList", "{{if:year}}　　　3．数据来源");
        paragraph(doc, "Salutation", "");
        paragraph(doc, "Signature", "市总工会");
        paragraph(doc, "Signature", "{{date}}");

        paragraph(doc, "Attachment", "附件1");
        paragraph(doc, "AttachmentTitle", "统计图表");
        paragraph(doc, "Figure", "{{chart:district-scores}}");
        paragraph(doc, "Figure", "{{chart:city-indicators}}");
        paragraph(doc, "Figure", "{{chart:score-trend}}");
        paragraph(doc, "Figure", "{{if:year}}{{chart:unmet-indicators}}");

        paragraph(doc, "Attachment", "附件2");
        paragraph(doc, "AttachmentTitle", "各行业综合得分排名");
        table(doc, "industries", new String[] {"名次", "行业", "得分", "等级", "名次变化", "名次区间"},
            new String[] {"rank", "name", "score", "grade", "change", "interval"}, new int[] {8, 46, 11, 10, 13, 12});

        paragraph(doc, "Attachment", "{{if:year}}附件3");
        paragraph(doc, "AttachmentTitle", "{{if:year}}数据来源");
        table(doc, "sources", new String[] {"{{if:year}}类型", "报告期", "文件名", "读取行数", "接收行数", "退回行数"},
            new String[] {"kind", "period", "file", "read", "accepted", "rejected"}, new int[] {12, 11, 41, 12, 12, 12});
        paragraph(doc, "DataNote", "{{if:year}}各文件取其最近一次完成的导入；单位名录为计算工会组建率所用的名录。");
        footer(doc);
        return reread(doc);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }

    /** A suggestion: its lead-in in bold, as 三、存在的问题 writes its points. */
    private static void advice(XWPFDocument doc, String lead, String text) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun bold = p.createRun();
        bold.setBold(true);
        bold.setText(lead);
        p.createRun().setText(text);
    }

    /** A table of a header row and the style row of {@code name}; widths in percent of the text width. */
    private static void table(XWPFDocument doc, String name, String[] headers, String[] fields, int[] widths) {
        XWPFTable table = doc.createTable(2, headers.length);
        table.setWidth("100%");
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * width / 100));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        XWPFTableRow style = table.getRow(1);
        style.setCantSplitRow(true);
        for (int c = 0; c < headers.length; c++) {
            cell(header.getCell(c), headers[c], widths[c], true);
            cell(style.getCell(c), "{{" + name + "." + fields[c] + "}}", widths[c], false);
        }
    }

    private static void cell(XWPFTableCell cell, String text, int width, boolean header) {
        cell.setWidth(width + "%");
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        if (header) {
            cell.setColor("D9E2F3");
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle("TableText");
        XWPFRun run = p.createRun();
        run.setBold(header);
        run.setText(text);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2_098));
        margins.setBottom(BigInteger.valueOf(1_984));
        margins.setLeft(BigInteger.valueOf(1_588));
        margins.setRight(BigInteger.valueOf(1_474));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.ZERO);
    }

    /** 「— n —」 centred at the foot of every page. */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        p.createRun().setText("— ");
        CTR begin = p.createRun().getCTR();
        begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        p.createRun().setText(" —");
    }

    private static void styles(XWPFDocument doc) {
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in styles do not parse: " + e.getMessage(), e);
        }
    }

    /** Written and read again, so that the document's lists of paragraphs and tables match its XML. */
    private static XWPFDocument reread(XWPFDocument doc) {
        try (doc; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            doc.write(bytes);
            return new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String font(String eastAsia) {
        return "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"" + eastAsia
                + "\" w:cs=\"Times New Roman\"/>";
    }

    private static String size(int halfPoints) {
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    private static String spacing(int before, int after, int line, boolean exact) {
        return "<w:spacing w:before=\"" + before + "\" w:after=\"" + after + "\" w:line=\"" + line
                + "\" w:lineRule=\"" + (exact ? "exact" : "auto") + "\"/>";
    }

    /**
     * A paragraph style based on Normal (Normal itself on nothing). {@code paragraph} holds the elements of w:pPr in
     * the schema's order (keepNext, pageBreakBefore, spacing, ind, jc, outlineLvl): Word refuses any other.
     */
    private static String paragraphStyle(String id, String name, String paragraph, String run) {
        boolean builtIn = List.of("Normal", "Title", "Heading1", "Footer", "Caption", "Salutation", "Signature")
                .contains(id);
        return "<w:style w:type=\"paragraph\"" + (builtIn ? "" : " w:customStyle=\"1\"") + " w:styleId=\"" + id
                + "\"><w:name w:val=\"" + name + "\"/>" + (id.equals("Normal") ? "" : "<w:basedOn w:val=\"Normal\"/>")
                + "<w:qFormat/><w:pPr>" + paragraph + "</w:pPr><w:rPr>" + run + "</w:rPr></w:style>";
    }

    /** Two characters of first-line indent, or none. */
    private static final String INDENT = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
    private static final String NO_INDENT = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>";
    private static final String CENTRED = "<w:jc w:val=\"center\"/>";

    private static final String STYLES = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>" + font("仿宋") + size(32)
            + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr>" + spacing(0, 0, 560, true) + "</w:pPr></w:pPrDefault></w:docDefaults>"
            + paragraphStyle("Normal", "Normal", spacing(0, 0, 560, true) + INDENT + "<w:jc w:val=\"both\"/>",
                    font("仿宋") + size(32))
            + paragraphStyle("Title", "Title", spacing(0, 560, 700, true) + NO_INDENT + CENTRED,
                    font("宋体") + "<w:b/><w:bCs/>" + size(44))
            + paragraphStyle("Salutation", "Salutation", NO_INDENT, "")
            + paragraphStyle("Heading1", "heading 1", "<w:keepNext/><w:outlineLvl w:val=\"0\"/>",
                    font("黑体") + "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>")
            + paragraphStyle("DataNote", "数据说明", spacing(0, 0, 440, true), font("楷体") + size(28))
            + paragraphStyle("Caption", "caption", "<w:keepNext/>" + spacing(240, 120, 360, true) + NO_INDENT
                    + CENTRED, font("黑体") + size(28))
            + paragraphStyle("TableText", "表格文字", spacing(40, 40, 240, false) + NO_INDENT + CENTRED,
                    font("宋体") + size(21))
            + paragraphStyle("Signature", "Signature", "<w:ind w:right=\"640\" w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
                    + "<w:jc w:val=\"right\"/>", "")
            + paragraphStyle("AttachmentList", "附件说明", INDENT, "")
            + paragraphStyle("Attachment", "附件", "<w:keepNext/><w:pageBreakBefore/>" + NO_INDENT, font("黑体"))
            + paragraphStyle("AttachmentTitle", "附件标题", "<w:keepNext/>" + spacing(240, 360, 600, true) + NO_INDENT
                    + CENTRED, font("宋体") + "<w:b/><w:bCs/>" + size(36))
            + paragraphStyle("Figure", "图", spacing(120, 240, 240, false) + NO_INDENT + CENTRED, "")
            + paragraphStyle("Footer", "footer", spacing(0, 0, 240, false) + NO_INDENT + CENTRED,
                    font("宋体") + size(28))
            + "</w:styles>";
}
