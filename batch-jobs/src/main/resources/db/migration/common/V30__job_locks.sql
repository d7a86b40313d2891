-- Operations (issue 5).
-- job_instance_lock: one row per job instance being run, inserted before the launch and deleted after it. The primary
-- key makes a second launch of the same instance fail at once, in this or another process, on H2 and MySQL/MariaDB
-- alike (Spring Batch's own "already running" check races under READ_COMMITTED). A row whose process is gone (same
-- host: no such pid; other host: no heartbeat for a while) is stale and is taken over by the next launch.
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

-- job_execution_process: which process ran (or runs) a job execution, so that `jobs` can tell a live execution
-- from one left STARTED by a killed process.
CREATE TABLE job_execution_process (
    job_execution_id  BIGINT       NOT NULL PRIMARY KEY,
    host              VARCHAR(255) NOT NULL,
    pid               BIGINT       NOT NULL,
    process_start     VARCHAR(40)  NULL,
    recorded_at       TIMESTAMP    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
