package org.unionstat.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.unionstat.domain.UserFacingException;
import org.unionstat.testing.H2Test;
import org.unionstat.testing.MariaDbTest;
import org.unionstat.testing.TestJobs;

/**
 * Launching, stopping and restarting jobs ({@code jobs}, {@code stop ID}, {@code restart ID}); one launch of a job
 * instance at a time; executions left running by a dead process. On {@link TestJobs}: 100 numbers in chunks of 10,
 * held or failed at a chosen number.
 */
class JobControlTests {

    abstract static class Controls {

        @Autowired
        BatchJobs batchJobs;

        @Autowired
        JobControl control;

        @Autowired
        JobRepository jobRepository;

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        ThisProcess process;

        @Autowired
        TestJobs.Gate gate;

        @Autowired
        OpsSettings settings;

        @Autowired
        @Qualifier(TestJobs.JOB)
        Job job;

        JobParameters parameters;

        @BeforeEach
        void setUp() {
            gate.reset();
            parameters = new JobParametersBuilder().addString("case", UUID.randomUUID().toString()).toJobParameters();
        }

        @AfterEach
        void openTheGate() {
            gate.open();
        }

        CompletableFuture<BatchJobs.Launch> launchInBackground() {
            return CompletableFuture.supplyAsync(() -> batchJobs.run(job, parameters));
        }

        List<Long> executionsOfThisInstance() {
            return jdbc.queryForList("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                    + " ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? AND i.JOB_KEY = ?"
                    + " ORDER BY e.JOB_EXECUTION_ID", Long.class, TestJobs.JOB, JobLocks.jobKey(parameters));
        }

        static List<Integer> oneToHundred() {
            return IntStream.rangeClosed(1, TestJobs.ITEMS).boxed().toList();
        }

        @Test
        void aSecondLaunchOfARunningInstanceIsRefusedWithAClearMessage() throws Exception {
            gate.holdAfter(15);
            CompletableFuture<BatchJobs.Launch> first = launchInBackground();
            gate.awaitWaiting();

            assertThatThrownBy(() -> batchJobs.run(job, parameters)).isInstanceOf(JobAlreadyRunningException.class)
                    .hasMessageContaining("job " + TestJobs.JOB + " (case=")
                    .hasMessageContaining("is already running (process " + process.pid() + " on " + process.host())
                    .hasMessageContaining("not started twice");

            gate.open();
            assertThat(first.get(30, TimeUnit.SECONDS).completed()).isTrue();
            assertThat(executionsOfThisInstance()).hasSize(1);
            assertThat(gate.written()).isEqualTo(oneToHundred());
            // the lock is released: launching again finds the instance complete, and runs nothing
            assertThat(batchJobs.run(job, parameters).alreadyComplete()).isTrue();
        }

