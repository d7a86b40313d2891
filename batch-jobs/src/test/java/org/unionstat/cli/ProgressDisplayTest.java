package org.unionstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

import org.unionstat.ingest.ImportParameters;
import org.unionstat.text.Messages;

/** The progress line, at a time the test sets (the job's and the step's start are some seconds before it). */
class ProgressDisplayTest {

    /** The progress lines as docs/operations.md states them in English (a logged progress line is English). */
    private static final Messages EN = Messages.inEnglish();

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 21, 9, 30);

    private static JobExecution importOf(long totalRows) {
        JobExecution job = new JobExecution(7, new JobInstance(3, "importQuarterlyReports"), new JobParametersBuilder()
                .addString("period", "2026Q3").addString("file", "/data/inbox/2026Q3/110105-朝阳区.csv").toJobParameters());
        job.setStartTime(NOW.minusSeconds(12));
        if (totalRows > 0) {
            job.getExecutionContext().putLong(ImportParameters.DATA_ROWS, totalRows);
        }
        return job;
    }

    private static StepExecution step(JobExecution job, String name, long read, int secondsAgo) {
        StepExecution step = new StepExecution(11, name, job);
        step.setStatus(BatchStatus.STARTED);
        step.setStartTime(NOW.minusSeconds(secondsAgo));
        step.setReadCount(read);
        job.addStepExecution(step);
        return step;
    }

    @Test
    void aLoadShowsRowsRateAndTimeLeftFromTheRowCountOfTheInspection() {
        JobExecution job = importOf(100_000);
        step(job, "load", 25_000, 10);

        // 25,000 rows in 10 s: 2,500 a second, and 75,000 rows to go
        assertThat(ProgressDisplay.describe(List.of(job), NOW, EN))
                .isEqualTo("2026Q3 110105-朝阳区.csv: load 25000 of 100000 rows (25%), 2500 rows/s, about 0:00:30 left");
        assertThat(ProgressDisplay.describe(List.of(job), NOW.plusSeconds(10), EN)).as("ten seconds later, no more rows")
                .isEqualTo("2026Q3 110105-朝阳区.csv: load 25000 of 100000 rows (25%), 1250 rows/s, about 0:01:00 left");
    }

    @Test
    void onATerminalTheLineIsInTheLanguageSetChineseByDefault() {
        JobExecution job = importOf(100_000);
        step(job, "load", 25_000, 10);

        assertThat(ProgressDisplay.describe(List.of(job), NOW, Messages.inChinese()))
                .isEqualTo("2026Q3 110105-朝阳区.csv：导入 25000 / 100000 行（25%），每秒 2500 行，约剩 0:00:30");
    }

    @Test
    void aRestartedLoadCountsTheRowsOfTheEarlierExecutionFromTheReadersSavedPosition() {
        JobExecution job = importOf(100_000);
        StepExecution load = step(job, "load", 10_000, 10);
        load.getExecutionContext().putLong("quarterlyReportRows.read.count", 70_000);

        // the rate is of this execution's rows: 10,000 in 10 s
        assertThat(ProgressDisplay.describe(List.of(job), NOW, EN))
                .isEqualTo("2026Q3 110105-朝阳区.csv: load 70000 of 100000 rows (70%), 1000 rows/s, about 0:00:30 left");
    }

    @Test
    void withoutARowCountThereIsNoTimeLeft() {
        JobExecution job = importOf(0);
        step(job, "load", 500, 5);

        assertThat(ProgressDisplay.describe(List.of(job), NOW, EN)).isEqualTo("2026Q3 110105-朝阳区.csv: load 500 rows, 100 rows/s");
    }

    @Test
    void stepsWithoutRowsShowWhatTheyDoAndForHowLong() {
        JobExecution job = importOf(100);
        step(job, "merge", 0, 65);
        assertThat(ProgressDisplay.describe(List.of(job), NOW, EN)).isEqualTo("2026Q3 110105-朝阳区.csv: storing 0:01:05");

        JobExecution compute = new JobExecution(8, new JobInstance(4, "computeIndicators"),
                new JobParametersBuilder().addString("period", "2026").toJobParameters());
        step(compute, "computeIndicatorsStep", 0, 3);
        assertThat(ProgressDisplay.describe(List.of(compute), NOW, EN)).isEqualTo("2026: computing indicators 0:00:03");
        assertThat(ProgressDisplay.describe(List.of(), NOW, EN)).isNull();
    }
}
