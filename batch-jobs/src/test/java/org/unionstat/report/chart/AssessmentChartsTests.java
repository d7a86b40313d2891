package org.unionstat.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.indicators.GroupKey;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.indicators.PeriodExplanation;
import org.unionstat.indicators.RankRobustness;
import org.unionstat.report.chart.AssessmentCharts.ChartImage;
import org.unionstat.report.chart.ChartFonts.ChartFont;
import org.unionstat.report.figures.AssessmentFigures;
import org.unionstat.report.figures.GroupFigures;
import org.unionstat.report.figures.WorkbookStandards;
import org.unionstat.testing.Config;

class AssessmentChartsTests {

    static final Period Q3 = Period.parse("2026Q3");

    @Test
    void chineseLabelsAreDrawnInAFontThatHasTheirGlyphs() {
        ChartFont font = new ChartFonts(BundledFontTest.CONFIG).font();
        assertThat(font.chinese()).as("an installed CJK font, or the bundled one").isTrue();
        JFreeChart chart = new AssessmentCharts(new ChartFonts(BundledFontTest.CONFIG)).districtScores(figures(), font);

        String title = chart.getTitle().getText();
        assertThat(title).isEqualTo("2026年第3季度 区县综合得分排名");
        assertThat(chart.getTitle().getFont().canDisplayUpTo(title)).isEqualTo(-1);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getCategories()).containsExactly("朝阳区", "海淀区");
        Font ticks = plot.getDomainAxis().getTickLabelFont();
        assertThat(ticks.canDisplayUpTo("朝阳区海淀区北京经济技术开发区")).isEqualTo(-1);
        assertThat(ticks.canDisplayUpTo(ChartFonts.SAMPLE)).isEqualTo(-1);
        assertThat(plot.getRangeAxis().getLabelFont().canDisplayUpTo(plot.getRangeAxis().getLabel())).isEqualTo(-1);
    }

    @Test
    void anInstalledCjkFontThatShowsEveryNameIsPreferredToTheBundledOne() {
        Font installed = new Font(ChartFonts.BUNDLED_FAMILY, Font.PLAIN, 12) {
            @Override
            public int canDisplayUpTo(String text) {
                return -1;
            }
        };
        ChartFont font = new ChartFonts(() -> Optional.of(installed), ChartFonts::bundledFont,
                BundledFontTest.CONFIG).font();
        assertThat(font.bundled()).isFalse();
        assertThat(font.chinese()).isTrue();
    }

    @Test
    void anInstalledFontMissingANameOfConfigGivesWayToTheBundledOne() {
        Font partial = new Font(ChartFonts.BUNDLED_FAMILY, Font.PLAIN, 12) {
            @Override
            public int canDisplayUpTo(String text) {
                return text.contains("朝阳") ? 0 : -1;
            }
        };
        ChartFont font = new ChartFonts(() -> Optional.of(partial), ChartFonts::bundledFont,
                BundledFontTest.CONFIG).font();
        assertThat(font.bundled()).isTrue();
    }

    @Test
    void aNameTheChosenFontCannotShowIsWrittenInEnglishAndOnlyThatName() {
        Font noChaoyang = new Font(ChartFonts.BUNDLED_FAMILY, Font.PLAIN, 12) {
            @Override
            public int canDisplayUpTo(String text) {
                return text.contains("朝阳") ? 0 : -1;
            }

            @Override
            public Font deriveFont(int style, float size) {
                return this;
            }
        };
        ChartFonts fonts = new ChartFonts(() -> Optional.of(noChaoyang), Optional::empty, BundledFontTest.CONFIG);
        JFreeChart chart = new AssessmentCharts(fonts).districtScores(figures(), fonts.font());
        assertThat(chart.getTitle().getText()).isEqualTo("2026年第3季度 区县综合得分排名");
        assertThat(chart.getCategoryPlot().getCategories()).containsExactly("Chaoyang", "海淀区");
    }

    @Test
    void withoutAnyChineseFontTheChartsSpeakEnglish() {
        ChartFonts fonts = new ChartFonts(Optional::empty, Optional::empty, BundledFontTest.CONFIG);
        ChartFont font = fonts.font();
        assertThat(font.chinese()).isFalse();
        AssessmentCharts charts = new AssessmentCharts(fonts);

        JFreeChart scores = charts.districtScores(figures(), font);
        assertThat(scores.getTitle().getText()).isEqualTo("District scores, 2026 Q3");
        assertThat(scores.getCategoryPlot().getCategories()).containsExactly("Chaoyang", "Haidian");
        JFreeChart coverage = charts.indicatorByDistrict(figures(), Indicator.COVERAGE, font);
        assertThat(coverage.getTitle().getText()).isEqualTo("Union coverage by district, 2026 Q3 (target 90%)");
        for (JFreeChart chart : List.of(scores, coverage, charts.scoreTrend(figures(), font))) {
            String title = chart.getTitle().getText();
            assertThat(title.chars().allMatch(c -> c < 0x2E80)).as("no CJK in " + title).isTrue();
            assertThat(chart.getTitle().getFont().canDisplayUpTo(title)).isEqualTo(-1);
            for (Object category : chart.getCategoryPlot().getCategories()) {
                assertThat(category.toString().chars().allMatch(c -> c < 0x2E80)).as(category.toString()).isTrue();
            }
        }
    }

    @Test
    void aFontThatCannotShowChineseIsNotTakenForOne() {
        Font latinOnly = new Font(Font.MONOSPACED, Font.PLAIN, 12) {
            @Override
            public int canDisplayUpTo(String text) {
                return 0;
            }
        };
        assertThat(new ChartFonts(() -> Optional.of(latinOnly), Optional::empty, BundledFontTest.CONFIG).font()
                .chinese()).isFalse();
    }

    @Test
    void chartsArePngsAtTwiceTheScreenSizeMarkedForPrint() throws IOException {
        List<ChartImage> images = new AssessmentCharts(new ChartFonts(BundledFontTest.CONFIG)).render(figures());

        assertThat(images).extracting(ChartImage::fileName).contains("district-scores.png", "industry-scores.png",
                "city-indicators.png", "indicator-coverage.png", "indicator-activity.png", "score-trend.png")
                .doesNotContain("indicator-migrant-enrollment.png");
        ChartImage scores = images.get(0);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(scores.png()))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(scores.width() * 2);
            assertThat(reader.getHeight(0)).isEqualTo(scores.height() * 2);
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode physical = (IIOMetadataNode) ((IIOMetadataNode) root).getElementsByTagName("pHYs").item(0);
            double dpi = Integer.parseInt(physical.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
            assertThat(dpi).isGreaterThanOrEqualTo(150);
        }
    }

    /** Each ranked district by its published rank, its interval in its label; an unranked one left out. */
    @Test
    void rankIntervalsListTheRankedDistrictsBestFirst() {
        ChartFont font = new ChartFonts(Config.referenceData()).font();
        GroupFigures chaoyang = withInterval(group("110105", "朝阳区", "Chaoyang", "96.50", 2, "0.980000"),
                new RankRobustness.Interval(2, 2, 1, 3, 900, 1000));
        GroupFigures haidian = withInterval(group("110108", "海淀区", "Haidian", "97.00", 1, "0.850000"),
                new RankRobustness.Interval(1, 1, 1, 1, 1000, 1000));
        GroupFigures unranked = group("110101", "东城区", "Dongcheng", "0", null, "0.5");
        AssessmentFigures figures = new AssessmentFigures(Q3, Q3.previous(), true, WorkbookStandards.defaults(),
                figures().city(), List.of(haidian, chaoyang, unranked), List.of(), List.of(), Map.of(),
                List.of(Q3), Map.of(AssessmentFigures.CITY, List.of(new BigDecimal("91.00"))));
        AssessmentCharts charts = new AssessmentCharts(new ChartFonts(Config.referenceData()));

        JFreeChart chart = charts.rankIntervals(figures, font);
        assertThat(chart.getTitle().getText()).isEqualTo("2026年第3季度 区县排名区间（权重各自浮动 ±25%，1,000 次）");
        assertThat(chart.getCategoryPlot().getCategories()).containsExactly("海淀区（第 1 名，1）", "朝阳区（第 2 名，1–3）");
        // a bar from half a place before the 5th percentile rank to half a place after the 95th
        assertThat(chart.getCategoryPlot().getDataset(0).getValue(1, 1).doubleValue()).isEqualTo(2.7);
        assertThat(chart.getCategoryPlot().getDataset(1).getValue(0, 1).intValue()).isEqualTo(2);
        JFreeChart english = charts.rankIntervals(figures, new ChartFonts(Optional::empty, Optional::empty, Config.referenceData()).font());
        assertThat(english.getCategoryPlot().getCategories()).containsExactly("Haidian (rank 1, 1)",
                "Chaoyang (rank 2, 1–3)");
        assertThat(charts.render(figures)).extracting(ChartImage::fileName).contains("rank-intervals.png");
    }

    private static GroupFigures withInterval(GroupFigures g, RankRobustness.Interval interval) {
        return new GroupFigures(g.districtCode(), g.industryCode(), g.name(), g.nameEn(), g.score(), g.grade(),
                g.rank(), g.indicators(), null, null, new PeriodExplanation.Group(
                        GroupKey.district(g.districtCode()), null, Map.of(), null, List.of(), interval));
    }

    /** Two ranked districts and the city, coverage only, over two quarters. */
    static AssessmentFigures figures() {
        GroupFigures chaoyang = group("110105", "朝阳区", "Chaoyang", "96.50", 1, "0.980000");
        GroupFigures haidian = group("110108", "海淀区", "Haidian", "88.00", 2, "0.850000");
        GroupFigures city = group("", "全市", "City", "91.00", null, "0.910000");
        Map<String, List<BigDecimal>> trend = new LinkedHashMap<>();
        trend.put(AssessmentFigures.CITY, List.of(new BigDecimal("89.00"), new BigDecimal("91.00")));
        trend.put("110105", List.of(new BigDecimal("90.00"), new BigDecimal("96.50")));
        List<BigDecimal> none = new ArrayList<>();
        none.add(null);
        none.add(new BigDecimal("88.00"));
        trend.put("110108", none);
        return new AssessmentFigures(Q3, Q3.previous(), true, WorkbookStandards.defaults(), city,
                List.of(chaoyang, haidian), List.of(), List.of(), Map.of(), List.of(Q3.previous(), Q3), trend);
    }

    private static GroupFigures group(String code, String name, String nameEn, String score, Integer rank,
            String coverage) {
        Map<Indicator, IndicatorResult> indicators = new EnumMap<>(Indicator.class);
        indicators.put(Indicator.COVERAGE, new IndicatorResult("2026Q3", code.isEmpty() ? "city" : "district", code,
                "", "coverage", 90, 100, new BigDecimal(coverage), new BigDecimal("0.90"),
                new BigDecimal(coverage).compareTo(new BigDecimal("0.90")) >= 0 ? "Y" : "N", rank));
        return new GroupFigures(code, "", name, nameEn, new BigDecimal(score), "良好", rank, indicators, null, null);
    }
}
