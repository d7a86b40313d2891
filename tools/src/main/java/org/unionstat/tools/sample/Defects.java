package org.unionstat.tools.sample;

import java.util.ArrayList;
import java.util.List;

import org.unionstat.domain.Period;
import org.unionstat.domain.RejectCode;
import org.unionstat.domain.Uscc;

/**
 * The intentionally bad rows: each breaks exactly one rule of docs/inputs.md#validation (so the first rule broken is the intended
 * code), in one of the ways real submissions do. E10, a second row of a union in the same file, is made by the
 * generator, which inserts the duplicate.
 */
final class Defects {

    static final List<RejectCode> REPORT_CODES = List.of(RejectCode.values());

    private static final ReportColumn[] REQUIRED_EMPTIED = {ReportColumn.UNION_NAME, ReportColumn.EMPLOYEES,
            ReportColumn.SUBMITTED_ON, ReportColumn.UNIT_ID, ReportColumn.PERIOD, ReportColumn.UNION_ID,
            ReportColumn.DISTRICT_CODE, ReportColumn.MEMBERS};
    /** 110100 is the city's own code; 110228 and 110229 are Miyun's and Yanqing's codes from before they became districts. */
    private static final String[] UNKNOWN_DISTRICTS = {"110100", "110228", "110229", "北京市"};
    private static final String[] UNKNOWN_INDUSTRIES = {"Z", "U", "制造业", "C13"};

    private Defects() {
    }

    /** Breaks rule {@code code} (not E10) in the row, in the way {@code variant} says; sets the row's defect. */
    static void apply(RejectCode code, int variant, ReportRow row, FileStyle style, Rng r) {
        var cells = row.cells;
        Report report = row.report;
        String note;
        switch (code) {
            case E01 -> {
                ReportColumn column = REQUIRED_EMPTIED[variant % REQUIRED_EMPTIED.length];
                cells.put(column, null);
                note = "empty " + column.key();
            }
            case E02 -> {
                switch (variant % 5) {
                    case 0 -> {
                        cells.put(ReportColumn.MEMBERS, report.members() - 0.5);
                        note = "fractional members";
                    }
                    case 1 -> {
                        cells.put(ReportColumn.ACTIVITIES, -r.between(1, 3));
                        note = "negative activities";
                    }
                    case 2 -> {
                        cells.put(ReportColumn.EMPLOYEES, "约" + report.employees() + "人");
                        note = "non-numeric employees";
                    }
                    case 3 -> {
                        cells.put(ReportColumn.MIGRANT_MEMBERS, -r.between(1, 5));
                        note = "negative migrant_members";
                    }
                    default -> {
                        cells.put(ReportColumn.CARDS_ISSUED, "不详");
                        note = "non-numeric cards_issued";
                    }
                }
            }
            case E03 -> {
                Period p = report.period();
                int year = p.quarter() == 4 ? p.year() + 1 : p.year();
                switch (variant % 3) {
                    case 0 -> {
                        // the month after the quarter, on a day it does not have: 2026-02-30, 2025-04-31, 2025-06-31 …
                        int[] monthDay = switch (p.quarter()) {
                            case 1 -> new int[] {4, 31};
                            case 2 -> new int[] {6, 31};
                            case 3 -> new int[] {9, 31};
                            default -> new int[] {2, 30};
                        };
                        cells.put(ReportColumn.SUBMITTED_ON, style.dateForm().impossible(year, monthDay[0], monthDay[1]));
                        note = "impossible submitted_on";
                    }
                    case 1 -> {
                        cells.put(ReportColumn.SUBMITTED_ON, style.dateForm().impossible(year, 13, r.between(1, 15)));
                        note = "submitted_on in month 13";
                    }
                    default -> {
                        var d = report.submittedOn();
                        cells.put(ReportColumn.SUBMITTED_ON, d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth());
                        note = "submitted_on written with dots";
                    }
                }
            }
            case E04 -> {
                String id = report.unionId();
                switch (variant % 4) {
                    case 0 -> {
                        cells.put(ReportColumn.UNION_ID, wrongCheck(id, r));
                        note = "union_id check character wrong";
                    }
                    case 1 -> {
                        cells.put(ReportColumn.UNION_ID, report.unitId());
                        note = "the unit's code given as union_id (not 81…)";
                    }
                    case 2 -> {
                        cells.put(ReportColumn.UNION_ID, id.substring(0, 17));
                        note = "union_id of 17 characters";
                    }
                    default -> {
                        cells.put(ReportColumn.UNION_ID, id.substring(0, 10) + "O" + id.substring(11));
                        note = "union_id with the letter O";
                    }
                }
            }
            case E05 -> {
                switch (variant % 3) {
                    case 0 -> {
                        cells.put(ReportColumn.UNIT_ID, wrongCheck(report.unitId(), r));
                        note = "unit_id check character wrong";
                    }
                    case 1 -> {
                        cells.put(ReportColumn.UNIT_ID, report.unitId().substring(0, 8) + "I" + report.unitId().substring(9));
                        note = "unit_id with the letter I";
                    }
                    default -> {
                        List<String> covered = new ArrayList<>(report.coveredUnitIds());
                        if (covered.isEmpty()) {
                            covered.add(wrongCheck(report.unitId().substring(0, 10) + "0000000X", r));
                        } else {
                            int i = r.nextInt(covered.size());
                            covered.set(i, wrongCheck(covered.get(i), r));
                        }
                        cells.put(ReportColumn.COVERED_UNIT_IDS, String.join(";", covered));
                        note = "covered_unit_ids entry with a wrong check character";
                    }
                }
            }
            case E06 -> {
                String district = UNKNOWN_DISTRICTS[variant % UNKNOWN_DISTRICTS.length];
                cells.put(ReportColumn.DISTRICT_CODE, district);
                note = "district_code " + district;
            }
            case E07 -> {
                String industry = UNKNOWN_INDUSTRIES[variant % UNKNOWN_INDUSTRIES.length];
                cells.put(ReportColumn.INDUSTRY_CODE, industry);
                note = "industry_code " + industry;
            }
            case E08 -> {
                Period p = report.period();
                switch (variant % 3) {
                    case 0 -> {
                        cells.put(ReportColumn.PERIOD, p.previous());
                        note = "last quarter's period";
                    }
                    case 1 -> {
                        cells.put(ReportColumn.PERIOD, p.year() + "Q5");
                        note = "period " + p.year() + "Q5";
                    }
                    default -> {
                        cells.put(ReportColumn.PERIOD, p.year() + "-" + p.quarter());
                        note = "period " + p.year() + "-" + p.quarter();
                    }
                }
            }
            case E09 -> note = inconsistent(variant, row, r);
            default -> throw new IllegalArgumentException("not a row defect the generator makes: " + code);
        }
        row.defect = code;
        row.defectNote = note;
    }

