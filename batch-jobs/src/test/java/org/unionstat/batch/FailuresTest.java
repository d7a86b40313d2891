package org.unionstat.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import org.unionstat.cli.StartupFailures;
import org.unionstat.domain.UserFacingException;

class FailuresTest {

    @Test
    void aUserFacingMessageAnywhereInTheChainIsShownAsItIs() {
        var failure = new IllegalStateException("wrapper", new UserFacingException("2026Q3: run compute first"));
        assertThat(Failures.describe(failure)).isEqualTo("2026Q3: run compute first");
    }

    @Test
    void aFullDiskIsSaidInWords() {
        var failure = new UncheckedIOException("cannot write out/2026Q3/indicators-2026Q3.csv: No space left on device",
                new IOException("No space left on device"));
        assertThat(Failures.describe(failure)).startsWith("the disk is full (cannot write out/2026Q3/indicators-2026Q3.csv")
                .contains("free some space");
    }

    @Test
    void anUnreachableDatabaseIsSaidInWords() {
        var failure = new RuntimeException("Could not open JDBC Connection",
                new SQLException("Communications link failure", "08S01", new ConnectException("Connection refused")));
        assertThat(Failures.isConnectionFailure(failure)).isTrue();
        assertThat(Failures.describe(failure)).isEqualTo("cannot reach the database: Connection refused");
        assertThat(Failures.isConnectionFailure(new SQLException("syntax", "42000"))).isFalse();
    }

    @Test
    void otherwiseTheFirstLinesOfTheOuterAndInnerMessages() {
        var failure = new RuntimeException("### Error querying database\n### SQL: SELECT …",
                new SQLException("Table \"x\" not found; SQL statement:\nSELECT * FROM x"));
        assertThat(Failures.describe(failure)).isEqualTo("### Error querying database: Table \"x\" not found");
    }

    @Test
    void anExitDescriptionLosesTheExceptionClassAndTheStackTrace() {
        ExitStatus status = ExitStatus.FAILED.addExitDescription(
                new UserFacingException("a.csv: import failed (disk full); nothing was lost"));
        assertThat(Failures.fromExitDescription(status)).isEqualTo("a.csv: import failed (disk full); nothing was lost");
        assertThat(Failures.fromExitDescription(ExitStatus.COMPLETED)).isNull();
    }

    @Test
    void startupFailuresNameTheServerWithoutCredentials() {
        assertThat(StartupFailures.where("jdbc:mysql://db.example:3306/unionstat?user=u&password=secret"))
                .isEqualTo("at db.example:3306 (mysql://db.example:3306/unionstat)");
        assertThat(StartupFailures.where("jdbc:mysql://u:secret@db.example/unionstat"))
                .isEqualTo("at db.example (mysql://db.example/unionstat)");
        assertThat(StartupFailures.where("jdbc:h2:file:./var/unionstat;MODE=MySQL;AUTO_SERVER=TRUE"))
                .isEqualTo("(embedded H2 file:./var/unionstat)");
        assertThat(StartupFailures.where(null)).isEqualTo("(no spring.datasource.url set)");
        var failure = new IllegalStateException("Error creating bean 'flyway'",
                new RuntimeException("Could not get Connection for extracting meta-data", new ConnectException("Connection refused")));
        assertThat(StartupFailures.explain(failure, "jdbc:mysql://127.0.0.1:3307/x")).isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("cannot connect to the database at 127.0.0.1:3307 (mysql://127.0.0.1:3307/x): Connection refused");
    }

    @Test
    void parametersAreShownShort() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("sha256", "a3e6dbf32a7cc7fb63de827db34aa9d7344ec181f9e6f474be8a470e10913b26");
        parameters.put("basis", "0");
        parameters.put("file", "/data/inbox/2026Q3/110105-朝阳区.csv");
        parameters.put("period", "2026Q3");
        assertThat(JobParametersText.of(parameters))
                .isEqualTo("period=2026Q3 file=110105-朝阳区.csv basis=0 sha256=a3e6dbf32a7c…");
        var run = new JobParametersBuilder().addString("period", "2026Q3").addString("files", "ab".repeat(32))
                .addString("file.1", "/x/a.csv").addString("sha256.1", "cd".repeat(32))
                .addString("file.2", "/x/b.csv").addString("sha256.2", "ef".repeat(32))
                .addString("basis", "2026-11-21T02:00:00Z").addString("out", "/x/out", false).toJobParameters();
        assertThat(JobParametersText.of(run)).isEqualTo("period=2026Q3 basis=2026-11-21T02:00:00Z files=2");
    }
}
