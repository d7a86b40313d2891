package org.unionstat.batch;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads Spring Batch's job repository tables for {@code jobs} and for finding earlier runs. */
@Mapper
public interface JobHistoryMapper {

    /** The most recent job executions, newest first, with their steps' counts summed. */
    List<ExecutionRow> findRecentExecutions(@Param("limit") int limit, @Param("jobName") String jobName);

    /** The identifying parameters of job executions, in parameter-name order. */
    List<ParameterRow> findIdentifyingParameters(@Param("executionIds") List<Long> executionIds);

    /** The latest job instance of {@code jobName} whose executions have both parameters, or null. */
    Long findLatestInstance(@Param("jobName") String jobName, @Param("name1") String name1,
            @Param("value1") String value1, @Param("name2") String name2, @Param("value2") String value2);

    /** Running executions (STARTING, STARTED, STOPPING) recorded for a process, other than {@code exceptId}. */
    List<Long> findRunningExecutionsOf(@Param("host") String host, @Param("pid") long pid,
            @Param("exceptId") long exceptId);

    /**
     * Asks a running execution to stop: STOPPING, with a new version, so that the process running it (any process)
     * picks the status up when it next saves a step (at the chunk boundary) and stops there. Returns 1 when it was
     * running.
     */
    int markStopping(@Param("jobExecutionId") long jobExecutionId, @Param("now") LocalDateTime now);

    /** A job execution as listed by {@code jobs}. */
    record ExecutionRow(long jobExecutionId, long jobInstanceId, String jobName, String status, String exitCode,
            String exitMessage, LocalDateTime createTime, LocalDateTime startTime, LocalDateTime endTime,
            long readCount, long writeCount, long skipCount, String host, Long pid, String processStart) {
    }

    /** One identifying parameter of an execution. */
    record ParameterRow(long jobExecutionId, String parameterName, String parameterValue) {
    }
}