    private static String inconsistent(int variant, ReportRow row, Rng r) {
        var cells = row.cells;
        int employees = row.report.employees();
        int members = row.report.members();
        switch (members < 2 ? 0 : variant % 5) {
            case 0 -> {
                cells.put(ReportColumn.MEMBERS, employees + r.between(1, 20));
                return "members > employees";
            }
            case 1 -> {
                int evaluated = Math.max(1, Math.min(members, row.count(ReportColumn.EVALUATED) > 0
                        ? row.count(ReportColumn.EVALUATED) : members / 2));
                int satisfied = Math.max(0, evaluated - 1);
                cells.put(ReportColumn.EVALUATED, evaluated);
                cells.put(ReportColumn.SATISFIED, satisfied);
                cells.put(ReportColumn.BASICALLY_SATISFIED, 2);
                cells.put(ReportColumn.DISSATISFIED, 0);
                return "satisfied + basically_satisfied + dissatisfied ≠ evaluated";
            }
            case 2 -> {
                cells.put(ReportColumn.CARDS_ISSUED, members + r.between(1, 9));
                return "cards_issued > members";
            }
            case 3 -> {
                cells.put(ReportColumn.INFO_COLLECTED, members + r.between(1, 9));
                return "info_collected > members";
            }
            default -> {
                int migrants = Math.min(employees, Math.max(1, row.count(ReportColumn.MIGRANT_EMPLOYEES)));
                cells.put(ReportColumn.MIGRANT_EMPLOYEES, migrants);
                cells.put(ReportColumn.MIGRANT_MEMBERS, migrants + r.between(1, 5));
                return "migrant_members > migrant_employees";
            }
        }
    }

    /** The same code with a different, wrong, check character. */
    static String wrongCheck(String code, Rng r) {
        String first17 = code.substring(0, 17);
        int right = Uscc.ALPHABET.indexOf(Uscc.checkCharacter(first17));
        int wrong = (right + 1 + r.nextInt(Uscc.ALPHABET.length() - 1)) % Uscc.ALPHABET.length();
        return first17 + Uscc.ALPHABET.charAt(wrong);
    }
}
