package org.unionstat.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import org.unionstat.domain.Period;
import org.unionstat.indicators.PeriodComputation;
import org.unionstat.ingest.Imports;
import org.unionstat.report.PeriodReport;
import org.unionstat.text.Messages;

/**
 * Job {@value #JOB_NAME} ({@code run --period P [PATH…]}): import each file, compute, report — as one job.
 * <pre>
 * import 1 NAME ─ import 2 NAME ─ … ─ compute ─ report
 * </pre>
 * Its steps follow from its parameters ({@link RunParameters}: one import step per file, in order), so the job is
 * assembled for each execution rather than once as a bean of fixed steps. A failed or stopped run restarts where it
 * stopped: completed imports are not done again (an interrupted one resumes its own job instance after its last
 * committed chunk); compute and report run again on every restart.
 */
@Component
public class RunPeriodJob extends AbstractJob {

    public static final String JOB_NAME = "runPeriod";

    private final Imports imports;
    private final PeriodComputation computation;
    private final PeriodReport report;
    private final Messages messages;

    public RunPeriodJob(JobRepository jobRepository, Imports imports, PeriodComputation computation,
            PeriodReport report, Messages messages) {
        super(JOB_NAME);
        setJobRepository(jobRepository);
        setJobParametersValidator(new DefaultJobParametersValidator(
                new String[] {RunParameters.PERIOD, RunParameters.FILES, RunParameters.BASIS}, new String[0]));
        this.imports = imports;
        this.computation = computation;
        this.report = report;
        this.messages = messages;
    }

    /** The steps of a run with these parameters, in order. */
    List<Step> steps(Period period, List<RunParameters.RunFile> files, Path out) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            steps.add(new ImportFileStep(getJobRepository(), imports, period, i + 1, files.get(i), out, messages));
        }
        steps.add(new ComputeStep(getJobRepository(), computation, period));
        steps.add(new ReportStep(getJobRepository(), report, period, out));
        return steps;
    }

    @Override
    protected void doExecute(JobExecution execution) throws JobExecutionException {
        var parameters = execution.getJobParameters();
        StepExecution last = null;
        for (Step step : steps(RunParameters.period(parameters), RunParameters.files(parameters),
                RunParameters.out(parameters))) {
            last = handleStep(step, execution);
            if (last.getStatus() != BatchStatus.COMPLETED) {
                break;
            }
        }
        if (last != null) {
            execution.upgradeStatus(last.getStatus());
            execution.setExitStatus(last.getExitStatus());
        }
    }

    @Override
    public Step getStep(String stepName) {
        return null; // assembled per execution; nothing to look up (JobOperator.stop works through the repository)
    }

    @Override
    public Collection<String> getStepNames() {
        return List.of();
    }
}
