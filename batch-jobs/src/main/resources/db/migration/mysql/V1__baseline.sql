-- unionstat's schema on MySQL and MariaDB (MariaDB is reached through Connector/J, so Flyway's vendor is mysql).
-- Codes (periods, USCC union and unit ids, district and industry codes) are ASCII that validation has normalised, so
-- they are stored as ascii_bin: keys compare as bytes, and every column holding a code has the same character set,
-- so no join compares two character sets.

-- Spring Batch 6.0 job repository (as spring-batch-core's schema-mysql.sql)

CREATE TABLE BATCH_JOB_INSTANCE (
	JOB_INSTANCE_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT,
	JOB_NAME VARCHAR(100) NOT NULL,
	JOB_KEY VARCHAR(32) NOT NULL,
	constraint JOB_INST_UN unique (JOB_NAME, JOB_KEY)
) ENGINE=InnoDB;

CREATE TABLE BATCH_JOB_EXECUTION (
	JOB_EXECUTION_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT,
	JOB_INSTANCE_ID BIGINT NOT NULL,
	CREATE_TIME DATETIME(6) NOT NULL,
	START_TIME DATETIME(6) DEFAULT NULL,
	END_TIME DATETIME(6) DEFAULT NULL,
	STATUS VARCHAR(10),
	EXIT_CODE VARCHAR(2500),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED DATETIME(6),
	constraint JOB_INST_EXEC_FK foreign key (JOB_INSTANCE_ID)
	references BATCH_JOB_INSTANCE(JOB_INSTANCE_ID)
) ENGINE=InnoDB;

CREATE TABLE BATCH_JOB_EXECUTION_PARAMS (
	JOB_EXECUTION_ID BIGINT NOT NULL,
	PARAMETER_NAME VARCHAR(100) NOT NULL,
	PARAMETER_TYPE VARCHAR(100) NOT NULL,
	PARAMETER_VALUE VARCHAR(2500),
	IDENTIFYING CHAR(1) NOT NULL,
	constraint JOB_EXEC_PARAMS_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ENGINE=InnoDB;

CREATE TABLE BATCH_STEP_EXECUTION (
	STEP_EXECUTION_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT NOT NULL,
	STEP_NAME VARCHAR(100) NOT NULL,
	JOB_EXECUTION_ID BIGINT NOT NULL,
	CREATE_TIME DATETIME(6) NOT NULL,
	START_TIME DATETIME(6) DEFAULT NULL,
	END_TIME DATETIME(6) DEFAULT NULL,
	STATUS VARCHAR(10),
	COMMIT_COUNT BIGINT,
	READ_COUNT BIGINT,
	FILTER_COUNT BIGINT,
	WRITE_COUNT BIGINT,
	READ_SKIP_COUNT BIGINT,
	WRITE_SKIP_COUNT BIGINT,
	PROCESS_SKIP_COUNT BIGINT,
	ROLLBACK_COUNT BIGINT,
	EXIT_CODE VARCHAR(2500),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED DATETIME(6),
	constraint JOB_EXEC_STEP_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ENGINE=InnoDB;

CREATE TABLE BATCH_STEP_EXECUTION_CONTEXT (
	STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT TEXT,
	constraint STEP_EXEC_CTX_FK foreign key (STEP_EXECUTION_ID)
	references BATCH_STEP_EXECUTION(STEP_EXECUTION_ID)
) ENGINE=InnoDB;

CREATE TABLE BATCH_JOB_EXECUTION_CONTEXT (
	JOB_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT TEXT,
	constraint JOB_EXEC_CTX_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ENGINE=InnoDB;

CREATE TABLE BATCH_STEP_EXECUTION_SEQ (
	ID BIGINT NOT NULL,
	UNIQUE_KEY CHAR(1) NOT NULL,
	constraint UNIQUE_KEY_UN unique (UNIQUE_KEY)
) ENGINE=InnoDB;

INSERT INTO BATCH_STEP_EXECUTION_SEQ (ID, UNIQUE_KEY) select * from (select 0 as ID, '0' as UNIQUE_KEY) as tmp where not exists(select * from BATCH_STEP_EXECUTION_SEQ);

CREATE TABLE BATCH_JOB_EXECUTION_SEQ (
	ID BIGINT NOT NULL,
	UNIQUE_KEY CHAR(1) NOT NULL,
	constraint UNIQUE_KEY_UN unique (UNIQUE_KEY)
) ENGINE=InnoDB;

INSERT INTO BATCH_JOB_EXECUTION_SEQ (ID, UNIQUE_KEY) select * from (select 0 as ID, '0' as UNIQUE_KEY) as tmp where not exists(select * from BATCH_JOB_EXECUTION_SEQ);

CREATE TABLE BATCH_JOB_INSTANCE_SEQ (
	ID BIGINT NOT NULL,
	UNIQUE_KEY CHAR(1) NOT NULL,
	constraint UNIQUE_KEY_UN unique (UNIQUE_KEY)
) ENGINE=InnoDB;

INSERT INTO BATCH_JOB_INSTANCE_SEQ (ID, UNIQUE_KEY) select * from (select 0 as ID, '0' as UNIQUE_KEY) as tmp where not exists(select * from BATCH_JOB_INSTANCE_SEQ);

-- import_file: one row per file imported; its id is the Spring Batch job instance id of the import.
CREATE TABLE import_file (
    import_id      BIGINT        NOT NULL PRIMARY KEY,
    kind           VARCHAR(16)   NOT NULL,
    period         VARCHAR(6)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    file_path      VARCHAR(1024) NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    file_format    VARCHAR(16)   NOT NULL,
    rows_read      BIGINT        NOT NULL DEFAULT 0,
    rows_accepted  BIGINT        NOT NULL DEFAULT 0,
    rows_rejected  BIGINT        NOT NULL DEFAULT 0,
    status         VARCHAR(16)   NOT NULL,
    started_at     TIMESTAMP     NOT NULL,
    completed_at   TIMESTAMP     NULL,
    basis_id       BIGINT        NOT NULL DEFAULT 0,
    merge_seq      BIGINT        NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX import_file_period ON import_file (period, kind, status);
CREATE INDEX import_file_sha256 ON import_file (sha256);

-- quarterly_report: the reports of a quarter, one row per union.
CREATE TABLE quarterly_report (
    period               VARCHAR(6)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    union_id             CHAR(18)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    union_name           VARCHAR(255) NOT NULL,
    unit_id              CHAR(18)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    district_code        VARCHAR(6)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    industry_code        CHAR(1)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
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

-- coverage (IndicatorInputMapper.xml) reads a period's report units in unit_id order
CREATE INDEX quarterly_report_unit ON quarterly_report (period, unit_id);

-- report_covered_unit: a joint union's other covered units; the union's own unit_id is not repeated here.
CREATE TABLE report_covered_unit (
    period    VARCHAR(6) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    union_id  CHAR(18)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_id   CHAR(18)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (period, union_id, unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- coverage (IndicatorInputMapper.xml) reads a period's covered units in unit_id order
CREATE INDEX report_covered_unit_unit ON report_covered_unit (period, unit_id);

-- unit_registry: the units registered in a year, the basis of coverage.
CREATE TABLE unit_registry (
    registry_year  INT          NOT NULL,
    unit_id        CHAR(18)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_name      VARCHAR(255) NOT NULL,
    district_code  VARCHAR(6)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    industry_code  CHAR(1)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    employees      BIGINT       NOT NULL,
    import_id      BIGINT       NOT NULL,
    source_line    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (registry_year, unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- coverage (IndicatorInputMapper.xml) reads the registry through this index, which holds all it needs of a unit
CREATE INDEX unit_registry_coverage ON unit_registry (registry_year, unit_id, employees, district_code, industry_code);

-- rejected_row: the rejected rows of every import, for the rejects files and the workbook's data-quality sheet.
CREATE TABLE rejected_row (
    import_id    BIGINT        NOT NULL,
    source_line  BIGINT        NOT NULL,
    record_id    VARCHAR(64)   NULL,
    reason_code  CHAR(3)       NOT NULL,
    reasons      VARCHAR(4000) NOT NULL,
    raw_record   TEXT          NULL,
    PRIMARY KEY (import_id, source_line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- indicator_result: the computed indicators of a period (quarter or year) by dimension; '' where a code does not apply.
CREATE TABLE indicator_result (
    period         VARCHAR(6)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    dimension      VARCHAR(20)    NOT NULL,
    district_code  VARCHAR(6)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    industry_code  VARCHAR(1)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    indicator      VARCHAR(24)    NOT NULL,
    numerator      BIGINT         NOT NULL,
    denominator    BIGINT         NOT NULL,
    ratio          DECIMAL(12,6)  NULL,
    target         DECIMAL(12,6)  NOT NULL,
    met            CHAR(1)        NULL,
    rank_no        INT            NULL,
    display_order  INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (period, dimension, district_code, industry_code, indicator)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- score_result: the computed assessment scores, ranks and grades of a period by dimension.
CREATE TABLE score_result (
    period         VARCHAR(6)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    dimension      VARCHAR(20)    NOT NULL,
    district_code  VARCHAR(6)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    industry_code  VARCHAR(1)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    score          DECIMAL(7,2)   NULL,
    rank_no        INT            NULL,
    grade          VARCHAR(8)     NULL,
    display_order  INT            NOT NULL DEFAULT 0,
    PRIMARY KEY (period, dimension, district_code, industry_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- computed_period: the inputs (fingerprint) that a period's stored figures were computed from, to tell stale figures.
CREATE TABLE computed_period (
    period            VARCHAR(6)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
    inputs            CHAR(64)    NOT NULL,
    computed_at       TIMESTAMP   NOT NULL,
    job_execution_id  BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- job_instance_lock: one row per job instance being run, so that a second launch of the same instance fails at once.
CREATE TABLE job_instance_lock (
    job_name       VARCHAR(100) NOT NULL,
    job_key        VARCHAR(64)  NOT NULL,
    host           VARCHAR(255) NOT NULL,
    pid            BIGINT       NOT NULL,
    process_start  VARCHAR(40)  NULL,
    token          CHAR(36)     NOT NULL,
    locked_at      TIMESTAMP    NOT NULL,
    heartbeat_at   TIMESTAMP    NOT NULL,
    PRIMARY KEY (job_name, job_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- job_execution_process: the process that ran (or runs) a job execution, to tell a live one from a killed one.
CREATE TABLE job_execution_process (
    job_execution_id  BIGINT       NOT NULL PRIMARY KEY,
    host              VARCHAR(255) NOT NULL,
    pid               BIGINT       NOT NULL,
    process_start     VARCHAR(40)  NULL,
    recorded_at       TIMESTAMP    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
