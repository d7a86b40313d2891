package org.unionstat.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import org.unionstat.domain.UserFacingException;
import org.unionstat.ingest.source.FileFormat;
import org.unionstat.ingest.source.SourceRow;
import org.unionstat.ingest.source.SourceRowReader;
import org.unionstat.ingest.spool.BulkLoader;
import org.unionstat.ingest.spool.RowValidation;
import org.unionstat.ingest.spool.SpoolSettings;
import org.unionstat.ingest.spool.SpoolingRowWriter;
import org.unionstat.ingest.spool.StagedRows.CheckedRow;
import org.unionstat.ingest.validate.QuarterlyReportValidator;
import org.unionstat.ingest.validate.Reasons;
import org.unionstat.ingest.validate.RegistryRowValidator;
import org.unionstat.ingest.validate.ValidationThreads;
import org.unionstat.text.Messages;

/**
 * Jobs {@value #QUARTERLY_JOB} (one quarterly report file into one quarter) and {@value #REGISTRY_JOB} (one unit
 * registry file as the registry of one year): the same three steps, whose parts ask the {@link ImportKind} of the
 * running job for what differs.
 * <pre>
 * file ─ inspect ─(refused: job FAILED, nothing stored)
 *          │ import_file row (LOADING)
 *          ▼
 *        load: SourceRowReader → the kind's validator (ValidationThreads) → SpoolingRowWriter (E10)
 *          │   spool (reports + covered units, or units), rejected_row            (chunks; restartable)
 *          ▼
 *        merge: spool → quarterly_report + report_covered_unit, or the year's unit_registry replaced as a whole
 *               (bulk load), import_file COMPLETED, rejects file     (one transaction: a failed import leaves what
 *               was stored)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

    static final String QUARTERLY_JOB = "importQuarterlyReports";
    static final String REGISTRY_JOB = "importUnitRegistry";

    @Bean
    Job importQuarterlyReports(JobRepository jobRepository, @Qualifier("inspectImportFile") Step inspect,
            @Qualifier("loadImportRows") Step load, @Qualifier("mergeImportSpool") Step merge) {
        return job(ImportKind.QUARTERLY, jobRepository, inspect, load, merge);
    }

    @Bean
    Job importUnitRegistry(JobRepository jobRepository, @Qualifier("inspectImportFile") Step inspect,
            @Qualifier("loadImportRows") Step load, @Qualifier("mergeImportSpool") Step merge) {
        return job(ImportKind.REGISTRY, jobRepository, inspect, load, merge);
    }

    private static Job job(ImportKind kind, JobRepository jobRepository, Step inspect, Step load, Step merge) {
        return new JobBuilder(kind.jobName(), jobRepository)
                .start(inspect).on(InspectFileTasklet.REFUSED).fail()
                .from(inspect).on("COMPLETED").to(load).next(merge)
                .from(inspect).on("*").fail()
                .end()
                .build();
    }

    @Bean
    Step inspectImportFile(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ImportFileMapper importFiles, Messages messages) {
        return new StepBuilder("inspect", jobRepository)
                .tasklet(new InspectFileTasklet(importFiles, messages), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step loadImportRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            @Qualifier(ValidationThreads.BEAN) AsyncTaskExecutor validationThreads,
            @Value("${unionstat.ingest.chunk-size:10000}") int chunkSize,
            @Qualifier("importRows") SourceRowReader reader,
            @Qualifier("importRowValidation") RowValidation<?> validation,
            @Qualifier("importSpool") SpoolingRowWriter writer) {
        if (chunkSize < 1) {
            throw new UserFacingException("unionstat.ingest.chunk-size must be a number of rows of at least 1, not "
                    + chunkSize + " (config/application.yml)");
        }
        return new StepBuilder("load", jobRepository)
                .<SourceRow, CheckedRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(validation)
                .taskExecutor(validationThreads)
                .writer(writer)
                .listener(SpoolSettings.promoteRecordCounts(
                        ImportKind.QUARTERLY.rowsTable(), ImportKind.REGISTRY.rowsTable()))
                .build();
    }

    /** The file's rows; the reader's name is its kind's, so a resumed load finds its own count. */
    @Bean
    @StepScope
    SourceRowReader importRows(@Value("#{stepExecution}") StepExecution step,
            @Value("#{jobParameters['" + ImportParameters.FILE + "']}") String file,
            @Value("#{jobExecutionContext['" + ImportParameters.FORMAT + "']}") String format,
            @Value("#{jobExecutionContext['" + ImportParameters.CHARSET + "']}") String charset) {
        ImportKind kind = ImportKind.of(step);
        return new SourceRowReader(kind.readerName(), Path.of(file), FileFormat.valueOf(format),
                charset == null ? null : Charset.forName(charset), kind.layout());
    }

    @Bean
    @StepScope
    RowValidation<?> importRowValidation(@Value("#{stepExecution}") StepExecution step,
            QuarterlyReportValidator reports, RegistryRowValidator registry, Messages messages) {
        ImportKind kind = ImportKind.of(step);
        return kind.validation(new ImportKind.Validators(reports, registry, messages), step.getJobExecution().getJobInstanceId(),
                step.getJobParameters().getString(kind.periodParameter()));
    }

    @Bean
    @StepScope
    SpoolingRowWriter importSpool(@Value("#{stepExecution}") StepExecution step, SqlSessionFactory sqlSessionFactory,
            SpoolSettings spool, Messages messages) {
        ImportKind kind = ImportKind.of(step);
        return new SpoolingRowWriter(sqlSessionFactory, spool.directory(step.getJobExecution().getJobInstanceId()),
                kind.spoolTables(), kind.rowsTable(), new Reasons(messages, kind.layout()));
    }

    @Bean
    Step mergeImportSpool(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MergeMapper merge, BulkLoader bulk, ImportFileMapper importFiles, RejectsFile rejectsFile,
            SpoolSettings spool) {
        var tasklet = new MergeTasklet(merge, bulk, importFiles, rejectsFile, spool.root());
        return new StepBuilder("merge", jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener(tasklet)
                .build();
    }
}
