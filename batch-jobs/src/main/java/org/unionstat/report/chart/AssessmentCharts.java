package org.unionstat.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.indicators.RankRobustness;
import org.unionstat.report.chart.ChartFonts.ChartFont;
import org.unionstat.report.figures.AssessmentFigures;
import org.unionstat.report.figures.GroupFigures;
import org.unionstat.report.figures.IndicatorTexts;
import org.unionstat.report.figures.ReportMemo;

/**
 * The charts of an assessment (docs/outputs.md): district scores ranked, industry scores, each weighted indicator by district
 * against its target, the score trend of the city and every district, and the districts' rank intervals. Drawn at twice the screen size and saved
 * as PNG marked 192 dpi, so they print sharp; labelled in Chinese when {@link ChartFonts} found a Chinese font, else
 * in English.
 */
@Component
public class AssessmentCharts {

    static final int SCALE = 2;
    static final int DPI = 96 * SCALE;
    static final int WIDTH = 1000;
    static final int HEIGHT = 560;
    public static final String DISTRICT_SCORES = "district-scores.png";
    public static final String INDUSTRY_SCORES = "industry-scores.png";
    public static final String CITY_INDICATORS = "city-indicators.png";
    public static final String SCORE_TREND = "score-trend.png";
    public static final String RANK_INTERVALS = "rank-intervals.png";

    private static final Color CITY = new Color(0x1F, 0x1F, 0x1F);
    private static final Color MET = new Color(0x4C, 0xA6, 0x6B);
    private static final Color NOT_MET = new Color(0xD9, 0x53, 0x4F);
    private static final Color TARGET = new Color(0xC0, 0x00, 0x00);
    private static final Color INTERVAL = new Color(0x9E, 0xC5, 0xE8);
    /** Half of the bar drawn beyond each end of a rank interval, so that an interval of one place shows. */
    private static final double INTERVAL_MARGIN = 0.35;
    private static final Map<String, Color> GRADE_COLOURS = Map.of("优秀", new Color(0x2E, 0x7D, 0x32),
            "良好", new Color(0x42, 0x85, 0xF4), "合格", new Color(0xF2, 0xA9, 0x00), "待改进", new Color(0xD9, 0x53, 0x4F));
    private static final Map<String, String> GRADE_ENGLISH = Map.of("优秀", "Excellent", "良好", "Good", "合格", "Pass",
            "待改进", "Needs improvement");

    /** A rendered chart: its file name under charts/, and the PNG with the size it is meant to be shown at. */
    public record ChartImage(String fileName, byte[] png, int width, int height) {
    }

    private final ChartFonts fonts;
    private final ReportMemo memo;

    @Autowired
    AssessmentCharts(ChartFonts fonts, ReportMemo memo) {
        this.fonts = fonts;
        this.memo = memo;
    }

    /** Charts drawn anew at every call. */
    AssessmentCharts(ChartFonts fonts) {
        this(fonts, new ReportMemo());
    }

