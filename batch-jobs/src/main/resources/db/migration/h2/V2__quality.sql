-- quality_flag: the doubtful figures of a quarter's accepted reports (docs/data-quality.md); never a rejection and
-- never a change of a figure. Replaced whole each time the quarter is reported.
CREATE TABLE quality_flag (
    period          VARCHAR(6)     NOT NULL,
    union_id        CHAR(18)       NOT NULL,
    rule            CHAR(3)        NOT NULL,
    field           VARCHAR(24)    NOT NULL,
    previous_value  BIGINT         NULL,
    current_value   BIGINT         NOT NULL,
    measure         DECIMAL(18,4)  NULL,
    strength        DOUBLE         NOT NULL,
    reference       VARCHAR(16)    NULL,
    PRIMARY KEY (period, union_id, rule, field)
);

-- followup_answer: what a district answered about a flag (import-followup); the latest answer to a flag wins.
CREATE TABLE followup_answer (
    period         VARCHAR(6)     NOT NULL,
    union_id       CHAR(18)       NOT NULL,
    rule           CHAR(3)        NOT NULL,
    field          VARCHAR(24)    NOT NULL,
    current_value  BIGINT         NOT NULL,
    status         VARCHAR(8)     NOT NULL,
    note           VARCHAR(1000)  NOT NULL,
    source_file    VARCHAR(255)   NOT NULL,
    source_line    BIGINT         NOT NULL,
    imported_at    TIMESTAMP      NOT NULL,
    PRIMARY KEY (period, union_id, rule, field)
);

-- "confirmed as correct" is looked up by union, rule and field across periods
CREATE INDEX followup_answer_union ON followup_answer (union_id, rule, field);
