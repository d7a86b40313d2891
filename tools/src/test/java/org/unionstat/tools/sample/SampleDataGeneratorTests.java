package org.unionstat.tools.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.domain.Period;
import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.RejectCode;
import org.unionstat.domain.Uscc;
import org.unionstat.reference.ReferenceDataFiles;

/** The generated sample data: deterministic, well-formed where it should be, bad exactly where it means to be. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataGeneratorTests {

    private static final long SEED = 42;
    private static final int UNIONS = 400;

    private final ReferenceData reference = ReferenceDataFiles.load(Path.of("config/districts.csv"), Path.of("config/industries.csv"));

    @TempDir
    Path tmp;

    private Path data;
    private SampleDataSummary summary;

    @BeforeAll
    void generate(@TempDir Path dir) throws IOException {
        data = dir.resolve("sample");
        summary = new SampleDataGenerator(reference, SEED).generate(data, UNIONS);
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        Path again = tmp.resolve("again");
        new SampleDataGenerator(reference, SEED).generate(again, UNIONS);
        Map<String, byte[]> first = contents(data);
        Map<String, byte[]> second = contents(again);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String file : first.keySet()) {
            assertThat(second.get(file)).as(file).isEqualTo(first.get(file));
        }

        Path other = tmp.resolve("other");
        new SampleDataGenerator(reference, SEED + 1).generate(other, UNIONS);
        assertThat(Files.readAllBytes(other.resolve("registry-2024.csv")))
                .isNotEqualTo(first.get("registry-2024.csv"));
        assertThat(Files.readAllBytes(other.resolve("2025Q3/110105-朝阳区." + extension(other, "2025Q3", "110105"))))
                .isNotEqualTo(first.get("2025Q3/110105-朝阳区." + extension(data, "2025Q3", "110105")));
    }

    @Test
    void layoutIsTwoRegistriesAndOneFilePerDistrictPerQuarterPlusCorrectionsSortedLast() throws IOException {
        assertThat(data.resolve("registry-2024.csv")).isRegularFile();
        assertThat(data.resolve("registry-2025.xlsx")).isRegularFile();
        assertThat(data.resolve("README.md")).isRegularFile();
        for (Period period : Population.QUARTERS) {
            List<String> names;
            try (Stream<Path> files = Files.list(data.resolve(period.toString()))) {
                names = files.map(p -> p.getFileName().toString()).sorted().toList();
            }
            List<String> originals = names.stream().filter(n -> !n.startsWith("zz-")).toList();
            List<String> corrections = names.stream().filter(n -> n.startsWith("zz-更正-")).toList();
            assertThat(originals).hasSize(reference.districts().size());
            for (var d : reference.districts()) {
                assertThat(originals).anyMatch(n -> n.equals(d.code() + "-" + d.name() + ".csv")
                        || n.equals(d.code() + "-" + d.name() + ".xlsx"));
            }
            assertThat(corrections).as(period.toString()).hasSizeBetween(1, 2);
            assertThat(names.subList(names.size() - corrections.size(), names.size())).isEqualTo(corrections);
            assertThat(originals.size() + corrections.size()).isEqualTo(names.size());
        }
    }

    @Test
    void everyFileHasTheRequiredHeaderColumns() throws IOException {
        Map<String, String> reportHeaders = SpecChecks.reportHeaders();
        Set<String> reportKeys = new HashSet<>(reportHeaders.values());
        Set<String> seenChinese = new HashSet<>();
        Set<String> seenEnglish = new HashSet<>();
        for (SampleDataSummary.GeneratedFile f : summary.files()) {
            SampleFiles.Table table = SampleFiles.read(data.resolve(f.path()));
            boolean registry = f.path().startsWith("registry-");
            List<String> keys = SpecChecks.keys(table.header(),
                    registry ? SpecChecks.registryHeaders() : reportHeaders);
            assertThat(keys).as(f.path())
                    .containsAll(registry ? SpecChecks.REGISTRY_REQUIRED : reportKeys);
            (table.header().contains("工会名称") || table.header().contains("单位名称") ? seenChinese : seenEnglish).add(f.path());
        }
        assertThat(seenChinese).isNotEmpty();
        assertThat(seenEnglish).isNotEmpty();
    }

    @Test
    void gbkFilesDecodeAsGbkAndNotAsUtf8() throws IOException {
        int gbk = 0;
        for (SampleDataSummary.GeneratedFile f : summary.files()) {
            byte[] bytes = Files.readAllBytes(data.resolve(f.path()));
            if (f.format().equals("GBK CSV")) {
                gbk++;
                assertThatThrownBy(() -> SampleFiles.strict(StandardCharsets.UTF_8, bytes)).as(f.path())
                        .isInstanceOf(CharacterCodingException.class);
                String text = SampleFiles.strict(Charset.forName("GBK"), bytes);
                assertThat(text.lines().findFirst().orElseThrow()).as(f.path()).contains("报告期", "工会统一社会信用代码", "报送日期");
            } else if (f.format().startsWith("UTF-8")) {
                String text = SampleFiles.strict(StandardCharsets.UTF_8, bytes);
                assertThat(text.startsWith("\uFEFF")).as(f.path()).isEqualTo(f.format().contains("BOM"));
            }
        }
        assertThat(gbk).isGreaterThanOrEqualTo(Population.QUARTERS.size());
    }

    @Test
    void theIntendedBadRowsAreThereAndNoOthers() throws IOException {
        Map<String, Integer> all = new TreeMap<>();
        for (SampleDataSummary.GeneratedFile f : summary.files()) {
            Map<String, Integer> found = codesIn(f.path());
            assertThat(found).as(f.path()).isEqualTo(byCode(f.defects()));
            found.forEach((code, n) -> all.merge(code, n, Integer::sum));
        }
        for (SampleDataSummary.QuarterTotals q : summary.quarters()) {
            assertThat(q.defects().keySet()).as(q.period().toString()).containsExactlyElementsOf(Defects.REPORT_CODES);
            int bad = q.defects().values().stream().mapToInt(Integer::intValue).sum();
            assertThat(bad).as(q.period().toString()).isBetween(Defects.REPORT_CODES.size(), q.rows() / 10);
        }
        assertThat(all).containsKeys("E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10");
        assertThat(summary.registries()).allSatisfy(r -> assertThat(r.defects()).hasSize(2));
    }

    @Test
    void acceptedUnionsPerQuarterFollowFromImportingTheFilesInNameOrder() throws IOException {
        for (SampleDataSummary.QuarterTotals q : summary.quarters()) {
            Map<String, Map<String, String>> stored = storedReports(q.period());
            assertThat(stored).as(q.period().toString()).hasSize(q.acceptedUnions());
            Set<String> districts = new HashSet<>();
            Set<String> industries = new HashSet<>();
            stored.values().forEach(r -> {
                districts.add(r.get("district_code"));
                industries.add(r.get("industry_code"));
            });
            assertThat(districts).hasSize(reference.districts().size());
            assertThat(industries).hasSize(reference.industries().size());
        }
    }

    @Test
    void unionsKeepTheirCodesAcrossQuartersAndSomeComeAndGo() throws IOException {
        Set<String> first = storedReports(Population.QUARTERS.get(0)).keySet();
        Set<String> last = storedReports(Population.QUARTERS.get(Population.QUARTERS.size() - 1)).keySet();
        Set<String> both = new HashSet<>(first);
        both.retainAll(last);
        assertThat(both.size()).isGreaterThan(last.size() * 3 / 4);
        assertThat(first).isNotEqualTo(last);
        assertThat(last.stream().filter(id -> !first.contains(id))).isNotEmpty();
        assertThat(first.stream().filter(id -> !last.contains(id))).isNotEmpty();
    }

    @Test
    void acceptedReportsLookLikeRealOnes() throws IOException {
        Map<String, Map<String, String>> stored = storedReports(Population.QUARTERS.get(4));
        long joint = stored.values().stream()
                .filter(r -> r.get("union_name").contains("联合基层工会") && r.get("covered_unit_ids").split(";").length >= 2)
                .count();
        assertThat(joint).isGreaterThan(0);
        assertThat(stored.values()).allSatisfy(r -> {
            assertThat(r.get("union_id")).startsWith("81");
            assertThat(Uscc.isValid(Uscc.normalize(r.get("unit_id")))).isTrue();
        });
        assertThat(stored.values()).anyMatch(r -> r.get("union_name").startsWith("="));
        assertThat(stored.values()).anyMatch(r -> r.get("union_name").startsWith("+"));

        Map<String, long[]> byDistrict = new TreeMap<>();
        int late = 0;
        for (Map<String, String> r : stored.values()) {
            long[] sums = byDistrict.computeIfAbsent(r.get("district_code"), k -> new long[2]);
            sums[0] += SpecChecks.count(r.get("members")).orElseThrow();
            sums[1] += SpecChecks.count(r.get("employees")).orElseThrow();
            if (SpecChecks.date(r.get("submitted_on")).orElseThrow().isAfter(Population.QUARTERS.get(4).lastDay().plusDays(15))) {
                late++;
            }
            // at most 12 a quarter (1 a week), but for the unions planted with Q04's case (95 to 100)
            long activities = SpecChecks.count(r.get("activities")).orElseThrow();
            assertThat(activities <= 12 || activities >= 95 && activities <= 100).as("activities %d", activities).isTrue();
        }
        List<Double> rates = byDistrict.values().stream().map(s -> (double) s[0] / s[1]).toList();
        assertThat(rates).allSatisfy(rate -> assertThat(rate).isBetween(0.7, 0.99));
        assertThat(Collections.max(rates) - Collections.min(rates)).as("enrolment differs between districts")
                .isGreaterThan(0.08);
        assertThat(late).isBetween(1, stored.size() / 5);
    }

    @Test
    void theRegistryHasTwoToThreeUnitsPerUnionMostlyWithAtLeast25Employees() {
        for (SampleDataSummary.RegistryFile r : summary.registries()) {
            double perUnion = (double) r.validUnits() / summary.quarters().get(0).acceptedUnions();
            assertThat(perUnion).as("units per union").isBetween(2.0, 3.2);
            assertThat((double) r.requiredUnits() / r.validUnits()).as("share with ≥ 25 employees").isBetween(0.55, 0.72);
        }
    }

    @Test
    void workbooksHoldDateCellsInSomeFilesAndTextDatesInOthers() throws IOException {
        int withDateCells = 0;
        int withText = 0;
        for (SampleDataSummary.GeneratedFile f : summary.files()) {
            if (f.path().endsWith(".xlsx") && !f.path().startsWith("registry")) {
                if (SampleFiles.read(data.resolve(f.path())).dateCells()) {
                    withDateCells++;
                } else {
                    withText++;
                }
            }
        }
        assertThat(withDateCells).isPositive();
        assertThat(withText).isPositive();
    }

    @Test
    void theReadmeListsTheCountsOfEveryQuarter() throws IOException {
        String readme = Files.readString(data.resolve("README.md"));
        for (SampleDataSummary.QuarterTotals q : summary.quarters()) {
            assertThat(readme).contains("| " + q.period() + " | " + q.files() + " | " + q.rows() + " |");
        }
    }

    /** Validates a file row by row with the plain documented checks; returns rows by code. */
    /** The generator's counts keyed by the code as written, like the checks' own. */
    private static Map<String, Integer> byCode(Map<RejectCode, Integer> defects) {
        Map<String, Integer> codes = new TreeMap<>();
        defects.forEach((code, n) -> codes.put(code.code(), n));
        return codes;
    }

    private Map<String, Integer> codesIn(String path) throws IOException {
        SampleFiles.Table table = SampleFiles.read(data.resolve(path));
        boolean registry = path.startsWith("registry-");
        List<String> keys = SpecChecks.keys(table.header(), registry ? SpecChecks.registryHeaders() : SpecChecks.reportHeaders());
        Period period = registry ? null : Period.parse(path.substring(0, path.indexOf('/')));
        Set<String> accepted = new HashSet<>();
        Map<String, Integer> codes = new TreeMap<>();
        for (List<String> cells : table.rows()) {
            Map<String, String> row = SpecChecks.row(keys, cells);
            String code = registry ? SpecChecks.registryCode(row, reference, accepted)
                    : SpecChecks.reportCode(row, period, reference, accepted);
            if (code != null) {
                codes.merge(code, 1, Integer::sum);
            }
        }
        return codes;
    }

    /** The reports that stand after importing a quarter's directory in file-name order (the latest import wins). */
    private Map<String, Map<String, String>> storedReports(Period period) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(data.resolve(period.toString()))) {
            files = list.sorted().toList();
        }
        Map<String, Map<String, String>> stored = new LinkedHashMap<>();
        for (Path file : files) {
            SampleFiles.Table table = SampleFiles.read(file);
            List<String> keys = SpecChecks.keys(table.header(), SpecChecks.reportHeaders());
            Set<String> accepted = new HashSet<>();
            for (List<String> cells : table.rows()) {
                Map<String, String> row = SpecChecks.row(keys, cells);
                if (SpecChecks.reportCode(row, period, reference, accepted) == null) {
                    Map<String, String> normalised = new HashMap<>(row);
                    normalised.put("union_id", Uscc.normalize(row.get("union_id")));
                    stored.put(normalised.get("union_id"), normalised);
                }
            }
        }
        return stored;
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return contents;
    }

    private static String extension(Path root, String period, String district) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(period))) {
            String name = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(district + "-"))
                    .findFirst().orElseThrow();
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

}
