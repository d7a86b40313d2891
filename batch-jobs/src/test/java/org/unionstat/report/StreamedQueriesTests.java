package org.unionstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;

/**
 * The workbooks' long lists are streamed row by row from the database: on MySQL/MariaDB that takes a fetch size of
 * Integer.MIN_VALUE (else Connector/J reads the whole result into memory: about 900 MB of heap at 1M reports).
 */
class StreamedQueriesTests {

    static final List<String> STREAMED = List.of("streamUnions", "streamRejectedRows", "streamReportingGaps");

    static Integer fetchSize(SqlSessionFactory factory, String statement) {
        return factory.getConfiguration().getMappedStatement("org.unionstat.report.WorkbookMapper." + statement)
                .getFetchSize();
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
