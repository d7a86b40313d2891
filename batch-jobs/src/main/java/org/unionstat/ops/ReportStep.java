package org.unionstat.ops;

import java.nio.file.Path;
import java.time.Instant;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import org.unionstat.domain.Period;
import org.unionstat.report.PeriodReport;

/** Step "report" of a run: writes every output of the period (PeriodReport); its write count is the files written. */
final class ReportStep extends RunStep {

    static final String NAME = "report";

    private final PeriodReport report;
    private final Period period;
    private final Path out;

    ReportStep(JobRepository jobRepository, PeriodReport report, Period period, Path out) {
        super(NAME, jobRepository, true);
        this.report = report;
        this.period = period;
        this.out = out;
    }

    @Override
    protected void doExecute(StepExecution stepExecution) {
        Instant started = Instant.now().minusSeconds(1);
        OutputDirectory.requireWritable(out);
        report.write(period, out);
        Path dir = out.resolve(period.toString());
        stepExecution.setWriteCount(OutputDirectory.countWrittenSince(dir, started));
        stepExecution.getExecutionContext().putString(OUTPUT_DIR, dir.toString());
    }
}
