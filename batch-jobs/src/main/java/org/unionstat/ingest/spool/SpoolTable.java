package org.unionstat.ingest.spool;

import java.util.List;
import java.util.Locale;

/**
 * A stored table that an import fills from its spool: the table, the columns a spooled record holds in order, and for
 * the table of an import's own rows, which columns carry the row's key (E10) and its line.
 */
public enum SpoolTable {

    REPORTS("quarterly_report", List.of("period", "union_id", "union_name", "unit_id", "district_code",
            "industry_code", "employees", "members", "migrant_employees", "migrant_members", "info_collected",
            "cards_issued", "evaluated", "satisfied", "basically_satisfied", "dissatisfied", "activities",
            "submitted_on", "import_id", "source_line"), "period, union_id", "union_id"),
    COVERED_UNITS("report_covered_unit", List.of("period", "union_id", "unit_id"), "period, union_id, unit_id", null),
    REGISTRY_UNITS("unit_registry", List.of("registry_year", "unit_id", "unit_name", "district_code", "industry_code",
            "employees", "import_id", "source_line"), "registry_year, unit_id", "unit_id");

    private final String table;
    private final List<String> columns;
    private final String primaryKey;
    private final String keyColumn;

    SpoolTable(String table, List<String> columns, String primaryKey, String keyColumn) {
        this.table = table;
        this.columns = columns;
        this.primaryKey = primaryKey;
        this.keyColumn = keyColumn;
    }

    String table() {
        return table;
    }

    List<String> columns() {
        return columns;
    }

    /** The columns of the table's primary key: a loaded record replaces the stored one with the same key. */
    String primaryKey() {
        return primaryKey;
    }

    /** The file of this table in an import's spool directory. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".csv";
    }

    /** The column of the row's own code (union_id, unit_id), or null for a table of secondary rows. */
    public String keyColumn() {
        return keyColumn;
    }

    int keyIndex() {
        return columns.indexOf(keyColumn);
    }

    /**
     * The column that orders the records as the primary key does within one period or year: the row's own code, or
     * for covered units the union's (so a report's covered units stay together, in file order).
     */
    int orderIndex() {
        return columns.indexOf(keyColumn != null ? keyColumn : "union_id");
    }

    int lineIndex() {
        return columns.indexOf("source_line");
    }
}