        @Test
        void ofTwoLaunchesAtTheSameMomentExactlyOneRuns() throws Exception {
            gate.holdAfter(5);
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Object>> launches = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                launches.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await(10, TimeUnit.SECONDS);
                        return batchJobs.run(job, parameters);
                    } catch (JobAlreadyRunningException e) {
                        return e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            gate.awaitWaiting();
            // the refused launch returns at once, while the other is held at the gate
            CompletableFuture.anyOf(launches.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);
            gate.open();
            List<Object> outcomes = new ArrayList<>();
            for (CompletableFuture<Object> launch : launches) {
                outcomes.add(launch.get(30, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(JobAlreadyRunningException.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(BatchJobs.Launch.class::isInstance).singleElement()
                    .satisfies(l -> assertThat(((BatchJobs.Launch) l).completed()).isTrue());
            assertThat(executionsOfThisInstance()).hasSize(1);
            assertThat(gate.written()).isEqualTo(oneToHundred());
        }

        @Test
        void stopEndsARunningExecutionAtItsNextChunkBoundaryAndRestartResumesIt() throws Exception {
            gate.holdAfter(35);
            CompletableFuture<BatchJobs.Launch> launch = launchInBackground();
            gate.awaitWaiting();
            long id = executionsOfThisInstance().get(0);
            assertThat(control.isLocked(id)).isTrue();

            // what `stop ID` does from any process: mark it in the job repository
            JobControl.Stop stop = control.stop(id);

            assertThat(stop.wasStale()).isFalse();
            assertThat(stop.where()).isEqualTo("process " + process.pid() + " on " + process.host());
            gate.open();
            JobExecution stopped = launch.get(30, TimeUnit.SECONDS).execution();
            assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
            assertThat(gate.written()).isEqualTo(oneToHundred().subList(0, 40));
            assertThat(control.isLocked(id)).isFalse();
            assertThatThrownBy(() -> control.stop(id)).isInstanceOf(UserFacingException.class)
                    .hasMessage("execution " + id + " of job " + TestJobs.JOB + " is not running (STOPPED); nothing to stop");

            JobControl.Restart restart = control.restart(id);

            assertThat(restart.resumed()).isEqualTo(id);
            assertThat(restart.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(gate.written()).isEqualTo(oneToHundred());
            assertThat(executionsOfThisInstance()).hasSize(2);
            assertThatThrownBy(() -> control.restart(id)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("completed; there is nothing to restart");
        }

        @Test
        void restartResumesAFailedExecutionWhereItStopped() {
            gate.failAt(25);
            JobExecution failed = batchJobs.run(job, parameters).execution();
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(gate.written()).isEqualTo(oneToHundred().subList(0, 20));

            JobControl.Restart restart = control.restart(failed.getId());

            assertThat(restart.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(gate.written()).isEqualTo(oneToHundred());
        }

        @Test
        void restartOfARunningExecutionIsRefused() throws Exception {
            gate.holdAfter(15);
            CompletableFuture<BatchJobs.Launch> launch = launchInBackground();
            gate.awaitWaiting();
            long id = executionsOfThisInstance().get(0);

            assertThatThrownBy(() -> control.restart(id)).isInstanceOf(JobAlreadyRunningException.class);

            gate.open();
            assertThat(launch.get(30, TimeUnit.SECONDS).completed()).isTrue();
            assertThatThrownBy(() -> control.restart(999_999_999L)).isInstanceOf(UserFacingException.class)
                    .hasMessage("there is no job execution 999999999 (see `jobs`)");
        }

        /** Makes a failed execution look as a killed process leaves it: STARTED, locked by a pid that is gone. */
        long killedMidway() throws Exception {
            gate.failAt(25);
            JobExecution failed = batchJobs.run(job, parameters).execution();
            long deadPid = deadPid();
            jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL"
                    + " WHERE JOB_EXECUTION_ID = ?", failed.getId());
            jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', END_TIME = NULL"
                    + " WHERE JOB_EXECUTION_ID = ?", failed.getId());
            jdbc.update("UPDATE job_execution_process SET pid = ?, process_start = NULL WHERE job_execution_id = ?",
                    deadPid, failed.getId());
            jdbc.update("INSERT INTO job_instance_lock (job_name, job_key, host, pid, process_start, token, locked_at,"
                    + " heartbeat_at) VALUES (?, ?, ?, ?, NULL, ?, LOCALTIMESTAMP, LOCALTIMESTAMP)", TestJobs.JOB,
                    JobLocks.jobKey(parameters), process.host(), deadPid, UUID.randomUUID().toString());
            return failed.getId();
        }

        static long deadPid() throws Exception {
            Process gone = new ProcessBuilder("true").start();
            gone.waitFor();
            return gone.pid();
        }

        @Test
        void anExecutionLeftRunningByAProcessThatDiedIsShownAndResumedByTheNextLaunch() throws Exception {
            long id = killedMidway();
            assertThat(control.recent(5, TestJobs.JOB)).filteredOn(e -> e.id() == id).singleElement()
                    .satisfies(e -> {
                        assertThat(e.status()).isEqualTo("STARTED");
                        assertThat(e.stale()).isTrue();
                        assertThat(e.written()).isEqualTo(20);
                    });

            BatchJobs.Launch resumed = batchJobs.run(job, parameters);

            assertThat(resumed.completed()).isTrue();
            assertThat(jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(gate.written()).isEqualTo(oneToHundred());
            assertThat(executionsOfThisInstance()).containsExactly(id, resumed.execution().getId());
        }

        @Test
        void restartAndStopOfAnExecutionWhoseProcessDiedMarkItFailed() throws Exception {
            long id = killedMidway();

            JobControl.Stop stop = control.stop(id);

            assertThat(stop.wasStale()).isTrue();
            assertThat(stop.execution().getStatus()).isEqualTo(BatchStatus.FAILED);

            JobControl.Restart restart = control.restart(id);
            assertThat(restart.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(gate.written()).isEqualTo(oneToHundred());
        }

        /**
         * A lock held by a process on another host, whose pid cannot be looked up from here: it is that process's
         * heartbeat, by the database's clock, that tells whether it is alive. Its age is set, not waited for.
         */
        @Test
        void aLockFromAnotherHostIsTakenOverOnlyOnceItsHeartbeatIsOlderThanStaleAfter() {
            long staleAfter = settings.staleAfter().toSeconds();
            jdbc.update("INSERT INTO job_instance_lock (job_name, job_key, host, pid, process_start, token, locked_at,"
                    + " heartbeat_at) VALUES (?, ?, 'elsewhere.example', 4242, NULL, ?, LOCALTIMESTAMP,"
                    + " TIMESTAMPADD(SECOND, ?, LOCALTIMESTAMP))", TestJobs.JOB, JobLocks.jobKey(parameters),
                    UUID.randomUUID().toString(), -(staleAfter - 60));

            assertThatThrownBy(() -> batchJobs.run(job, parameters)).isInstanceOf(JobAlreadyRunningException.class)
                    .hasMessageContaining("is already running (process 4242 on elsewhere.example");
            assertThat(executionsOfThisInstance()).isEmpty();

            jdbc.update("UPDATE job_instance_lock SET heartbeat_at = TIMESTAMPADD(SECOND, ?, LOCALTIMESTAMP)"
                    + " WHERE job_name = ? AND job_key = ?", -(staleAfter + 60), TestJobs.JOB, JobLocks.jobKey(parameters));

            assertThat(batchJobs.run(job, parameters).completed()).isTrue();
            assertThat(gate.written()).isEqualTo(oneToHundred());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM job_instance_lock WHERE job_name = ? AND job_key = ?",
                    Long.class, TestJobs.JOB, JobLocks.jobKey(parameters))).as("taken over, then released").isZero();
        }

        @Test
        void jobsListsRecentExecutionsNewestFirstWithTheirCounts() {
            gate.failAt(25);
            JobExecution failed = batchJobs.run(job, parameters).execution();
            JobExecution completed = control.restart(failed.getId()).execution();

            List<JobControl.ExecutionSummary> recent = control.recent(2, TestJobs.JOB);

            assertThat(recent).extracting(JobControl.ExecutionSummary::id).containsExactly(completed.getId(), failed.getId());
            assertThat(recent.get(0)).satisfies(e -> {
                assertThat(e.jobName()).isEqualTo(TestJobs.JOB);
                assertThat(e.status()).isEqualTo("COMPLETED");
                assertThat(e.read()).isEqualTo(80);
                assertThat(e.written()).isEqualTo(80);
                assertThat(e.parameters()).containsEntry("case", parameters.getString("case"));
                assertThat(e.host()).isEqualTo(process.host());
                assertThat(e.pid()).isEqualTo(process.pid());
                assertThat(e.stale()).isFalse();
            });
            assertThat(recent.get(1).status()).isEqualTo("FAILED");
            assertThat(recent.get(1).written()).isEqualTo(20);
            assertThat(control.recent(1, null)).hasSize(1);
        }
    }

    @Nested
    @H2Test
    @Import(TestJobs.class)
    class OnH2 extends Controls {
    }

    @Nested
    @MariaDbTest
    @Import(TestJobs.class)
    class OnMariaDb extends Controls {
    }
}
