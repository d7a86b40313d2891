package org.unionstat.tools.sample;

import java.util.List;
import java.util.Map;

import org.unionstat.domain.ReferenceData;
import org.unionstat.domain.RejectCode;

/** The README.md written next to the sample data: layout, counts, intentionally bad rows, file shapes. */
final class SampleDataReadme {

    private static final Map<RejectCode, String> HOW = Map.of(
            RejectCode.E01, "a required cell left empty (union_name, employees, submitted_on, unit_id, period, union_id, district_code, members)",
            RejectCode.E02, "a count that is fractional (`12.5`), negative, or text (`约120人`, `不详`)",
            RejectCode.E03, "submitted_on impossible (`2026-02-30`, `2025-06-31`, month 13, in the file's date form) or written with dots (`2025.10.8`)",
            RejectCode.E04, "union_id with a wrong check character, 17 characters, a letter O, or the unit's own 91… code",
            RejectCode.E05, "unit_id with a wrong check character or a letter I; or a covered_unit_ids entry with a wrong check character",
            RejectCode.E06, "district_code `110100` (the city), `110228` / `110229` (Miyun and Yanqing as counties), `北京市`",
            RejectCode.E07, "industry_code `Z`, `U`, `C13` (a division, not a section) or `制造业` (the name)",
            RejectCode.E08, "period of the previous quarter, `YYYYQ5`, or `YYYY-n`",
            RejectCode.E09, "members > employees; evaluation sum ≠ evaluated; cards_issued or info_collected > members; migrant_members > migrant_employees",
            RejectCode.E10, "a union's second row later in the same file (revised figures; the first row counts)");

    private SampleDataReadme() {
    }

