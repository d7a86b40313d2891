package org.unionstat.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.domain.District;
import org.unionstat.domain.Indicator;
import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.ingest.Imports;
import org.unionstat.run.PeriodRun;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.PeriodTables;
import org.unionstat.testing.Reports;

/**
 * The leaders' report written by real runs (import, compute, report) of 2078Q1, 2078Q2 and the year 2078, read back
 * with POI: its headings and tables, and every number of its sentences, against the CSV outputs of the same period;
 * the wording rules; a quarter with and without a previous one, a year without one; districts without reports. On H2
 * and MariaDB.
 *
 * <p>The data: 朝阳 unions 1–4 and 海淀 5–7 meet most targets, 东城 8–9 fall short of most; 丰台 has required units in the
 * registry but no union files (coverage 0%, ranked on what it has), the other districts nothing at all. In 2078Q2
 * union 9 does not file, union 7 files late, union 1 has one member more; migrant enrollment stays at 50% (持平). Each
 * quarter's file has one row rejected (E02).
 */
class LeadersReportTests {

    static final Period Q1 = Period.parse("2078Q1");
    static final Period Q2 = Period.parse("2078Q2");
    static final Period YEAR = Period.ofYear(2078);
    static final String[] PERIODS = {"2078Q1", "2078Q2", "2078"};
    static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Written {

        @Autowired
        PeriodRun runs;
        @Autowired
        Imports registries;
        @Autowired
        JdbcTemplate jdbc;
        @Autowired
        ReferenceData reference;

        /** Made by hand: JUnit fills a @TempDir field only after the @BeforeAll of a nested class has run. */
        Path dir;

        Path out;

        @BeforeAll
        void runThePeriods() throws IOException {
            dir = Files.createTempDirectory("leaders-report");
            new PeriodTables(jdbc).clear(PERIODS);
            out = dir.resolve("out");
            assertThat(registries.importRegistry(2078, registry(dir.resolve("registry-2078.csv")), out).refused())
                    .isFalse();
            for (Period quarter : List.of(Q1, Q2)) {
                Path file = reports(dir.resolve("in").resolve(quarter.toString()).resolve("reports.csv"), quarter);
                assertThat(runs.run(quarter, List.of(file), out).status()).isEqualTo(BatchStatus.COMPLETED);
            }
            assertThat(runs.run(YEAR, List.of(), out).status()).isEqualTo(BatchStatus.COMPLETED);
        }

        @AfterAll
        void cleanUp() throws IOException {
            new PeriodTables(jdbc).clear(PERIODS);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }

        @Test
        void aQuarterAfterAnotherComparesWithItAndEveryNumberIsTheCsvs() throws IOException {
            Report report = read(Q2);
            assertThat(report.title()).isEqualTo("关于2078年第2季度基层工会工作评估情况的通报（初稿）");
            assertThat(report.headings()).containsExactly("一、总体情况", "二、排名情况", "三、存在的问题", "四、下一步工作建议");
            assertThat(report.attachments()).containsExactly("附件1", "附件2");

            checkScoreSentence(report, Q2, true);
            checkIndicatorSentences(report, Q2, true);
            checkCityTable(report, Q2, true);
            checkRankingTable(report.tables().get(1), Q2, true, true);
            checkRankingTable(report.tables().get(2), Q2, false, true);
            checkRankingSentence(report, Q2);
            checkShortfalls(report, Q2);
            checkWording(report);

            assertThat(report.paragraph("全市农民工入会率")).as("50% both quarters").contains("与上季度持平");
            assertThat(report.paragraph("全市按时报送率")).contains("应报基层工会 9 家，按时报送 7 家");
            assertThat(report.text()).contains("未报送 1 家，逾期报送 1 家").contains("东城区（未报送 1 家、逾期 0 家）")
                    .contains("海淀区（未报送 0 家、逾期 1 家）");
            assertThat(report.text()).contains("共退回 " + rejectedRows(Q2) + " 行")
                    .contains("人数不是非负整数（E02）1 行");
            assertThat(report.paragraph("与上季度相比")).isNotEmpty();
            assertThat(report.tables()).as("city, districts, industries: no data sources for a quarter").hasSize(3);
        }

        @Test
        void aQuarterWithoutAPreviousOneMakesNoComparison() throws IOException {
            Report report = read(Q1);
            assertThat(report.text()).contains("2077年第4季度无评估数据，本期不与上期比较。")
                    .contains("2077年第4季度无评估数据，不作名次比较。")
                    .doesNotContain("较上季度").doesNotContain("与上季度").doesNotContain("上升").doesNotContain("下降");
            checkScoreSentence(report, Q1, false);
            checkIndicatorSentences(report, Q1, false);
            checkCityTable(report, Q1, false);
            checkRankingTable(report.tables().get(1), Q1, true, false);
            checkRankingSentence(report, Q1);
            checkShortfalls(report, Q1);
            checkWording(report);
            assertThat(report.paragraph("全市按时报送率")).as("nobody was expected to file the first quarter")
                    .isEqualTo("全市按时报送率本期无数据（应报基层工会数为 0）。");
        }

        @Test
        void aYearWithoutAPreviousOneHasItsDataSourcesAndEveryNumberIsTheCsvs() throws IOException {
            Report report = read(YEAR);
            assertThat(report.title()).isEqualTo("关于2078年度基层工会工作评估情况的通报（初稿）");
            assertThat(report.attachments()).containsExactly("附件1", "附件2", "附件3");
            assertThat(report.text()).contains("2077年度无评估数据，本期不与上期比较。")
                    .contains("（报表涵盖2078年第1季度至第2季度）")
                    .contains("依据2078年第1季度至第2季度各基层工会报送的季度报表和2078年单位名录")
                    .contains("全年各季度应报送报表的基层工会中，累计未报送 19 家次，逾期报送 1 家次")
                    .as("Q2: union 9; Q3 and Q4: the nine unions of Q1 and Q2, none of which filed yet")
                    .contains("其中2078年第3季度至第4季度尚未导入报表，应报的基层工会均计为未报送");
            checkScoreSentence(report, YEAR, false);
            checkIndicatorSentences(report, YEAR, false);
            checkCityTable(report, YEAR, false);
            checkRankingTable(report.tables().get(1), YEAR, true, false);
            checkRankingSentence(report, YEAR);
            checkShortfalls(report, YEAR);
            checkWording(report);
            XWPFTable sources = report.tables().get(3);
            assertThat(cells(sources.getRow(0))).containsExactly("类型", "报告期", "文件名", "读取行数", "接收行数", "退回行数");
            assertThat(sources.getRows().stream().skip(1).map(this::cells).toList()).containsExactly(
                    List.of("季度报表", "2078Q1", "reports.csv", "10", "9", "1"),
                    List.of("季度报表", "2078Q2", "reports.csv", "9", "8", "1"),
                    List.of("单位名录", "2078", "registry-2078.csv", "13", "13", "0"));
            assertThat(report.pictures()).as("district scores, city indicators, trend, and each unmet indicator")
                    .isEqualTo(3 + report.unmetWeighted());
        }

        @Test
        void districtsWithoutReportsAreSaidToHaveNoneAndOnlyWhatTheFiguresShow() throws IOException {
            Report report = read(Q2);
            String ranking = report.paragraphAfter("二、排名情况", "本期没有基层工会报表");
            assertThat(ranking).contains("丰台区本期没有基层工会报表，其得分仅由有数据的指标计算。");
            List<String> silent = reference.districts().stream().map(District::name)
                    .filter(n -> !List.of("朝阳区", "海淀区", "东城区", "丰台区").contains(n)).toList();
            assertThat(ranking).contains(String.join("、", silent) + "本期没有基层工会报表，未参与排名。");
            Map<String, CSVRecord> scores = districtScores(Q2);
            assertThat(scores.get("110106").get("grade")).isEqualTo("待改进");
            assertThat(scores.get("110102").get("score")).isEmpty();
        }

        // ---- checks against the CSV outputs

        void checkScoreSentence(Report report, Period period, boolean previous) throws IOException {
            CSVRecord city = csv(period, "scores").stream().filter(r -> r.get("dimension").equals("city"))
                    .findFirst().orElseThrow();
            String sentence = report.paragraph(period.label() + "，全市基层工会工作综合得分");
            Matcher m = Pattern.compile("综合得分 (\\d+\\.\\d\\d) 分，等级为“(.+?)”(，较上季度(提高|下降) (\\d+\\.\\d\\d) 分"
                    + "|，与上季度持平)?。").matcher(sentence);
            assertThat(m.find()).as(sentence).isTrue();
            assertThat(m.group(1)).isEqualTo(city.get("score"));
            assertThat(m.group(2)).isEqualTo(city.get("grade"));
            if (!previous) {
                assertThat(m.group(3)).isNull();
                return;
            }
            CSVRecord before = csv(period.previous(), "scores").stream()
                    .filter(r -> r.get("dimension").equals("city")).findFirst().orElseThrow();
            BigDecimal change = new BigDecimal(city.get("score")).subtract(new BigDecimal(before.get("score")));
            if (change.signum() == 0) {
                assertThat(m.group(3)).isEqualTo("，与上季度持平");
            } else {
                assertThat(m.group(4)).isEqualTo(change.signum() > 0 ? "提高" : "下降");
                assertThat(new BigDecimal(m.group(5))).isEqualByComparingTo(change.abs());
            }
        }

        void checkIndicatorSentences(Report report, Period period, boolean previous) throws IOException {
            Map<String, CSVRecord> now = cityIndicators(period);
            Map<String, CSVRecord> before = previous ? cityIndicators(period.previous()) : Map.of();
            for (Indicator indicator : Indicator.values()) {
                CSVRecord r = now.get(indicator.key());
                String sentence = report.paragraph("全市" + indicator.chineseName());
                if (r.get("value").isEmpty()) {
                    assertThat(sentence).contains("本期无数据").doesNotContain("%");
                    continue;
                }
                Matcher m = Pattern.compile("全市" + indicator.chineseName() + " (\\d+\\.\\d)%（(.+?)），(高于|达到|低于|略低于) "
                        + "(\\d+(?:\\.\\d+)?)% 的目标(?: (\\d+\\.\\d) 个百分点)?(?:，较上(?:季度|年)(提高|下降) (\\d+\\.\\d) 个百分点"
                        + "|(，与上(?:季度|年)持平))?").matcher(sentence);
                assertThat(m.find()).as(sentence).isTrue();
                BigDecimal value = percent(r.get("value"));
                BigDecimal target = new BigDecimal(r.get("target")).movePointRight(2);
                assertThat(new BigDecimal(m.group(1))).as(sentence).isEqualByComparingTo(value);
                assertThat(new BigDecimal(m.group(4))).as(sentence).isEqualByComparingTo(target);
                List<String> counts = numbers(m.group(2));
                assertThat(counts).as("denominator and numerator of " + sentence)
                        .containsExactly(r.get("denominator"), r.get("numerator"));
                BigDecimal gap = value.subtract(target);
                switch (m.group(3)) {
                    case "高于" -> assertThat(new BigDecimal(m.group(5))).isEqualByComparingTo(gap);
                    case "低于" -> assertThat(new BigDecimal(m.group(5))).isEqualByComparingTo(gap.negate());
                    case "达到" -> assertThat(gap.signum()).isZero();
                    default -> assertThat(r.get("met")).isEqualTo("N");
                }
                assertThat(m.group(3).endsWith("于") && !m.group(3).equals("高于") ? "N" : "Y")
                        .as("met as the CSV says: " + sentence).isEqualTo(r.get("met"));
                CSVRecord b = before.get(indicator.key());
                if (!previous || b == null || b.get("value").isEmpty()) {
                    assertThat(m.group(6)).isNull();
                    assertThat(m.group(8)).isNull();
                    continue;
                }
                BigDecimal change = value.subtract(percent(b.get("value")));
                if (change.signum() == 0) {
                    assertThat(m.group(8)).as(sentence).isNotNull();
                } else {
                    assertThat(m.group(6)).as(sentence).isEqualTo(change.signum() > 0 ? "提高" : "下降");
                    assertThat(new BigDecimal(m.group(7))).isEqualByComparingTo(change.abs());
                }
            }
        }

        void checkCityTable(Report report, Period period, boolean previous) throws IOException {
            XWPFTable table = report.tables().get(0);
            List<String> header = cells(table.getRow(0));
            assertThat(header).startsWith("指标", "全市值", "目标值", "与目标相比（个百分点）")
                    .hasSize(previous ? 6 : 4);
            Map<String, CSVRecord> now = cityIndicators(period);
            Map<String, CSVRecord> before = previous ? cityIndicators(period.previous()) : Map.of();
            assertThat(table.getRows()).hasSize(1 + Indicator.values().length);
            for (int i = 0; i < Indicator.values().length; i++) {
                Indicator indicator = Indicator.values()[i];
                CSVRecord r = now.get(indicator.key());
                List<String> row = cells(table.getRow(i + 1));
                assertThat(row.get(0)).startsWith(indicator.chineseName());
                if (r.get("value").isEmpty()) {
                    assertThat(row.get(1)).isEqualTo("—");
                    continue;
                }
                BigDecimal value = percent(r.get("value"));
                assertThat(row.get(1)).isEqualTo(value.toPlainString() + "%");
                assertThat(new BigDecimal(row.get(3))).isEqualByComparingTo(
                        value.subtract(new BigDecimal(r.get("target")).movePointRight(2)));
                if (previous && !before.get(indicator.key()).get("value").isEmpty()) {
                    BigDecimal was = percent(before.get(indicator.key()).get("value"));
                    assertThat(row.get(4)).isEqualTo(was.toPlainString() + "%");
                    assertThat(new BigDecimal(row.get(5))).isEqualByComparingTo(value.subtract(was));
                }
            }
        }

        void checkRankingTable(XWPFTable table, Period period, boolean districts, boolean previous)
                throws IOException {
            List<String> header = cells(table.getRow(0));
            assertThat(header).as("the rank change only after a previous period; the rank interval always")
                    .containsExactlyElementsOf(previous ? List.of("名次", districts ? "区县" : "行业", "得分", "等级",
                            "名次变化", "名次区间") : List.of("名次", districts ? "区县" : "行业", "得分", "等级", "名次区间"));
            Map<String, CSVRecord> scores = districts ? districtScores(period) : industryScores(period);
            Map<String, CSVRecord> intervals = new HashMap<>();
            csv(period, "rank-robustness").stream()
                    .filter(r -> r.get("dimension").equals(districts ? "district" : "industry"))
                    .forEach(r -> intervals.put(r.get(districts ? "district_code" : "industry_code"), r));
            int withInterval = 0;
            Map<String, String> codes = new HashMap<>();
            reference.districts().forEach(d -> codes.put(d.name(), d.code()));
            reference.industries().forEach(i -> codes.put(i.code() + " " + i.name(), i.code()));
            assertThat(table.getRows()).hasSize(1 + scores.size());
            Integer lastRank = 0;
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                List<String> cells = cells(row);
                CSVRecord r = scores.get(codes.get(cells.get(1)));
                assertThat(r).as(cells.get(1)).isNotNull();
                assertThat(cells.get(0)).isEqualTo(r.get("rank").isEmpty() ? "—" : r.get("rank"));
                assertThat(cells.get(2)).isEqualTo(r.get("score").isEmpty() ? "—" : r.get("score"));
                assertThat(cells.get(3)).isEqualTo(r.get("grade").isEmpty() ? "—" : r.get("grade"));
                CSVRecord interval = intervals.get(codes.get(cells.get(1)));
                String expected = interval == null ? "—" : interval.get("rank_p5").equals(interval.get("rank_p95"))
                        ? interval.get("rank_p5") : interval.get("rank_p5") + "—" + interval.get("rank_p95");
                assertThat(cells.get(cells.size() - 1)).as("rank interval of " + cells.get(1)).isEqualTo(expected);
                if (interval != null) {
                    withInterval++;
                }
                if (!r.get("rank").isEmpty()) {
                    assertThat(Integer.parseInt(r.get("rank"))).as("ranked in order").isGreaterThanOrEqualTo(lastRank);
                    lastRank = Integer.parseInt(r.get("rank"));
                }
            }
            assertThat(withInterval).as("every ranked group has its interval")
                    .isEqualTo(scores.values().stream().filter(r -> !r.get("rank").isEmpty()).count()).isPositive();
        }

