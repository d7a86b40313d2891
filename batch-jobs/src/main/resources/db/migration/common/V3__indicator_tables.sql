-- Computed figures of a period (quarter 2026Q3 or year 2026). Recomputing a period replaces all its rows.
-- Codes are '' (never NULL) where a dimension has none, so they can be part of the primary key.

CREATE TABLE indicator_result (
    period         VARCHAR(6)     NOT NULL,
    dimension      VARCHAR(20)    NOT NULL,
    district_code  VARCHAR(6)     NOT NULL,
    industry_code  VARCHAR(1)     NOT NULL,
    indicator      VARCHAR(24)    NOT NULL,
    numerator      BIGINT         NOT NULL,
    denominator    BIGINT         NOT NULL,
    ratio          DECIMAL(12,6)  NULL,
    target         DECIMAL(12,6)  NOT NULL,
    met            CHAR(1)        NULL,
    rank_no        INT            NULL,
    PRIMARY KEY (period, dimension, district_code, industry_code, indicator)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE score_result (
    period         VARCHAR(6)     NOT NULL,
    dimension      VARCHAR(20)    NOT NULL,
    district_code  VARCHAR(6)     NOT NULL,
    industry_code  VARCHAR(1)     NOT NULL,
    score          DECIMAL(7,2)   NULL,
    rank_no        INT            NULL,
    grade          VARCHAR(8)     NULL,
    PRIMARY KEY (period, dimension, district_code, industry_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
