package org.unionstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;

/** Flyway migrates the same schema, Spring Batch's tables included, on H2 and on MariaDB. */
class SchemaTests {

    abstract static class Migrated {

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void batchAndDomainTablesExist() {
            assertThat(tables()).contains("batch_job_instance", "batch_step_execution_context", "quarterly_report",
                    "unit_registry", "report_covered_unit", "rejected_row", "import_file", "indicator_result",
                    "score_result", "computed_period", "job_instance_lock", "job_execution_process");
        }

        /** The tables of the schema the application uses, in lower case, as the driver lists them. */
        List<String> tables() {
            return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
                DatabaseMetaData meta = connection.getMetaData();
                List<String> names = new ArrayList<>();
                try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                        new String[] {"TABLE"})) {
                    while (tables.next()) {
                        names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                return names;
            });
        }

        @Test
        void storesChineseText() {
            jdbc.update("DELETE FROM unit_registry WHERE registry_year = 1999");
            jdbc.update("INSERT INTO unit_registry (registry_year, unit_id, unit_name, district_code, industry_code,"
                    + " employees, import_id) VALUES (1999, '91350100M000100Y43', '北京市朝阳区某某有限公司', '110105', 'C', 30, 0)");
            assertThat(jdbc.queryForObject("SELECT unit_name FROM unit_registry WHERE registry_year = 1999", String.class))
                    .isEqualTo("北京市朝阳区某某有限公司");
            jdbc.update("DELETE FROM unit_registry WHERE registry_year = 1999");
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Migrated {
    }

    @Nested
    @MariaDbTest
    class OnMariaDb extends Migrated {

        /** Every column holding a code is ascii_bin, so joins on codes never mix two character sets. */
        @Test
        void codesAreAsciiBytes() {
            var collations = jdbc.queryForList("SELECT CONCAT(table_name, '.', column_name), collation_name"
                    + " FROM information_schema.columns WHERE table_schema = DATABASE()"
                    + " AND column_name IN ('period', 'union_id', 'unit_id', 'district_code', 'industry_code')"
                    + " AND table_name NOT LIKE 'batch%'");
            assertThat(collations).hasSizeGreaterThanOrEqualTo(19).allSatisfy(column ->
                    assertThat(column.get("collation_name")).as(column.toString()).isEqualTo("ascii_bin"));
        }

        @Test
        void codesCompareCaseSensitively() {
            jdbc.update("DELETE FROM unit_registry WHERE registry_year = 1999");
            jdbc.update("INSERT INTO unit_registry (registry_year, unit_id, unit_name, district_code, industry_code,"
                    + " employees, import_id) VALUES (1999, '91350100M000100Y43', 'x', '110105', 'C', 30, 0)");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_registry WHERE registry_year = 1999"
                    + " AND unit_id = '91350100m000100y43'", Long.class)).isZero();
            jdbc.update("DELETE FROM unit_registry WHERE registry_year = 1999");
        }
    }
}
