package org.unionstat.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A test on the hand-made {@link QualityFixture}: loaded into the test's database before each test, removed after. */
public abstract class OnQualityFixture {

    @Autowired
    protected JdbcTemplate jdbc;

    protected QualityFixture fixture;

    @BeforeEach
    void loadQualityFixture() {
        fixture = new QualityFixture(jdbc);
        fixture.load();
    }

    @AfterEach
    void removeQualityFixture() {
        fixture.reset();
    }
}