        /** 「前三名依次为朝阳区（96.50 分，第1名）、…」: every name, score and rank as in the CSV. */
        void checkRankingSentence(Report report, Period period) throws IOException {
            String sentence = report.paragraph("参与排名的");
            Map<String, CSVRecord> scores = districtScores(period);
            Map<String, String> codes = new HashMap<>();
            reference.districts().forEach(d -> codes.put(d.name(), d.code()));
            Matcher m = Pattern.compile("(\\p{IsHan}+?)（(\\d+\\.\\d\\d) 分，第(\\d+)名）").matcher(sentence);
            int named = 0;
            while (m.find()) {
                String name = m.group(1).replaceFirst("^.*(依次为|、)", "");
                CSVRecord r = scores.get(codes.get(name));
                assertThat(r).as(name + " in " + sentence).isNotNull();
                assertThat(m.group(2)).isEqualTo(r.get("score"));
                assertThat(m.group(3)).isEqualTo(r.get("rank"));
                named++;
            }
            long ranked = scores.values().stream().filter(r -> !r.get("rank").isEmpty()).count();
            assertThat(named).as(sentence).isEqualTo((int) Math.min(ranked, 6));
            assertThat(sentence).contains("参与排名的 " + ranked + " 个区县");
        }

        /** Each 「区县（52.1%，低于目标 37.9 个百分点）」 of 三、存在的问题 as in the CSV. */
        void checkShortfalls(Report report, Period period) throws IOException {
            Map<String, String> codes = new HashMap<>();
            reference.districts().forEach(d -> codes.put(d.name(), d.code()));
            List<String> problems = report.section("三、存在的问题");
            int checked = 0;
            for (Indicator indicator : Indicator.values()) {
                CSVRecord city = cityIndicators(period).get(indicator.key());
                String lead = indicator.chineseName() + "未达到目标。";
                List<String> paragraph = problems.stream().filter(p -> p.contains(lead)).toList();
                assertThat(paragraph).as(lead).hasSize("N".equals(city.get("met")) ? 1 : 0);
                if (paragraph.isEmpty()) {
                    continue;
                }
                Matcher m = Pattern.compile("(\\p{IsHan}+?)（(\\d+\\.\\d)%，低于目标 (\\d+\\.\\d) 个百分点）")
                        .matcher(paragraph.get(0));
                while (m.find()) {
                    String name = m.group(1).replaceFirst("^.*(是|、)", "");
                    CSVRecord r = indicatorRow(period, "district", codes.get(name), indicator);
                    assertThat(r.get("met")).isEqualTo("N");
                    BigDecimal value = percent(r.get("value"));
                    assertThat(new BigDecimal(m.group(2))).isEqualByComparingTo(value);
                    assertThat(new BigDecimal(m.group(3))).isEqualByComparingTo(
                            new BigDecimal(r.get("target")).movePointRight(2).subtract(value));
                    checked++;
                }
                checkNeeded(paragraph.get(0), period, indicator, codes);
                long below = districtIndicators(period, indicator).stream().filter(r -> r.get("met").equals("N"))
                        .count();
                long withData = districtIndicators(period, indicator).stream().filter(r -> !r.get("value").isEmpty())
                        .count();
                assertThat(paragraph.get(0)).contains("有数据的 " + withData + " 个区县"
                        + (below == withData ? "均未达到目标" : "中 " + below + " 个未达到目标"));
                String advice = report.section("四、下一步工作建议").stream()
                        .filter(p -> p.contains(switch (indicator) {
                            case COVERAGE -> "扩大工会组织覆盖";
                            case ENROLLMENT -> "提高职工入会率";
                            case SATISFACTION -> "提升会员满意度";
                            case INFO_COLLECTION -> "加快会员信息采集";
                            case JINGKA -> "推进京卡办理";
                            case REPORTING -> "严格报送纪律";
                            case ACTIVITY -> "丰富工会活动";
                            case MIGRANT_ENROLLMENT -> "做好农民工入会工作";
                        })).findFirst().orElseThrow();
                if (below == withData) {
                    assertThat(advice).as("every district with data is concerned").contains("。各区县要");
                }
                for (CSVRecord r : districtIndicators(period, indicator)) {
                    if (r.get("met").equals("N") && below < withData) {
                        assertThat(advice).as("the suggestion names the districts below the target")
                                .contains(reference.district(r.get("district_code")).orElseThrow().name());
                    }
                }
            }
            assertThat(checked).isPositive();
        }

