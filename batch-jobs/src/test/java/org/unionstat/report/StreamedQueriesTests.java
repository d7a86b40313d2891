package org.unionstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.report.figures.WorkbookMapper;
import org.unionstat.report.figures.WorkbookMapper.UnionFigures;
import org.unionstat.report.figures.WorkbookMapper.UnionQuery;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;

/**
 * The workbooks' long lists are streamed row by row from the database: on MySQL/MariaDB that takes a fetch size of
 * Integer.MIN_VALUE (else Connector/J reads the whole result into memory: about 900 MB of heap at 1M reports).
 */
class StreamedQueriesTests {

    static final List<String> STREAMED = List.of("streamUnions", "streamRejectedRows", "streamReportingGaps");

    static Integer fetchSize(SqlSessionFactory factory, String statement) {
        return factory.getConfiguration().getMappedStatement("org.unionstat.report.figures.WorkbookMapper." + statement)
                .getFetchSize();
    }

    /** The single-union tests of the unions' list, each in its bit of {@link UnionFigures#shortfalls()}. */
    abstract static class SingleUnionTests {

        static final String PERIOD = "1988Q1";

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        WorkbookMapper mapper;

        @Test
        void eachTestIsItsOwnBit() {
            jdbc.update("DELETE FROM quarterly_report WHERE period = ?", PERIOD);
            // union, employees, members, info collected, cards issued, activities
            long[][] reports = {{1, 100, 50, 50, 50, 6}, {2, 100, 100, 80, 100, 6}, {3, 100, 100, 100, 80, 6},
                    {4, 100, 100, 100, 100, 5}, {5, 100, 90, 81, 81, 6}};
            for (long[] r : reports) {
                jdbc.update("INSERT INTO quarterly_report (period, union_id, union_name, unit_id, district_code,"
                        + " industry_code, employees, members, migrant_employees, migrant_members, info_collected,"
                        + " cards_issued, evaluated, satisfied, basically_satisfied, dissatisfied, activities,"
                        + " submitted_on, import_id, source_line) VALUES (?, ?, '工会', '91110000000000000A', '110105',"
                        + " 'C', ?, ?, 0, 0, ?, ?, 0, 0, 0, 0, ?, DATE '1988-04-10', 0, ?)", PERIOD,
                        "8111000000000000U" + r[0], r[1], r[2], r[3], r[4], r[5], r[0]);
            }
            BigDecimal target = new BigDecimal("0.9");
            List<String> seen = new ArrayList<>();
            try {
                mapper.streamUnions(new UnionQuery(List.of(PERIOD), target, target, target, 6, false, false), c -> {
                    UnionFigures u = c.getResultObject();
                    int bits = u.shortfalls();
                    seen.add(u.unionId().substring(17) + ":" + ((bits & UnionFigures.ENROLLMENT_SHORT) != 0 ? "E" : "")
                            + ((bits & UnionFigures.INFO_SHORT) != 0 ? "I" : "")
                            + ((bits & UnionFigures.JINGKA_SHORT) != 0 ? "J" : "")
                            + ((bits & UnionFigures.ACTIVITY_SHORT) != 0 ? "A" : ""));
                });
            } finally {
                jdbc.update("DELETE FROM quarterly_report WHERE period = ?", PERIOD);
            }
            assertThat(seen).containsExactly("1:E", "2:I", "3:J", "4:A", "5:");
        }
    }

    @Nested
    @H2Test
    class SingleUnionTestsOnH2 extends SingleUnionTests {
    }

    @Nested
    @MariaDbTest
    class SingleUnionTestsOnMariaDb extends SingleUnionTests {
    }

    @Nested
    @H2Test
    class OnH2 {

        @Autowired
        SqlSessionFactory factory;

        @Test
        void h2TakesTheCommonFormWithTheDefaultFetchSize() {
            assertThat(factory.getConfiguration().getDatabaseId()).isEqualTo("h2");
            for (String statement : STREAMED) {
                Integer fetchSize = fetchSize(factory, statement); // null: the configured default-fetch-size
                assertThat(fetchSize == null || fetchSize > 0).as(statement + ": " + fetchSize).isTrue();
            }
        }
    }

    @Nested
    @MariaDbTest
    class OnMariaDb {

        @Autowired
        SqlSessionFactory factory;

        @Test
        void mysqlStreamsRowByRow() {
            assertThat(factory.getConfiguration().getDatabaseId()).isEqualTo("mysql");
            for (String statement : STREAMED) {
                assertThat(fetchSize(factory, statement)).as(statement).isEqualTo(Integer.MIN_VALUE);
            }
        }
    }
}
