package org.unionstat.batch;

import java.time.LocalDateTime;
import java.util.Collection;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** job_instance_lock and job_execution_process (docs/architecture.md#tables): who runs which job instance and execution. */
@Mapper
public interface JobLockMapper {

    /** Takes the lock of a job instance; fails with a duplicate key when another launch holds it. */
    void insertLock(Holder holder);

    /** The holder of a job instance's lock, or null; {@code heartbeatAge} in seconds, by the database's clock. */
    Holder findLock(@Param("jobName") String jobName, @Param("jobKey") String jobKey);

    /** Releases (or takes away) the lock held under {@code token}; returns 1 when it was held so. */
    int deleteLock(@Param("jobName") String jobName, @Param("jobKey") String jobKey, @Param("token") String token);

    void heartbeat(@Param("tokens") Collection<String> tokens);

    void insertProcess(@Param("jobExecutionId") long jobExecutionId, @Param("host") String host, @Param("pid") long pid,
            @Param("processStart") String processStart);

    /** The process recorded for a job execution, or null (an execution recorded by other means). */
    ExecutionProcess findProcess(long jobExecutionId);

    /** A lock row. */
    record Holder(String jobName, String jobKey, String host, long pid, String processStart, String token,
            LocalDateTime lockedAt, long heartbeatAge) {
    }

    /** Where a job execution runs or ran. */
    record ExecutionProcess(long jobExecutionId, String host, long pid, String processStart, LocalDateTime recordedAt) {
    }
}
