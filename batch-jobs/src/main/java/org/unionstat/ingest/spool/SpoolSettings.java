package org.unionstat.ingest.spool;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where imports spool their accepted rows ({@code unionstat.ingest.spool-dir}, default var/spool, in a subdirectory
 * of the database's own), and what that
 * needs elsewhere: the merge reads the record counts the load step promotes, and MySQL Connector/J must be allowed to
 * send files from the spool for LOAD DATA LOCAL INFILE (allowLoadLocalInfileInPath: that directory only, rather than
 * allowLoadLocalInfile, which would let a server ask for any file).
 */
@Configuration(proxyBeanMethods = false)
public class SpoolSettings {

    static final String SPOOL_DIR = "unionstat.ingest.spool-dir";
    private static final String DEFAULT_SPOOL_DIR = "var/spool";

    private final Path root;

    SpoolSettings(@Value("${" + SPOOL_DIR + ":" + DEFAULT_SPOOL_DIR + "}") String spoolDir,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.root = root(spoolDir).resolve(databaseIdentity(databaseUrl));
    }

    /**
     * The spool directory's own subdirectory per database ({@code h2-1a2b3c4d}, {@code mysql-…}): import ids are
     * numbered per database, so two configurations sharing a working directory (H2 and MySQL) would otherwise spool
     * two imports into one directory.
     */
    static String databaseIdentity(String url) {
        int end = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String database = url.substring(0, end);
        String[] parts = database.split(":");
        String vendor = parts.length > 1 && parts[1].matches("[a-z0-9]+") ? parts[1] : "db";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(database.getBytes(StandardCharsets.UTF_8));
            return vendor + "-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path root(String spoolDir) {
        return Path.of(spoolDir).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path directory(long importId) {
        return ImportSpool.directory(root, importId);
    }

    /**
     * Copies the load step's record counts of {@code tables} into the job's context, where the merge finds them; a
     * table the step did not fill is left out.
     */
    public static ExecutionContextPromotionListener promoteRecordCounts(SpoolTable... tables) {
        ExecutionContextPromotionListener listener = new ExecutionContextPromotionListener();
        listener.setKeys(Arrays.stream(tables).map(SpoolingRowWriter::recordsKey).toArray(String[]::new));
        listener.setStrict(false);
        return listener;
    }

    @Bean
    static BeanPostProcessor loadLocalInfileFromSpool(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                        && (hikari.getJdbcUrl().startsWith("jdbc:mysql:") || hikari.getJdbcUrl().startsWith("jdbc:mariadb:"))) {
                    hikari.addDataSourceProperty("allowLoadLocalInfileInPath",
                            root(environment.getProperty(SPOOL_DIR, DEFAULT_SPOOL_DIR)).toString());
                }
                return bean;
            }
        };
    }
}
