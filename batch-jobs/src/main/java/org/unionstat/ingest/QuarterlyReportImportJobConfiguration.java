package org.unionstat.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.unionstat.domain.Period;
import org.unionstat.ingest.source.FileFormat;
import org.unionstat.ingest.source.InputLayout;
import org.unionstat.ingest.source.SourceRow;
import org.unionstat.ingest.source.SourceRowReader;
import org.unionstat.ingest.spool.BulkLoader;
import org.unionstat.ingest.spool.RowValidation;
import org.unionstat.ingest.spool.SpoolSettings;
import org.unionstat.ingest.spool.SpoolTable;
import org.unionstat.ingest.spool.SpoolingRowWriter;
import org.unionstat.ingest.spool.StagedRows.CheckedRow;
import org.unionstat.ingest.spool.StagedRows.StagedReport;
import org.unionstat.ingest.validate.QuarterlyReportValidator;
import org.unionstat.ingest.validate.ReportRow;
import org.unionstat.ingest.validate.ValidationThreads;

/**
 * Job {@value #JOB_NAME}: one quarterly report file into one quarter.
 * <pre>
 * file ─ inspect ─(refused: job FAILED, nothing stored)
 *          │ import_file row (LOADING)
 *          ▼
 *        load: SourceRowReader → QuarterlyReportValidator (E01-E09, ValidationThreads) → SpoolingRowWriter (E10)
 *          │   spool reports + covered units, rejected_row          (chunks; restartable)
 *          ▼
 *        merge: spool → quarterly_report + report_covered_unit (bulk load), import_file COMPLETED, rejects file
 *               (one transaction)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class QuarterlyReportImportJobConfiguration {

    static final String JOB_NAME = "importQuarterlyReports";

    @Bean
    Job importQuarterlyReports(JobRepository jobRepository, @Qualifier("inspectQuarterlyReportFile") Step inspect,
            @Qualifier("loadQuarterlyReports") Step load, @Qualifier("mergeQuarterlyReports") Step merge) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(inspect).on(InspectFileTasklet.REFUSED).fail()
                .from(inspect).on("COMPLETED").to(load).next(merge)
                .from(inspect).on("*").fail()
                .end()
                .build();
    }

    @Bean
    Step inspectQuarterlyReportFile(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ImportFileMapper importFiles) {
        return new StepBuilder("inspect", jobRepository)
                .tasklet(new InspectFileTasklet(ImportKind.QUARTERLY, importFiles), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step loadQuarterlyReports(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            @Qualifier(ValidationThreads.BEAN) AsyncTaskExecutor validationThreads,
            @Value("${unionstat.ingest.chunk-size:10000}") int chunkSize,
            @Qualifier("quarterlyReportRows") SourceRowReader reader,
            @Qualifier("quarterlyReportValidation") RowValidation<ReportRow> validation,
            @Qualifier("quarterlyReportSpool") SpoolingRowWriter writer) {
        return new StepBuilder("load", jobRepository)
                .<SourceRow, CheckedRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(validation)
                .taskExecutor(validationThreads)
                .writer(writer)
                .listener(SpoolSettings.promoteRecordCounts(SpoolTable.REPORTS))
                .build();
    }

    @Bean
    @StepScope
    SourceRowReader quarterlyReportRows(@Value("#{jobParameters['file']}") String file,
            @Value("#{jobExecutionContext['" + ImportParameters.FORMAT + "']}") String format,
            @Value("#{jobExecutionContext['" + ImportParameters.CHARSET + "']}") String charset) {
        return new SourceRowReader("quarterlyReportRows", Path.of(file), FileFormat.valueOf(format),
                charset == null ? null : Charset.forName(charset), InputLayout.QUARTERLY_REPORT);
    }

    @Bean
    @StepScope
    RowValidation<ReportRow> quarterlyReportValidation(QuarterlyReportValidator validator,
            @Value("#{jobParameters['period']}") String period,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long importId) {
        Period quarter = Period.parse(period);
        return new RowValidation<>(importId, source -> validator.check(source, quarter),
                (id, source, row) -> StagedReport.of(id, source.line(), source.raw(), row));
    }

    @Bean
    @StepScope
    SpoolingRowWriter quarterlyReportSpool(SqlSessionFactory sqlSessionFactory, SpoolSettings spool,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long importId) {
        return new SpoolingRowWriter(sqlSessionFactory, spool.directory(importId),
                List.of(SpoolTable.REPORTS, SpoolTable.COVERED_UNITS), SpoolTable.REPORTS);
    }

    @Bean
    Step mergeQuarterlyReports(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MergeMapper merge, BulkLoader bulk, ImportFileMapper importFiles, RejectsFile rejectsFile,
            SpoolSettings spool) {
        var tasklet = new MergeTasklet.QuarterlyReports(merge, bulk, importFiles, rejectsFile, spool.root());
        return new StepBuilder("merge", jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener(tasklet)
                .build();
    }
}