        /**
         * 「要达到目标，全市需新增会员 1,234 名；上述区县要各自达到目标，东城区需 12 名、…。」: the city's and each named
         * district's numbers are
         * the {@code needed} of the gaps CSV.
         */
        void checkNeeded(String paragraph, Period period, Indicator indicator, Map<String, String> codes)
                throws IOException {
            Map<String, String> needed = new HashMap<>();
            csv(period, "gaps").stream().filter(r -> r.get("indicator").equals(indicator.key())
                    && !r.get("dimension").equals("industry") && !r.get("dimension").equals("district_industry"))
                    .forEach(r -> needed.put(r.get("district_code"), r.get("needed")));
            Matcher m = Pattern.compile("要达到目标，全市需[^\\d]*? ([\\d,]+) [^；。]+(?:；上述区县要各自达到目标，([^。]+))?。").matcher(paragraph);
            assertThat(m.find()).as("what reaching the target takes: " + paragraph).isTrue();
            assertThat(m.group(1).replace(",", "")).isEqualTo(needed.get(""));
            assertThat(m.group(2)).as("the districts furthest from the target: " + paragraph).isNotNull();
            for (String part : m.group(2).split("、")) {
                String[] words = part.split("需 | ");
                assertThat(words[1].replace(",", "")).as(part).isEqualTo(needed.get(codes.get(words[0])));
            }
        }

