package org.unionstat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.domain.Period;
import org.unionstat.ingest.ImportSummary;
import org.unionstat.ingest.Imports;
import org.unionstat.ingest.spool.SpoolSettings;

/**
 * Import jobs run in a test's own quarter and year (far in the future, so no other test's data is touched): cleared
 * before and after each test, files imported one at a time into {@code out}.
 */
public abstract class ImportFixture {

    @Autowired
    protected Imports imports;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected SpoolSettings spool;

    @TempDir
    protected Path dir;

    protected PeriodTables tables;
    protected Path out;

    private final Period quarter;
    private final int year;

    protected ImportFixture(Period quarter, int year) {
        this.quarter = quarter;
        this.year = year;
    }

    @BeforeEach
    protected void clean() {
        tables = new PeriodTables(jdbc, spool.root());
        tables.clear(quarter.toString(), Integer.toString(year));
        out = dir.resolve("out");
    }

    @AfterEach
    protected void cleanUp() {
        tables.clear(quarter.toString(), Integer.toString(year));
    }

    /** Imports one file of quarterly reports into the quarter. */
    protected ImportSummary importFile(Path file) {
        List<ImportSummary> summaries = imports.importPaths(quarter, List.of(file), out);
        assertThat(summaries).hasSize(1);
        return summaries.get(0);
    }
}