    /** A chart of these very figures: within a report, each chart is drawn once for the outputs that show it. */
    private record Drawn(AssessmentFigures figures, String fileName) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Drawn d && d.figures == figures && d.fileName.equals(fileName);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(figures) + fileName.hashCode();
        }
    }

    /** Every chart of docs/outputs.md#charts, in the order the workbook shows them. */
    public List<ChartImage> render(AssessmentFigures figures) {
        return render(figures, name -> true);
    }

    /** The charts whose file names {@code wanted} accepts, in the same order. */
    public List<ChartImage> render(AssessmentFigures figures, Predicate<String> wanted) {
        ChartFont font = fonts.font();
        Map<String, Supplier<ChartImage>> charts = new LinkedHashMap<>();
        charts.put(DISTRICT_SCORES, () -> image(DISTRICT_SCORES, districtScores(figures, font), WIDTH, HEIGHT));
        charts.put(INDUSTRY_SCORES, () -> image(INDUSTRY_SCORES, industryScores(figures, font), WIDTH, 640));
        charts.put(CITY_INDICATORS, () -> image(CITY_INDICATORS, cityIndicators(figures, font), WIDTH, HEIGHT));
        for (Indicator indicator : figures.weightedIndicators()) {
            String name = indicatorFile(indicator);
            charts.put(name, () -> image(name, indicatorByDistrict(figures, indicator, font), WIDTH, HEIGHT));
        }
        charts.put(SCORE_TREND, () -> image(SCORE_TREND, scoreTrend(figures, font), WIDTH, 620));
        charts.put(RANK_INTERVALS, () -> image(RANK_INTERVALS, rankIntervals(figures, font), WIDTH, 620));
        return charts.entrySet().stream().filter(e -> wanted.test(e.getKey()))
                .map(e -> memo.get(figures.period(), new Drawn(figures, e.getKey()), e.getValue())).toList();
    }

    /** The file of an indicator's chart by district: the key with {@code -} for {@code _}. */
    public static String indicatorFile(Indicator indicator) {
        return "indicator-" + indicator.key().replace('_', '-') + ".png";
    }

    /**
     * Each ranked district's published rank (a dot) and the interval its rank lies in over 90% of the weight draws
     * (a bar from the 5th to the 95th percentile rank), best rank first; districts without a rank left out.
     */
    JFreeChart rankIntervals(AssessmentFigures figures, ChartFont font) {
        Labels t = new Labels(font);
        List<GroupFigures> ranked = figures.districts().stream().filter(d -> d.interval() != null)
                .sorted(Comparator.comparing((GroupFigures d) -> d.interval().rank())
                        .thenComparing(GroupFigures::districtCode))
                .toList();
        String published = t.text("公布名次", "published rank");
        String interval = t.text("名次区间（5%–95%）", "rank interval (5th–95th percentile)");
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset dots = new DefaultCategoryDataset();
        for (GroupFigures d : ranked) {
            RankRobustness.Interval i = d.interval();
            String range = i.p5() == i.p95() ? Integer.toString(i.p5()) : i.p5() + "–" + i.p95();
            String label = t.text(t.name(d) + "（第 " + i.rank() + " 名，" + range + "）",
                    t.name(d) + " (rank " + i.rank() + ", " + range + ")");
            // a bar stacked on an invisible one: from half a place before the 5th percentile to half after the 95th
            bars.addValue(i.p5() - INTERVAL_MARGIN, "before", label);
            bars.addValue(i.p95() - i.p5() + 2 * INTERVAL_MARGIN, interval, label);
            dots.addValue(i.rank(), published, label);
        }
        String draws = String.format(Locale.ROOT, "%,d", figures.standards().robustness().draws());
        String noise = figures.standards().robustness().noiseFactor().movePointRight(2).stripTrailingZeros()
                .toPlainString() + "%";
        JFreeChart chart = ChartFactory.createStackedBarChart(
                t.text(figures.period().label() + " 区县排名区间（权重各自浮动 ±" + noise + "，" + draws + " 次）",
                        "District rank intervals, " + t.period(figures.period()) + " (weights ±" + noise + ", "
                                + draws + " draws)"),
                null, t.text("名次", "rank"), bars, PlotOrientation.HORIZONTAL, true, false, false);
        style(chart, font);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setRange(0.5, Math.max(ranked.size(), 1) + 0.5);
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0, 0, 0, 0));
        renderer.setSeriesVisibleInLegend(0, false);
        renderer.setSeriesPaint(1, INTERVAL);
        renderer.setMaximumBarWidth(0.6);
        LineAndShapeRenderer points = new LineAndShapeRenderer(false, true);
        points.setSeriesPaint(0, CITY);
        points.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        plot.setDataset(1, dots);
        plot.setRenderer(1, points);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return chart;
    }

    JFreeChart districtScores(AssessmentFigures figures, ChartFont font) {
        Labels t = new Labels(font);
        return scoreBars(t.text(figures.period().label() + " 区县综合得分排名", "District scores, " + t.period(figures.period())),
                figures.districts(), font);
    }

    JFreeChart industryScores(AssessmentFigures figures, ChartFont font) {
        Labels t = new Labels(font);
        return scoreBars(t.text(figures.period().label() + " 行业综合得分", "Industry scores, " + t.period(figures.period())),
                figures.industries(), font);
    }

    JFreeChart indicatorByDistrict(AssessmentFigures figures, Indicator indicator, ChartFont font) {
        Labels t = new Labels(font);
        BigDecimal target = figures.standards().target(indicator);
        String targetText = NumberFormat.getPercentInstance(Locale.ROOT).format(target);
        List<GroupFigures> districts = figures.districts().stream().filter(d -> d.value(indicator) != null)
                .sorted(Comparator.comparing((GroupFigures d) -> d.value(indicator)).reversed()
                        .thenComparing(GroupFigures::districtCode))
                .toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (GroupFigures d : districts) {
            data.addValue(d.value(indicator), indicator.key(), t.name(d));
        }
        JFreeChart chart = ChartFactory.createBarChart(
                t.text(figures.period().label() + " 各区县" + indicator.chineseName() + "（目标 " + targetText + "）",
                        indicator.englishName() + " by district, " + t.period(figures.period()) + " (target "
                                + targetText + ")"),
                null, null, data, PlotOrientation.VERTICAL, false, false, false);
        style(chart, font);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        double highest = districts.stream().mapToDouble(d -> d.value(indicator).doubleValue()).max().orElse(1);
        axis.setRange(0, Math.max(1.0, highest) * 1.08);
        List<Boolean> met = districts.stream().map(d -> d.value(indicator).compareTo(target) >= 0).toList();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return met.get(column) ? MET : NOT_MET;
            }
        };
        bars(renderer, font, new DecimalFormat("0.0%"));
        plot.setRenderer(renderer);
        ValueMarker line = new ValueMarker(target.doubleValue(), TARGET, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f));
        line.setLabel(t.text("目标 ", "target ") + targetText);
        line.setLabelFont(font.font().deriveFont(Font.BOLD, 12f));
        line.setLabelPaint(TARGET);
        line.setLabelBackgroundColor(Color.WHITE);
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(line);
        return chart;
    }

    /**
     * The city's value of every indicator with a value, green when met and red when not, each with its target as a
     * dark mark across its bar (the targets differ: reporting is held to 100%).
     */
    JFreeChart cityIndicators(AssessmentFigures figures, ChartFont font) {
        Labels t = new Labels(font);
        List<Indicator> shown = List.of(Indicator.values()).stream().filter(i -> figures.city().value(i) != null)
                .toList();
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        DefaultCategoryDataset targets = new DefaultCategoryDataset();
        String valueSeries = t.text("全市值", "city");
        String targetSeries = t.text("目标值", "target");
        for (Indicator indicator : shown) {
            String label = t.text(indicator.chineseName(), indicator.englishName());
            values.addValue(figures.city().value(indicator), valueSeries, label);
            targets.addValue(figures.standards().target(indicator), targetSeries, label);
        }
        JFreeChart chart = ChartFactory.createBarChart(
                t.text(figures.period().label() + " 全市各项指标完成情况", "City indicators against their targets, "
                        + t.period(figures.period())),
                null, null, values, PlotOrientation.VERTICAL, true, false, false);
        style(chart, font);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        double highest = shown.stream().mapToDouble(i -> figures.city().value(i).doubleValue()).max().orElse(1);
        axis.setRange(0, Math.max(1.0, highest) * 1.1);
        List<Boolean> met = shown.stream()
                .map(i -> figures.city().value(i).compareTo(figures.standards().target(i)) >= 0).toList();
        // the value of a bar below its target goes inside the bar's top, where the target mark just above cannot
        // cover it (unless the bar is too short to hold it); a bar reaching its target has its value above it
        List<Boolean> inside = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            inside.add(!met.get(i) && figures.city().value(shown.get(i)).doubleValue() >= 0.1);
        }
        ItemLabelPosition top = new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER);
        ItemLabelPosition above = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return met.get(column) ? MET : NOT_MET;
            }

            @Override
            public Paint getItemLabelPaint(int row, int column) {
                return inside.get(column) ? Color.WHITE : Color.BLACK;
            }

            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
                return inside.get(column) ? top : above;
            }
        };
        bars(renderer, font, new DecimalFormat("0.0%"));
        renderer.setMaximumBarWidth(0.1);
        renderer.setDefaultItemLabelFont(font.font().deriveFont(Font.BOLD, 11f));
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.4f);
        plot.setRenderer(renderer);
        LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, new Rectangle2D.Double(-28, -1.5, 56, 3));
        marks.setSeriesPaint(0, TARGET);
        plot.setDataset(1, targets);
        plot.setRenderer(1, marks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(t.text("达标", "met"), MET));
        legend.add(new LegendItem(t.text("未达标", "not met"), NOT_MET));
        legend.add(new LegendItem(targetSeries, TARGET));
        plot.setFixedLegendItems(legend);
        return chart;
    }

    JFreeChart scoreTrend(AssessmentFigures figures, ChartFont font) {
        Labels t = new Labels(font);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> series = new ArrayList<>();
        series.add(t.name(figures.city()));
        for (int i = 0; i < figures.trendPeriods().size(); i++) {
            data.addValue(figures.trend().get(AssessmentFigures.CITY).get(i), series.get(0),
                    figures.trendPeriods().get(i).toString());
        }
        for (GroupFigures d : figures.districts().stream().sorted(Comparator.comparing(GroupFigures::districtCode))
                .toList()) {
            List<BigDecimal> scores = figures.trend().get(d.districtCode());
            if (scores == null || scores.stream().allMatch(s -> s == null)) {
                continue;
            }
            series.add(t.name(d));
            for (int i = 0; i < figures.trendPeriods().size(); i++) {
                data.addValue(scores.get(i), t.name(d), figures.trendPeriods().get(i).toString());
            }
        }
        Period first = figures.trendPeriods().get(0);
        Period last = figures.trendPeriods().get(figures.trendPeriods().size() - 1);
        JFreeChart chart = ChartFactory.createLineChart(
                t.text("全市及各区县综合得分趋势（" + first + "–" + last + "）",
                        "Scores of the city and the districts, " + first + "–" + last),
                null, t.text("得分", "score"), data, PlotOrientation.VERTICAL, true, false, false);
        style(chart, font);
        CategoryPlot plot = chart.getCategoryPlot();
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(i == 0 ? 3.5f : 1.5f));
        }
        renderer.setSeriesPaint(0, CITY);
        chart.getLegend().setItemFont(font.font().deriveFont(10f));
        return chart;
    }

    /** Horizontal bars, highest first, coloured by grade; groups without a score are left out. */
    private JFreeChart scoreBars(String title, List<GroupFigures> groups, ChartFont font) {
        Labels t = new Labels(font);
        List<GroupFigures> scored = groups.stream().filter(g -> g.score() != null).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (GroupFigures g : scored) {
            data.addValue(g.score(), "score", t.name(g));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, t.text("得分", "score"), data,
                PlotOrientation.HORIZONTAL, true, false, false);
        style(chart, font);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, 105);
        List<String> grades = scored.stream().map(GroupFigures::grade).toList();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                String grade = grades.get(column);
                return grade == null ? Color.GRAY : GRADE_COLOURS.getOrDefault(grade, Color.GRAY);
            }
        };
        bars(renderer, font, new DecimalFormat("0.00"));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        plot.setRenderer(renderer);
        LegendItemCollection legend = new LegendItemCollection();
        for (String grade : IndicatorTexts.GRADES) {
            legend.add(new LegendItem(t.text(grade, GRADE_ENGLISH.get(grade)), GRADE_COLOURS.get(grade)));
        }
        plot.setFixedLegendItems(legend);
        return chart;
    }

    private static void bars(BarRenderer renderer, ChartFont font, NumberFormat format) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font.font().deriveFont(10f));
    }

    /** Fonts and colours, per chart: ChartFactory's shared theme is left alone. */
    private static void style(JFreeChart chart, ChartFont font) {
        StandardChartTheme theme = new StandardChartTheme("unionstat", false);
        Font base = font.font();
        theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 18f));
        theme.setLargeFont(base.deriveFont(Font.BOLD, 13f));
        theme.setRegularFont(base.deriveFont(Font.PLAIN, 12f));
        theme.setSmallFont(base.deriveFont(Font.PLAIN, 10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        theme.setDomainGridlinePaint(new Color(0xE8, 0xE8, 0xE8));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** Draws a chart at {@link #SCALE} times the given screen size into a PNG marked {@link #DPI} dpi. */
    static ChartImage image(String fileName, JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return new ChartImage(fileName, PngEncoding.png(image, DPI), width, height);
    }

    /** Chinese or English text, as the chart font allows; a name the font cannot show is given in English. */
    private record Labels(ChartFont font) {
        String text(String zh, String en) {
            return font.chinese() ? zh : en;
        }

        String name(GroupFigures group) {
            return font.chinese() && font.displays(group.name()) ? group.name() : group.nameEn();
        }

        String period(Period period) {
            return period.isYear() ? Integer.toString(period.year()) : period.year() + " Q" + period.quarter();
        }
    }
}
