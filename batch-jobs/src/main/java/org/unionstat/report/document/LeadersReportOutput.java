package org.unionstat.report.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.report.chart.AssessmentCharts;
import org.unionstat.report.chart.AssessmentCharts.ChartImage;
import org.unionstat.report.document.LeadersReportFacts.ReportingGaps;
import org.unionstat.report.figures.AssessmentAnalyses;
import org.unionstat.report.figures.AssessmentFigures;
import org.unionstat.report.figures.AssessmentFiguresLoader;
import org.unionstat.report.figures.ReportOutput;
import org.unionstat.report.figures.ReportScope;
import org.unionstat.report.figures.WorkbookMapper;
import org.unionstat.report.figures.WorkbookMapper.ReportingGapCount;
import org.unionstat.report.figures.WorkbookMapper.ReportingQuery;
import org.unionstat.report.template.DocumentLayouts;
import org.unionstat.report.template.DocumentTemplates;
import org.unionstat.report.template.TemplateDocument;
import org.unionstat.report.template.TemplateDocument.Picture;

/**
 * {@code P/report-P.docx} (docs/outputs.md#leaders-report): the leaders' report (通报) drafted from the stored figures
 * of a quarter or a year, in the layout and wording of {@code templates/report.docx}, with the charts of the period.
 */
@Component
@Order(120)
public class LeadersReportOutput implements ReportOutput {

    /** The chart of every indicator of the score below its target: {@code {{chart:unmet-indicators}}}. */
    static final String UNMET_INDICATORS = "unmet-indicators";

    private final AssessmentFiguresLoader loader;
    private final WorkbookMapper mapper;
    private final AssessmentCharts charts;
    private final DocumentTemplates templates;
    private final ReferenceData reference;
    private final Clock clock;

    @Autowired
    public LeadersReportOutput(AssessmentFiguresLoader loader, WorkbookMapper mapper, AssessmentCharts charts,
            DocumentTemplates templates, ReferenceData reference) {
        this(loader, mapper, charts, templates, reference, Clock.systemDefaultZone());
    }

    LeadersReportOutput(AssessmentFiguresLoader loader, WorkbookMapper mapper, AssessmentCharts charts,
            DocumentTemplates templates, ReferenceData reference, Clock clock) {
        this.loader = loader;
        this.mapper = mapper;
        this.charts = charts;
        this.templates = templates;
        this.reference = reference;
        this.clock = clock;
    }

    /** The document's path for a period under the output directory. */
    public static Path file(Path outDir, Period period) {
        return outDir.resolve(period.toString()).resolve("report-" + period + ".docx");
    }

    @Override
    public void write(Period period, Path outDir) {
        AssessmentFigures figures = loader.load(period);
        LocalDateTime generated = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LeadersReport report = new LeadersReport(facts(figures, generated));
        try (TemplateDocument document = templates.open(DocumentLayouts.REPORT)) {
            document.fill(report.content(pictures(figures, document.chartNames(), report.unmet())));
            document.describe(LeadersReport.title(period), generated);
            document.write(file(outDir, period));
        }
    }

    LeadersReportFacts facts(AssessmentFigures figures, LocalDateTime generated) {
        Period period = figures.period();
        ReportScope scope = ReportScope.of(period);
        return new LeadersReportFacts(figures, mapper.findReportSources(scope.quarterKeys()),
                mapper.findRegistrySources(period.year()), mapper.countRejectedRows(scope.quarterKeys()),
                reportingGaps(scope.reporting(figures.standards())), AssessmentAnalyses.of(figures),
                reference.districts().size(), reference.industries().size(), generated);
    }

    private ReportingGaps reportingGaps(List<ReportingQuery> queries) {
        long missing = 0;
        long late = 0;
        Map<String, long[]> byDistrict = new HashMap<>();
        for (ReportingQuery query : queries) {
            ReportingGapCount count = mapper.countReportingGaps(query);
            missing += count.missing();
            late += count.late();
            if (count.missing() + count.late() > 0) {
                mapper.streamReportingGaps(query, c -> {
                    long[] n = byDistrict.computeIfAbsent(c.getResultObject().districtCode() == null ? ""
                            : c.getResultObject().districtCode(), k -> new long[2]);
                    n[c.getResultObject().submittedOn() == null ? 0 : 1]++;
                });
            }
        }
        Map<String, ReportingGaps.Count> counts = new LinkedHashMap<>();
        byDistrict.forEach((code, n) -> counts.put(code, new ReportingGaps.Count(n[0], n[1])));
        return new ReportingGaps(missing, late, counts);
    }

    /**
     * The pictures of every chart the document can show, by name: a chart's file name without {@code .png}, and
     * {@value #UNMET_INDICATORS}. Only the charts the template asks for are drawn.
     */
    private Map<String, List<Picture>> pictures(AssessmentFigures figures, Set<String> wanted, List<Indicator> unmet) {
        List<Indicator> unmetCharts = unmet.stream().filter(i -> figures.weightedIndicators().contains(i)).toList();
        Map<String, List<String>> files = new LinkedHashMap<>();
        for (String file : List.of(AssessmentCharts.DISTRICT_SCORES, AssessmentCharts.INDUSTRY_SCORES,
                AssessmentCharts.CITY_INDICATORS, AssessmentCharts.SCORE_TREND)) {
            files.put(stem(file), List.of(file));
        }
        figures.weightedIndicators().forEach(i -> files.put(stem(AssessmentCharts.indicatorFile(i)),
                List.of(AssessmentCharts.indicatorFile(i))));
        files.put(UNMET_INDICATORS, unmetCharts.stream().map(AssessmentCharts::indicatorFile).toList());

        Set<String> drawn = new HashSet<>();
        files.forEach((name, names) -> {
            if (wanted.contains(name)) {
                drawn.addAll(names);
            }
        });
        Map<String, ChartImage> images = new HashMap<>();
        charts.render(figures, drawn::contains).forEach(i -> images.put(i.fileName(), i));
        Map<String, List<Picture>> pictures = new LinkedHashMap<>();
        files.forEach((name, names) -> {
            List<Picture> list = new ArrayList<>();
            for (String file : names) {
                ChartImage image = images.get(file);
                if (image != null) {
                    list.add(new Picture(image.png(), image.width(), image.height()));
                }
            }
            pictures.put(name, list);
        });
        return pictures;
    }

    private static String stem(String file) {
        return file.substring(0, file.length() - ".png".length());
    }
}
