package org.unionstat.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.unionstat.domain.UserFacingException;

/**
 * The embedded H2 file database leaves no open door (docs/operations.md#the-embedded-database). AUTO_SERVER opens a
 * TCP port while a command runs, so that a second process can use the file: H2 binds it to the loopback interface
 * only ({@code h2.bindAddress}), and the database has a random password, made on first start in
 * {@code <database>.password} beside the file, readable by its owner only (0600). A database made before, without a
 * password, gets this one the first time it is opened. A password set in the configuration is used as it is.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedDatabaseProtection {

    private static final String FILE_URL = "jdbc:h2:file:";
    /** H2's error code for a wrong user name or password. */
    private static final int WRONG_PASSWORD = 28000;

    /** Before H2 is loaded: its servers listen on 127.0.0.1 only (unless the operator set another address). */
    public static void bindToLoopback() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    @Bean
    static BeanPostProcessor embeddedDatabasePassword() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                        && hikari.getJdbcUrl().startsWith(FILE_URL)
                        && (hikari.getPassword() == null || hikari.getPassword().isEmpty())) {
                    bindToLoopback();
                    hikari.setPassword(protect(hikari.getJdbcUrl(), hikari.getUsername()));
                }
                return bean;
            }
        };
    }

    /** The database's password: read from its file, or made and given to the database (an old one had none). */
    static String protect(String url, String user) {
        Path database = Path.of(databasePath(url));
        Path file = database.resolveSibling(database.getFileName() + ".password");
        String password = password(file);
        try (Connection accepted = DriverManager.getConnection(url, user, password)) {
            return password;
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_PASSWORD) {
                return password; // the database is not reachable now: the pool says why in its own words
            }
        }
        try (Connection old = DriverManager.getConnection(url, user, "");
                Statement statement = old.createStatement()) {
            statement.execute("ALTER USER \"" + user.toUpperCase(java.util.Locale.ROOT).replace("\"", "\"\"")
                    + "\" SET PASSWORD '" + password + "'");
            return password;
        } catch (SQLException e) {
            throw new UserFacingException("the embedded database " + database + " accepts neither the password in "
                    + file + " nor none; restore that file from the backup taken with the database, or set"
                    + " spring.datasource.password in config/application.yml", e);
        }
    }

    private static String databasePath(String url) {
        String rest = url.substring(FILE_URL.length());
        int end = rest.indexOf(';');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static String password(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(file);
                }
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip(); // another process made it first
            }
            Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the embedded database's password file " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
