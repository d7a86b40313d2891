package org.unionstat.run;

import java.nio.file.Path;

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
        stepExecution.setWriteCount(report.writeFiles(period, out));
        stepExecution.getExecutionContext().putString(OUTPUT_DIR, out.resolve(period.toString()).toString());
    }
}
