package org.unionstat.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.domain.UserFacingException;
import org.unionstat.report.template.TemplateDocument.Content;
import org.unionstat.report.template.TemplateDocument.Paragraph;
import org.unionstat.report.template.TemplateDocument.Picture;
import org.unionstat.report.template.TemplateDocument.Table;

/** Filling a Word template: placeholders, conditions, blocks, tables with optional columns, pictures, mistakes. */
class TemplateDocumentTest {

    @TempDir
    Path dir;

    /** A template as Word leaves it: markers split over runs of different formatting. */
    static XWPFDocument template() {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Title");
        title.createRun().setText("关于{{peri");
        XWPFRun bold = title.createRun();
        bold.setBold(true);
        bold.setText("od_label}}的通报");
        paragraph(doc, "{{if:year}}只在年度出现，{{unknown}}原样保留。");
        paragraph(doc, "{{if:!year}}只在季度出现。");
        paragraph(doc, "{{if:a}}（{{seq:advice}}）甲。");
        paragraph(doc, "{{if:b}}（{{seq:advice}}）乙。");
        paragraph(doc, "{{if:c}}（{{seq:advice}}）丙。");
        XWPFParagraph block = paragraph(doc, "{{block:overall}}");
        block.setStyle("Body");
        block.getRuns().get(0).setFontSize(15);
        XWPFTable table = doc.createTable(2, 3);
        table.getRow(0).getCell(0).setText("名次");
        table.getRow(0).getCell(1).setText("区县");
        table.getRow(0).getCell(2).setText("名次区间");
        table.getRow(1).getCell(0).setText("第{{districts.rank}}名");
        table.getRow(1).getCell(1).setText("{{districts.name}}");
        table.getRow(1).getCell(2).setText("{{districts.interval}}");
        for (int c = 0; c < 3; c++) {
            (table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid())
                    .addNewGridCol().setW(java.math.BigInteger.valueOf(2_000));
        }
        XWPFTable yearOnly = doc.createTable(2, 1);
        yearOnly.getRow(0).getCell(0).setText("{{if:year}}文件");
        yearOnly.getRow(1).getCell(0).setText("{{sources.file}}");
        paragraph(doc, "{{chart:scores}}");
        return doc;
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    static Content content(boolean year, List<Map<String, String>> districts, Set<String> absent) {
        Map<String, Boolean> conditions = new LinkedHashMap<>();
        conditions.put("year", year);
        conditions.put("a", true);
        conditions.put("b", false);
        conditions.put("c", true);
        return new Content(Map.of("period_label", year ? "2026年度" : "2026年第3季度"), conditions,
                Map.of("overall", List.of(Paragraph.lead("（一）", "第一段。"), Paragraph.of("第二段。"))),
                Map.of("districts", new Table(districts, absent), "sources",
                        Table.of(List.of(Map.of("file", "{{if:x}}.csv")))),
                Map.of("scores", List.of(new Picture(png(200, 100), 1000, 500))));
    }

    static byte[] png(int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static XWPFDocument filled(TemplateDocument template, Path file) throws IOException {
        template.write(file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void fillsMarkersSplitOverRunsKeepsWhatItsConditionsSayAndNumbersTheKept() throws IOException {
        List<Map<String, String>> rows = List.of(Map.of("rank", "1", "name", "朝阳区", "interval", "1—2"),
                Map.of("rank", "2", "name", "海淀区", "interval", "1—3"));
        try (TemplateDocument template = new TemplateDocument("test.docx", template())) {
            template.fill(content(true, rows, Set.of()));
            XWPFDocument doc = filled(template, dir.resolve("year.docx"));

            assertThat(texts(doc)).containsExactly("关于2026年度的通报", "只在年度出现，{{unknown}}原样保留。", "（一）甲。",
                    "（二）丙。", "（一）第一段。", "第二段。");
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertThat(title.getRuns().get(0).isBold()).as("the replacement takes the run where the marker starts")
                    .isFalse();
            assertThat(title.getStyle()).isEqualTo("Title");
            XWPFParagraph first = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("（一）第一段"))
                    .findFirst().orElseThrow();
            assertThat(first.getStyle()).as("a block takes its marker's style").isEqualTo("Body");
            assertThat(first.getRuns().get(0).isBold()).as("a lead-in is bold").isTrue();
            assertThat(first.getRuns().get(1).isBold()).isFalse();
            assertThat(first.getRuns().get(1).getFontSizeAsDouble()).as("and the marker's run format").isEqualTo(15.0);

            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("第1名");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("海淀区");
            assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("1—3");
            assertThat(doc.getTables().get(1).getRow(0).getCell(0).getText()).isEqualTo("文件");
            assertThat(doc.getTables().get(1).getRow(1).getCell(0).getText())
                    .as("data is never read as a marker").isEqualTo("{{if:x}}.csv");

            List<XWPFPicture> pictures = doc.getAllPictures().isEmpty() ? List.of()
                    : doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                            .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getWidth()).as("as wide as the text of a default page, in points")
                    .isCloseTo(8_844 / 20.0, org.assertj.core.data.Offset.offset(1.0));
            assertThat(pictures.get(0).getDepth()).isCloseTo(8_844 / 40.0, org.assertj.core.data.Offset.offset(1.0));
        }
    }

    @Test
    void anOptionalColumnWithNothingToShowIsRemovedAndAnEmptyTableSaysSo() throws IOException {
        try (TemplateDocument template = new TemplateDocument("test.docx", template())) {
            template.fill(content(false, List.of(), Set.of("interval")));
            XWPFDocument doc = filled(template, dir.resolve("quarter.docx"));

            assertThat(texts(doc)).contains("只在季度出现。").doesNotContain("只在年度出现，{{unknown}}原样保留。");
            assertThat(doc.getTables()).as("the year-only table is gone").hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("名次", "区县");
            assertThat(table.getRows()).hasSize(2);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("第" + TemplateDocument.NONE + "名");
            assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(2);
        }
    }

    @Test
    void aMisspelledMarkerStopsTheDocumentWithItsName() {
        XWPFDocument doc = template();
        paragraph(doc, "{{block:overal}}");
        try (TemplateDocument template = new TemplateDocument("templates/report.docx", doc)) {
            assertThatThrownBy(() -> template.fill(content(true, List.of(), Set.of())))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("templates/report.docx").hasMessageContaining("unknown block overal");
        }
        XWPFDocument condition = template();
        paragraph(condition, "{{if:yaer}}……");
        try (TemplateDocument template = new TemplateDocument("templates/report.docx", condition)) {
            assertThatThrownBy(() -> template.fill(content(true, List.of(), Set.of())))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("unknown condition {{if:yaer}}");
        }
        XWPFDocument misplaced = template();
        paragraph(misplaced, "正文中间 {{chart:scores}} 不行");
        try (TemplateDocument template = new TemplateDocument("templates/report.docx", misplaced)) {
            assertThatThrownBy(() -> template.fill(content(true, List.of(), Set.of())))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("must stand alone");
        }
        XWPFDocument field = template();
        field.getTables().get(0).getRow(1).getCell(1).setText("{{districts.nmae}}");
        try (TemplateDocument template = new TemplateDocument("templates/report.docx", field)) {
            assertThatThrownBy(() -> template.fill(content(true,
                    List.of(Map.of("rank", "1", "name", "朝阳区", "interval", "1")), Set.of())))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("{{districts.nmae}}");
        }
    }

    @Test
    void theBuiltInLayoutFillsWithoutLeftoversAndNumbersInChinese() throws IOException {
        assertThat(TemplateDocument.numeral(1)).isEqualTo("一");
        assertThat(TemplateDocument.numeral(10)).isEqualTo("十");
        assertThat(TemplateDocument.numeral(12)).isEqualTo("十二");
        assertThat(TemplateDocument.numeral(20)).isEqualTo("二十");
        try (XWPFDocument built = DocumentLayouts.build(DocumentLayouts.REPORT);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            built.write(bytes);
            try (TemplateDocument template = TemplateDocument.open("built-in", new ByteArrayInputStream(
                    bytes.toByteArray()))) {
                assertThat(template.chartNames()).containsExactly("city-indicators", "district-scores",
                        "score-trend", "unmet-indicators");
            }
        }
    }

    @Test
    void theCommittedTemplateIsTheBuiltInLayoutAsMakeTemplatesWritesIt() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("templates", DocumentLayouts.REPORT));
                XWPFDocument committed = new XWPFDocument(in);
                XWPFDocument built = DocumentLayouts.build(DocumentLayouts.REPORT)) {
            assertThat(texts(committed)).as("templates/report.docx: run `make templates` after changing the layout")
                    .isEqualTo(texts(built)).contains("{{block:overall}}", "四、下一步工作建议");
            assertThat(committed.getTables()).hasSameSizeAs(built.getTables());
            for (int t = 0; t < built.getTables().size(); t++) {
                assertThat(committed.getTables().get(t).getText()).isEqualTo(built.getTables().get(t).getText());
            }
            assertThat(committed.getStyles().getStyle("Heading1")).isNotNull();
        }
    }
}
