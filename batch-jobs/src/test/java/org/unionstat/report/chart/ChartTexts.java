package org.unionstat.report.chart;

import java.awt.Font;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

import org.unionstat.domain.District;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.Industry;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.indicators.IndicatorResult;
import org.unionstat.report.chart.ChartFonts.ChartFont;
import org.unionstat.report.figures.AssessmentFigures;
import org.unionstat.report.figures.GroupFigures;
import org.unionstat.report.figures.WorkbookStandards;

/** Every text a chart draws, with the font it is drawn in; and figures naming every district and industry. */
final class ChartTexts {

    record Text(String text, Font font) {

        boolean displayable() {
            return font.canDisplayUpTo(text) == -1;
        }
    }

    private ChartTexts() {
    }

    /** Every chart of a period, each built as {@link AssessmentCharts#render} builds it. */
    static List<JFreeChart> every(AssessmentCharts charts, AssessmentFigures figures, ChartFont font) {
        List<JFreeChart> all = new ArrayList<>(List.of(charts.districtScores(figures, font),
                charts.industryScores(figures, font), charts.cityIndicators(figures, font),
                charts.scoreTrend(figures, font)));
        for (Indicator indicator : figures.weightedIndicators()) {
            all.add(charts.indicatorByDistrict(figures, indicator, font));
        }
        return all;
    }

    /** Titles, legend items, category and axis labels and marker labels of a category chart. */
    static List<Text> of(JFreeChart chart) {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(chart.getTitle().getText(), chart.getTitle().getFont()));
        CategoryPlot plot = chart.getCategoryPlot();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title subtitle = chart.getSubtitle(i);
            if (subtitle instanceof TextTitle t) {
                texts.add(new Text(t.getText(), t.getFont()));
            } else if (subtitle instanceof LegendTitle legend) {
                LegendItemCollection items = plot.getLegendItems();
                for (int j = 0; j < items.getItemCount(); j++) {
                    LegendItem item = items.get(j);
                    texts.add(new Text(item.getLabel(), legend.getItemFont()));
                }
            }
        }
        for (Object category : plot.getCategories()) {
            texts.add(new Text(category.toString(), plot.getDomainAxis().getTickLabelFont()));
        }
        if (plot.getDomainAxis().getLabel() != null) {
            texts.add(new Text(plot.getDomainAxis().getLabel(), plot.getDomainAxis().getLabelFont()));
        }
        if (plot.getRangeAxis().getLabel() != null) {
            texts.add(new Text(plot.getRangeAxis().getLabel(), plot.getRangeAxis().getLabelFont()));
        }
        for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
            if (plot.getRangeMarkers(layer) != null) {
                for (Object marker : plot.getRangeMarkers(layer)) {
                    Marker m = (Marker) marker;
                    if (m.getLabel() != null) {
                        texts.add(new Text(m.getLabel(), m.getLabelFont()));
                    }
                }
            }
        }
        texts.add(new Text("0123456789.%", plot.getRenderer().getDefaultItemLabelFont()));
        return texts;
    }

    /** 2026Q3 after 2026Q2: every district and industry of {@code reference} ranked, with every indicator. */
    static AssessmentFigures everyName(ReferenceData reference) {
        Period q3 = Period.parse("2026Q3");
        List<GroupFigures> districts = new ArrayList<>();
        Map<String, List<BigDecimal>> trend = new LinkedHashMap<>();
        trend.put(AssessmentFigures.CITY, List.of(new BigDecimal("80.00"), new BigDecimal("82.00")));
        int rank = 0;
        for (District d : reference.districts()) {
            rank++;
            districts.add(group(d.code(), "", d.name(), d.nameEn(), rank));
            trend.put(d.code(), List.of(BigDecimal.valueOf(70 + rank), BigDecimal.valueOf(100 - rank)));
        }
        List<GroupFigures> industries = new ArrayList<>();
        rank = 0;
        for (Industry i : reference.industries()) {
            industries.add(group("", i.code(), i.name(), i.nameEn(), ++rank));
        }
        return new AssessmentFigures(q3, q3.previous(), true, WorkbookStandards.defaults(),
                group("", "", "全市", "City", null), districts, industries, List.of(), Map.of(),
                List.of(q3.previous(), q3), trend);
    }

    private static GroupFigures group(String district, String industry, String name, String nameEn, Integer rank) {
        Map<Indicator, IndicatorResult> indicators = new EnumMap<>(Indicator.class);
        BigDecimal value = BigDecimal.valueOf(rank == null ? 85 : 100 - rank * 2, 2);
        for (Indicator indicator : Indicator.values()) {
            indicators.put(indicator, new IndicatorResult("2026Q3", "district", district, industry, indicator.key(),
                    value.movePointRight(2).longValue(), 100, value, new BigDecimal("0.90"),
                    value.compareTo(new BigDecimal("0.90")) >= 0 ? "Y" : "N", rank));
        }
        BigDecimal score = BigDecimal.valueOf(rank == null ? 8_500 : 10_000 - rank * 150, 2);
        String grade = score.compareTo(BigDecimal.valueOf(95)) >= 0 ? "优秀" : score.compareTo(BigDecimal.valueOf(85))
                >= 0 ? "良好" : score.compareTo(BigDecimal.valueOf(70)) >= 0 ? "合格" : "待改进";
        return new GroupFigures(district, industry, name, nameEn, score, grade, rank, indicators, null, null);
    }
}
