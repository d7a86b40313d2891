-- Ingestion: one file imported = one import_file row (its id is the Spring Batch job instance id).
-- Rows are staged per import and merged into the period's reports (or the year's registry) in one transaction,
-- so a file is stored whole or not at all, and a restart never duplicates a row.

CREATE TABLE import_file (
    import_id      BIGINT        NOT NULL PRIMARY KEY,
    kind           VARCHAR(16)   NOT NULL,
    period         VARCHAR(6)    NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    file_path      VARCHAR(1024) NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    file_format    VARCHAR(16)   NOT NULL,
    rows_read      BIGINT        NOT NULL DEFAULT 0,
    rows_accepted  BIGINT        NOT NULL DEFAULT 0,
    rows_rejected  BIGINT        NOT NULL DEFAULT 0,
    status         VARCHAR(16)   NOT NULL,
    started_at     TIMESTAMP     NOT NULL,
    completed_at   TIMESTAMP     NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX import_file_period ON import_file (period, kind, status);

CREATE TABLE quarterly_report (
    period               VARCHAR(6)   NOT NULL,
    union_id             CHAR(18)     NOT NULL,
    union_name           VARCHAR(255) NOT NULL,
    unit_id              CHAR(18)     NOT NULL,
    district_code        VARCHAR(6)   NOT NULL,
    industry_code        CHAR(1)      NOT NULL,
    employees            BIGINT       NOT NULL,
    members              BIGINT       NOT NULL,
    migrant_employees    BIGINT       NOT NULL,
    migrant_members      BIGINT       NOT NULL,
    info_collected       BIGINT       NOT NULL,
    cards_issued         BIGINT       NOT NULL,
    evaluated            BIGINT       NOT NULL,
    satisfied            BIGINT       NOT NULL,
    basically_satisfied  BIGINT       NOT NULL,
    dissatisfied         BIGINT       NOT NULL,
    activities           BIGINT       NOT NULL,
    submitted_on         DATE         NOT NULL,
    import_id            BIGINT       NOT NULL,
    source_line          BIGINT       NOT NULL,
    PRIMARY KEY (period, union_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX quarterly_report_district ON quarterly_report (period, district_code, industry_code);

-- A joint union's other covered units (covered_unit_ids); the union's own unit_id is not repeated here.
CREATE TABLE report_covered_unit (
    period    VARCHAR(6) NOT NULL,
    union_id  CHAR(18)   NOT NULL,
    unit_id   CHAR(18)   NOT NULL,
    PRIMARY KEY (period, union_id, unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX report_covered_unit_unit ON report_covered_unit (period, unit_id);

CREATE TABLE unit_registry (
    registry_year  INT          NOT NULL,
    unit_id        CHAR(18)     NOT NULL,
    unit_name      VARCHAR(255) NOT NULL,
    district_code  VARCHAR(6)   NOT NULL,
    industry_code  CHAR(1)      NOT NULL,
    employees      BIGINT       NOT NULL,
    import_id      BIGINT       NOT NULL,
    PRIMARY KEY (registry_year, unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Staging: rows that passed E01-E09, waiting for the merge step (which also applies E10).
CREATE TABLE report_staging (
    import_id            BIGINT       NOT NULL,
    source_line          BIGINT       NOT NULL,
    period               VARCHAR(6)   NOT NULL,
    union_id             CHAR(18)     NOT NULL,
    union_name           VARCHAR(255) NOT NULL,
    unit_id              CHAR(18)     NOT NULL,
    district_code        VARCHAR(6)   NOT NULL,
    industry_code        CHAR(1)      NOT NULL,
    employees            BIGINT       NOT NULL,
    members              BIGINT       NOT NULL,
    migrant_employees    BIGINT       NOT NULL,
    migrant_members      BIGINT       NOT NULL,
    info_collected       BIGINT       NOT NULL,
    cards_issued         BIGINT       NOT NULL,
    evaluated            BIGINT       NOT NULL,
    satisfied            BIGINT       NOT NULL,
    basically_satisfied  BIGINT       NOT NULL,
    dissatisfied         BIGINT       NOT NULL,
    activities           BIGINT       NOT NULL,
    submitted_on         DATE         NOT NULL,
    raw_record           TEXT         NULL,
    PRIMARY KEY (import_id, source_line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX report_staging_union ON report_staging (import_id, union_id, source_line);

CREATE TABLE covered_unit_staging (
    import_id    BIGINT   NOT NULL,
    source_line  BIGINT   NOT NULL,
    unit_id      CHAR(18) NOT NULL,
    PRIMARY KEY (import_id, source_line, unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE registry_staging (
    import_id      BIGINT       NOT NULL,
    source_line    BIGINT       NOT NULL,
    unit_id        CHAR(18)     NOT NULL,
    unit_name      VARCHAR(255) NOT NULL,
    district_code  VARCHAR(6)   NOT NULL,
    industry_code  CHAR(1)      NOT NULL,
    employees      BIGINT       NOT NULL,
    raw_record     TEXT         NULL,
    PRIMARY KEY (import_id, source_line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX registry_staging_unit ON registry_staging (import_id, unit_id, source_line);

-- Rejected rows of every import, kept for the rejects files and the workbook's data-quality sheet.
CREATE TABLE rejected_row (
    import_id    BIGINT        NOT NULL,
    source_line  BIGINT        NOT NULL,
    record_id    VARCHAR(64)   NULL,
    reason_code  CHAR(3)       NOT NULL,
    reasons      VARCHAR(4000) NOT NULL,
    raw_record   TEXT          NULL,
    PRIMARY KEY (import_id, source_line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
