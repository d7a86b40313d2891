package org.unionstat.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import org.unionstat.domain.District;
import org.unionstat.domain.Industry;
import org.unionstat.domain.ReferenceData;
import org.unionstat.reference.ReferenceDataFiles;
import org.unionstat.report.chart.ChartFonts.ChartFont;
import org.unionstat.report.figures.AssessmentFigures;

/**
 * The font bundled in the jar, alone (no installed font asked): every district and industry name of config/ and every
 * text of every chart has a real glyph in it, with an outline; its licence travels with it.
 */
class BundledFontTest {

    static final ReferenceData CONFIG = ReferenceDataFiles.load(Path.of("config/districts.csv"),
            Path.of("config/industries.csv"));

    static ChartFonts bundledOnly() {
        return new ChartFonts(Optional::empty, ChartFonts::bundledFont, CONFIG);
    }

    @Test
    void theBundledFontIsChosenWhenTheMachineHasNone() {
        ChartFont font = bundledOnly().font();
        assertThat(font.chinese()).isTrue();
        assertThat(font.bundled()).isTrue();
        assertThat(font.font().getFamily()).isEqualTo(ChartFonts.BUNDLED_FAMILY);
    }

    @Test
    void everyNameOfConfigHasARealGlyphWithAnOutline() {
        Font font = bundledOnly().font().font();
        List<String> names = new ArrayList<>();
        CONFIG.districts().stream().map(District::name).forEach(names::add);
        CONFIG.industries().stream().map(Industry::name).forEach(names::add);
        assertThat(names).hasSize(37);
        FontRenderContext context = new FontRenderContext(null, true, true);
        for (String name : names) {
            assertThat(font.canDisplayUpTo(name)).as(name).isEqualTo(-1);
            for (char c : name.toCharArray()) {
                Rectangle2D bounds = font.createGlyphVector(context, String.valueOf(c)).getOutline().getBounds2D();
                assertThat(bounds.getWidth() * bounds.getHeight()).as("the outline of " + c + " in " + name)
                        .isGreaterThan(4);
            }
        }
    }

    @Test
    void everyTextOfEveryChartIsDrawnWithRealGlyphs() {
        ChartFonts fonts = bundledOnly();
        ChartFont font = fonts.font();
        AssessmentFigures figures = ChartTexts.everyName(CONFIG);
        List<JFreeChart> charts = ChartTexts.every(new AssessmentCharts(fonts), figures, font);
        assertThat(charts).hasSize(11);
        int texts = 0;
        for (JFreeChart chart : charts) {
            for (ChartTexts.Text text : ChartTexts.of(chart)) {
                assertThat(text.font().getFamily()).as(text.text()).isEqualTo(ChartFonts.BUNDLED_FAMILY);
                assertThat(text.displayable()).as("「" + text.text() + "」 in " + chart.getTitle().getText()).isTrue();
                texts++;
            }
        }
        assertThat(texts).as("titles, every district and industry name, axes, legends, targets")
                .isGreaterThan(17 * 8 + 20);
        assertThat(ChartTexts.of(charts.get(0)).stream().map(ChartTexts.Text::text))
                .contains("2026年第3季度 区县综合得分排名", "北京经济技术开发区", "优秀", "待改进");
        assertThat(ChartTexts.of(charts.get(1)).stream().map(ChartTexts.Text::text))
                .contains("公共管理、社会保障和社会组织", "电力、热力、燃气及水生产和供应业");
    }

    @Test
    void theFontsLicenceIsBesideItInTheJarAndInTheRepository() throws IOException {
        try (InputStream in = ChartFonts.class.getResourceAsStream("/fonts/OFL.txt")) {
            assertThat(in).isNotNull();
            String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(licence).contains("SIL OPEN FONT LICENSE Version 1.1")
                    .contains("Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'");
        }
        assertThat(Files.readString(Path.of("THIRD-PARTY-NOTICES.md"))).contains("Unionstat Sans SC")
                .contains("SIL Open Font License").contains("batch-jobs/src/main/resources/fonts/OFL.txt");
        assertThat(Path.of("tools/fonts/make-subset.sh")).exists();
    }
}
