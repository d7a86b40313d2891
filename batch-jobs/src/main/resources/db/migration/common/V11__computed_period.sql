-- Indicators (issue 3): which inputs the stored figures of a period were computed from (the fingerprint of
-- InputFingerprint), written in the same transaction as the figures, so that `report` can tell stale figures.
CREATE TABLE computed_period (
    period            VARCHAR(6)  NOT NULL PRIMARY KEY,
    inputs            CHAR(64)    NOT NULL,
    computed_at       TIMESTAMP   NOT NULL,
    job_execution_id  BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