        /** No sentence rises or falls by nothing; a zero change is 持平. */
        void checkWording(Report report) {
            assertThat(report.text()).doesNotContainPattern("(提高|下降) 0\\.0+ (个百分点|分)")
                    .doesNotContainPattern("(高于|低于) \\d+(\\.\\d)?% 的目标 0\\.0 ")
                    .doesNotContain("{{").doesNotContain("null");
        }

        // ---- reading

        Report read(Period period) throws IOException {
            try (InputStream in = Files.newInputStream(LeadersReportOutput.file(out, period))) {
                return new Report(new XWPFDocument(in));
            }
        }

        List<String> cells(XWPFTableRow row) {
            return row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList();
        }

        List<CSVRecord> csv(Period period, String kind) throws IOException {
            Path file = out.resolve(period.toString()).resolve(kind + "-" + period + ".csv");
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                        .getRecords();
            }
        }

        Map<String, CSVRecord> cityIndicators(Period period) throws IOException {
            return csv(period, "indicators").stream().filter(r -> r.get("dimension").equals("city"))
                    .collect(Collectors.toMap(r -> r.get("indicator"), r -> r));
        }

        List<CSVRecord> districtIndicators(Period period, Indicator indicator) throws IOException {
            return csv(period, "indicators").stream().filter(r -> r.get("dimension").equals("district")
                    && r.get("indicator").equals(indicator.key())).toList();
        }

        CSVRecord indicatorRow(Period period, String dimension, String code, Indicator indicator) throws IOException {
            return csv(period, "indicators").stream().filter(r -> r.get("dimension").equals(dimension)
                    && r.get("district_code").equals(code) && r.get("indicator").equals(indicator.key()))
                    .findFirst().orElseThrow();
        }

        Map<String, CSVRecord> districtScores(Period period) throws IOException {
            Map<String, CSVRecord> scores = new LinkedHashMap<>();
            csv(period, "scores").stream().filter(r -> r.get("dimension").equals("district"))
                    .forEach(r -> scores.put(r.get("district_code"), r));
            return scores;
        }

        Map<String, CSVRecord> industryScores(Period period) throws IOException {
            Map<String, CSVRecord> scores = new LinkedHashMap<>();
            csv(period, "scores").stream().filter(r -> r.get("dimension").equals("industry"))
                    .forEach(r -> scores.put(r.get("industry_code"), r));
            return scores;
        }

        long rejectedRows(Period period) throws IOException {
            try (Stream<Path> files = Files.list(out.resolve("rejects").resolve(period.toString()))) {
                long rows = 0;
                for (Path file : files.toList()) {
                    rows += Files.readAllLines(file).size() - 1;
                }
                return rows;
            }
        }
    }

    static BigDecimal percent(String value) {
        return new BigDecimal(value).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    static List<String> numbers(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(m.group().replace(",", ""));
        }
        return numbers;
    }

    /** A written report: its body paragraphs by style, its tables and pictures. */
    record Report(XWPFDocument doc) {

        List<XWPFParagraph> body() {
            return doc.getParagraphs();
        }

        String title() {
            return body().stream().filter(p -> "Title".equals(p.getStyle())).findFirst().orElseThrow().getText();
        }

        List<String> headings() {
            return body().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
        }

        List<String> attachments() {
            return body().stream().filter(p -> "Attachment".equals(p.getStyle())).map(XWPFParagraph::getText)
                    .toList();
        }

        String text() {
            return body().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }

        /** The first body paragraph starting with {@code start}. */
        String paragraph(String start) {
            return body().stream().map(XWPFParagraph::getText).filter(t -> t.startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no paragraph starts with " + start + ":\n" + text()));
        }

        /** The paragraphs between a heading and the next heading. */
        List<String> section(String heading) {
            List<String> section = new ArrayList<>();
            boolean in = false;
            for (XWPFParagraph p : body()) {
                if ("Heading1".equals(p.getStyle()) || "Attachment".equals(p.getStyle())) {
                    in = p.getText().equals(heading);
                } else if (in && !p.getText().isEmpty()) {
                    section.add(p.getText());
                }
            }
            return section;
        }

        String paragraphAfter(String heading, String containing) {
            return section(heading).stream().filter(t -> t.contains(containing)).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing with " + containing + " under " + heading));
        }

        List<XWPFTable> tables() {
            return doc.getTables();
        }

        long pictures() {
            return body().stream().flatMap(p -> p.getRuns().stream()).mapToLong(r -> r.getEmbeddedPictures().size())
                    .sum();
        }

        /** The indicators of the score below target, from the lead-ins of 三、存在的问题. */
        long unmetWeighted() {
            return section("三、存在的问题").stream().filter(t -> t.matches("（.）.+未达到目标。.*")
                    && !t.contains("农民工入会率")).count();
        }
    }

    // ---- the data

    static Path registry(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            rows.add(unit(n, district(n), 30));
        }
        rows.add(unit(101, "110105", 30));
        rows.add(unit(201, "110106", 40));
        rows.add(unit(202, "110106", 40));
        rows.add(unit(203, "110106", 10));
        return Reports.write(file, Reports.csv(Reports.REGISTRY_KEYS, rows.toArray(Map[]::new)));
    }

    static Map<String, String> unit(int n, String district, int employees) {
        Map<String, String> row = Reports.unit(n);
        row.put("district_code", district);
        row.put("employees", Integer.toString(employees));
        return row;
    }

    static String district(int union) {
        return union <= 4 ? "110105" : union <= 7 ? "110108" : "110101";
    }

    static Path reports(Path file, Period quarter) {
        boolean second = quarter.equals(Q2);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            if (second && n == 9) {
                continue;
            }
            Map<String, String> row = Reports.report(quarter.toString(), n);
            String district = district(n);
            row.put("district_code", district);
            row.put("industry_code", district.equals("110108") ? "F" : "C");
            row.put("submitted_on", quarter.lastDay().plusDays(second && n == 7 ? 20 : 5).toString());
            switch (district) {
                case "110105" -> counts(row, second && n == 1 ? 96 : 95, 90, 90, 18, 2, 0, 7);
                case "110108" -> counts(row, 85, 80, 50, 15, 3, 2, 6);
                default -> counts(row, 60, 40, 20, 5, 2, 3, 2);
            }
            rows.add(row);
        }
        Map<String, String> bad = Reports.report(quarter.toString(), 50);
        bad.put("members", "-3");
        rows.add(bad);
        return Reports.write(file, Reports.csv(Reports.REPORT_KEYS, rows.toArray(Map[]::new)));
    }

    /** 100 employees, 10 migrant employees of whom 5 members; the rest as given. */
    static void counts(Map<String, String> row, int members, int info, int cards, int satisfied, int basically,
            int dissatisfied, int activities) {
        row.put("employees", "100");
        row.put("members", Integer.toString(members));
        row.put("info_collected", Integer.toString(info));
        row.put("cards_issued", Integer.toString(cards));
        row.put("evaluated", Integer.toString(satisfied + basically + dissatisfied));
        row.put("satisfied", Integer.toString(satisfied));
        row.put("basically_satisfied", Integer.toString(basically));
        row.put("dissatisfied", Integer.toString(dissatisfied));
        row.put("activities", Integer.toString(activities));
    }

    @Nested
    @H2Test
    class OnH2 extends Written {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends Written {
    }
}
