package org.unionstat.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's password: made once, owner-only, given to a database that had none. */
class EmbeddedDatabaseProtectionTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("var").resolve("unionstat") + ";MODE=MySQL";
    }

    @Test
    void aNewDatabaseGetsARandomPasswordInAFileOnlyItsOwnerCanRead() throws Exception {
        String password = EmbeddedDatabaseProtection.protect(url(), "sa");

        Path file = dir.resolve("var").resolve("unionstat.password");
        assertThat(Files.readString(file).strip()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(EmbeddedDatabaseProtection.protect(url(), "sa")).isEqualTo(password);
        try (Connection c = DriverManager.getConnection(url(), "sa", password)) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close()).isInstanceOf(SQLException.class);
    }

    @Test
    void aDatabaseMadeWithoutPasswordGetsOneAndKeepsItsData() throws Exception {
        try (Connection old = DriverManager.getConnection(url(), "sa", ""); Statement s = old.createStatement()) {
            s.execute("CREATE TABLE kept (n INT)");
            s.execute("INSERT INTO kept VALUES (7)");
        }

        String password = EmbeddedDatabaseProtection.protect(url(), "sa");

        try (Connection c = DriverManager.getConnection(url(), "sa", password); Statement s = c.createStatement()) {
            var rows = s.executeQuery("SELECT n FROM kept");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close()).isInstanceOf(SQLException.class);
    }

    @Test
    void aLostPasswordFileIsSaidPlainly() throws IOException {
        EmbeddedDatabaseProtection.protect(url(), "sa");
        Files.writeString(dir.resolve("var").resolve("unionstat.password"), "another\n");

        assertThatThrownBy(() -> EmbeddedDatabaseProtection.protect(url(), "sa"))
                .hasMessageContaining("accepts neither the password in").hasMessageContaining("unionstat.password");
    }
}
