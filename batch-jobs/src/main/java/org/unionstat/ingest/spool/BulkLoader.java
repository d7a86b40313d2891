package org.unionstat.ingest.spool;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads a spooled table of an import into the stored table, inside the merge's transaction: LOAD DATA LOCAL INFILE on
 * MySQL and MariaDB (the fastest way in, a file the server streams from this process), MERGE from CSVREAD on H2, and
 * multi-row REPLACE statements where a MySQL server refuses LOAD DATA LOCAL (local_infile=OFF, MySQL 8's default) or
 * {@code unionstat.ingest.bulk-load=statements} says so. Records replace stored rows of the same primary key.
 */
@Component
public class BulkLoader {

    /** Records per REPLACE statement: big enough to amortise a round trip, small enough for max_allowed_packet. */
    private static final int ROWS_PER_STATEMENT = 500;

    public enum Method { LOAD_DATA, CSVREAD, STATEMENTS }

    private final BulkLoadMapper mapper;
    private final DataSource dataSource;
    private final String setting;
    private volatile Method method;

    BulkLoader(BulkLoadMapper mapper, DataSource dataSource, @Value("${unionstat.ingest.bulk-load:auto}") String setting) {
        if (!setting.equals("auto") && !setting.equals("statements")) {
            throw new IllegalArgumentException("unionstat.ingest.bulk-load must be auto or statements, not '" + setting + "'");
        }
        this.mapper = mapper;
        this.dataSource = dataSource;
        this.setting = setting;
    }

    /** Loads the spooled records of {@code table} from {@code file}. */
    public void load(SpoolTable table, Path file) {
        String columns = String.join(",", table.columns());
        switch (method()) {
            case LOAD_DATA -> mapper.loadData(file.toString(), table.table(), columns);
            case CSVREAD -> mapper.csvRead(file.toString().replace("'", "''"), table.table(), columns, table.primaryKey());
            case STATEMENTS -> replaceInBatches(table, columns, file);
        }
    }

    public Method method() {
        if (method == null) {
            method = chooseMethod();
        }
        return method;
    }

    private Method chooseMethod() {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is: " + e.getMessage(), e);
        }
        if (product.contains("h2")) {
            return Method.CSVREAD;
        }
        return setting.equals("auto") && mapper.localInfile() ? Method.LOAD_DATA : Method.STATEMENTS;
    }

    private void replaceInBatches(SpoolTable table, String columns, Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>(ROWS_PER_STATEMENT);
            for (CSVRecord record : ImportSpool.FORMAT.parse(reader)) {
                rows.add(record.toList());
                if (rows.size() == ROWS_PER_STATEMENT) {
                    mapper.replaceRows(table.table(), columns, rows);
                    rows.clear();
                }
            }
            if (!rows.isEmpty()) {
                mapper.replaceRows(table.table(), columns, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import spool " + file + ": " + e.getMessage(), e);
        }
    }
}