    static String render(SampleDataSummary s, ReferenceData reference, int unionsPerQuarter,
            List<String> plantedUnions) {
        StringBuilder b = new StringBuilder();
        b.append("# Sample data\n\n");
        b.append("A synthetic data set for unionstat: quarterly reports of the grassroots unions of Beijing's ")
                .append(reference.districts().size()).append(" districts (")
                .append(reference.industries().size()).append(" industries), eight quarters 2024Q4 … 2026Q3, and the unit ")
                .append("registries of 2024 and 2025. Every name and code is invented (codes carry valid GB 32100 check ")
                .append("characters); no real union, unit or person is in it.\n\n");
        b.append("Made by the project's generator (`org.unionstat.sample`), seed ").append(s.seed())
                .append(", about ").append(unionsPerQuarter).append(" reports a quarter. Regenerate with ")
                .append("`make sample-data` (same seed: byte-identical files). Do not edit by hand.\n\n");

        b.append("## Layout\n\n");
        b.append("| path | what |\n|---|---|\n");
        b.append("| `registry-2024.csv` | unit registry (单位名录) of 2024: UTF-8 with BOM, Chinese headers, CRLF, thousands separators |\n");
        b.append("| `registry-2025.xlsx` | unit registry of 2025 (XLSX, sheet 单位名录, columns reordered); the 2026 quarters use it, as docs/indicators.md says |\n");
        b.append("| `YYYYQn/<code>-<name>.csv` or `.xlsx` | the quarter's reports, one file per district (e.g. `2025Q3/110105-朝阳区.csv`) |\n");
        b.append("| `YYYYQn/zz-更正-<code>-<name>.csv` or `.xlsx` | one or two correction (resubmission) files a quarter; they sort after ")
                .append("the originals, so importing the directory in file-name order lets them win |\n\n");
        b.append("To load everything: `import-registry --year 2024 registry-2024.csv`, `import-registry --year 2025 ")
                .append("registry-2025.xlsx`, then `import --period P P/` for each quarter directory (`make run` does this).\n\n");

        b.append("## Registries\n\n");
        b.append("| year | file | data rows | valid units | of which ≥ 25 employees | bad rows |\n|---|---|---|---|---|---|\n");
        for (SampleDataSummary.RegistryFile r : s.registries()) {
            b.append("| ").append(r.year()).append(" | `").append(r.path()).append("` | ").append(r.rows()).append(" | ")
                    .append(r.validUnits()).append(" | ").append(r.requiredUnits()).append(" (")
                    .append(Math.round(100.0 * r.requiredUnits() / Math.max(1, r.validUnits()))).append(" %) | ")
                    .append(codes(r.defects())).append(" |\n");
        }
        b.append("\nThe registry lists unionised and non-unionised units alike (about 2.5 units per union). A registry ")
                .append("unit's district or industry occasionally differs from its union's report (units move; ")
                .append("coverage follows the registry). Registry bad rows: an invented unit with a wrong check ")
                .append("character (E05) or no employee count (E01); a unit entered twice (E10, the first row counts); ")
                .append("a unit with district 110228 (E06).\n\n");

        b.append("## Quarters\n\n");
        b.append("| period | files | data rows | in corrections | bad rows | rows to accept | unions accepted |");
        for (RejectCode code : Defects.REPORT_CODES) {
            b.append(' ').append(code).append(" |");
        }
        b.append("\n|---|---|---|---|---|---|---|");
        b.append("---|".repeat(Defects.REPORT_CODES.size()));
        b.append('\n');
        int[] totals = new int[Defects.REPORT_CODES.size()];
        for (SampleDataSummary.QuarterTotals q : s.quarters()) {
            int bad = q.rows() - q.acceptedRows();
            b.append("| ").append(q.period()).append(" | ").append(q.files()).append(" | ").append(q.rows()).append(" | ")
                    .append(q.correctionRows()).append(" | ").append(bad).append(" | ").append(q.acceptedRows())
                    .append(" | ").append(q.acceptedUnions()).append(" |");
            for (int i = 0; i < totals.length; i++) {
                int n = q.defects().getOrDefault(Defects.REPORT_CODES.get(i), 0);
                totals[i] += n;
                b.append(' ').append(n).append(" |");
            }
            b.append('\n');
        }
        b.append("\n*rows to accept* = data rows − bad rows (a correction row replaces the stored report of its union: ")
                .append("the latest import wins). *unions accepted*: distinct unions with a report that stands after the ")
                .append("quarter's files are imported. Every quarter also has ")
                .append(s.quarters().isEmpty() ? 0 : s.quarters().get(0).formulaNames())
                .append(" valid rows whose union name begins with `=`, `+`, `-` or `@` (formula-injection test).\n\n");

        b.append("## Intentionally bad rows\n\n");
        b.append("Each bad row breaks exactly one rule, so its code (docs/inputs.md#validation) is certain:\n\n");
        b.append("| code | how | rows in all quarters |\n|---|---|---|\n");
        for (int i = 0; i < totals.length; i++) {
            RejectCode code = Defects.REPORT_CODES.get(i);
            b.append("| ").append(code).append(" | ").append(HOW.get(code)).append(" | ").append(totals[i]).append(" |\n");
        }
        b.append("\nMost correction files re-file some of their district's bad rows correctly, and revise a few good ")
                .append("rows (membership up by a few).\n\n");

        b.append("## Planted doubtful figures\n\n");
        b.append("Rows that pass every rule but that the data-quality rules (docs/data-quality.md) flag, ")
                .append(Population.PLANTS_PER_RULE).append(" unions per rule, the first unions in slot order that ")
                .append("file every quarter, are not joint, have their unit in both registries and are large enough. ")
                .append("Their rows are never made bad or revised:\n\n");
        b.append("| rule | union_id | what |\n|---|---|---|\n");
        plantedUnions.forEach(line -> b.append(line).append('\n'));
        b.append("\nOther reports of the sample data are flagged too, as real data would be: Q01 finds the largest ")
                .append("of the ordinary changes, Q03 units whose size the registry and the report see differently.\n\n");

        b.append("## What the figures look like\n\n");
        b.append("- Enrolment (members ÷ employees) about 75–97 % by district; migrant workers mostly in construction, ")
                .append("catering, manufacturing and services; members ≤ employees, cards and collected records ≤ members.\n");
        b.append("- Democratic evaluation mostly once a year (often Q4 or Q2), satisfied + basically satisfied + ")
                .append("dissatisfied = evaluated.\n");
        b.append("- 0–12 activities a quarter; reports mostly filed 1–15 days after the quarter ends, some late ")
                .append("(district-dependent, from about 1 % to 15 %).\n");
        b.append("- Joint unions (联合基层工会) list the small units they cover in covered_unit_ids (`;`-separated).\n");
        b.append("- Unions keep their codes across quarters; some start in later quarters, some stop filing, a few skip a quarter.\n");
        b.append("- Optional counts that are zero are sometimes left empty.\n\n");

        b.append("## Shapes of the files\n\n");
        b.append("Encodings, header languages, column orders, number, date and period forms vary by file, as in real ")
                .append("submissions:\n\n");
        b.append("| file | rows | bad rows | shape |\n|---|---|---|---|\n");
        for (SampleDataSummary.GeneratedFile f : s.files()) {
            b.append("| `").append(f.path()).append("` | ").append(f.rows()).append(" | ").append(codes(f.defects()))
                    .append(" | ").append(f.description()).append(" |\n");
        }
        b.append("\n## Determinism\n\n");
        b.append("The same seed gives byte-identical files. In the workbooks the document creation time and the zip ")
                .append("entry times are fixed (2026-01-01 00:00); their compressed bytes come from the JDK's zlib, so a ")
                .append("different JDK build could compress differently while every cell stays the same.\n");
        return b.toString();
    }

    private static String codes(Map<RejectCode, Integer> defects) {
        if (defects.isEmpty()) {
            return "–";
        }
        StringBuilder b = new StringBuilder();
        defects.forEach((code, n) -> b.append(b.isEmpty() ? "" : ", ").append(code).append(" ×").append(n));
        return b.toString();
    }
}
