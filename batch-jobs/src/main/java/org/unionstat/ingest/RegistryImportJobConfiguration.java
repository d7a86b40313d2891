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
import org.unionstat.ingest.spool.StagedRows.StagedUnit;
import org.unionstat.ingest.validate.RegistryRow;
import org.unionstat.ingest.validate.RegistryRowValidator;
import org.unionstat.ingest.validate.ValidationThreads;

/**
 * Job {@value #JOB_NAME}: one unit registry file as the registry of one year.
 * <pre>
 * file ─ inspect ─(refused: job FAILED, the year's registry untouched)
 *          │ import_file row (LOADING)
 *          ▼
 *        load: SourceRowReader → RegistryRowValidator (E01, E02, E05-E07, ValidationThreads) → SpoolingRowWriter (E10)
 *          │   spool units, rejected_row                                  (chunks; restartable)
 *          ▼
 *        merge: spool → unit_registry of the year replaced as a whole (bulk load), import_file COMPLETED, rejects file
 *               (one transaction: a failed import leaves the previous registry)
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class RegistryImportJobConfiguration {

    static final String JOB_NAME = "importUnitRegistry";

    @Bean
    Job importUnitRegistry(JobRepository jobRepository, @Qualifier("inspectRegistryFile") Step inspect,
            @Qualifier("loadRegistryUnits") Step load, @Qualifier("mergeRegistryUnits") Step merge) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(inspect).on(InspectFileTasklet.REFUSED).fail()
                .from(inspect).on("COMPLETED").to(load).next(merge)
                .from(inspect).on("*").fail()
                .end()
                .build();
    }

    @Bean
    Step inspectRegistryFile(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ImportFileMapper importFiles) {
        return new StepBuilder("inspect", jobRepository)
                .tasklet(new InspectFileTasklet(ImportKind.REGISTRY, importFiles), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step loadRegistryUnits(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            @Qualifier(ValidationThreads.BEAN) AsyncTaskExecutor validationThreads,
            @Value("${unionstat.ingest.chunk-size:10000}") int chunkSize,
            @Qualifier("registryRows") SourceRowReader reader,
            @Qualifier("registryValidation") RowValidation<RegistryRow> validation,
            @Qualifier("registrySpool") SpoolingRowWriter writer) {
        return new StepBuilder("load", jobRepository)
                .<SourceRow, CheckedRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(validation)
                .taskExecutor(validationThreads)
                .writer(writer)
                .listener(SpoolSettings.promoteRecordCounts(SpoolTable.REGISTRY_UNITS))
                .build();
    }

    @Bean
    @StepScope
    SourceRowReader registryRows(@Value("#{jobParameters['file']}") String file,
            @Value("#{jobExecutionContext['" + ImportParameters.FORMAT + "']}") String format,
            @Value("#{jobExecutionContext['" + ImportParameters.CHARSET + "']}") String charset) {
        return new SourceRowReader("registryRows", Path.of(file), FileFormat.valueOf(format),
                charset == null ? null : Charset.forName(charset), InputLayout.UNIT_REGISTRY);
    }

    @Bean
    @StepScope
    RowValidation<RegistryRow> registryValidation(RegistryRowValidator validator,
            @Value("#{jobParameters['year']}") String year,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long importId) {
        int registryYear = Integer.parseInt(year);
        return new RowValidation<>(importId, validator::check,
                (id, source, row) -> StagedUnit.of(id, source.line(), source.raw(), registryYear, row));
    }

    @Bean
    @StepScope
    SpoolingRowWriter registrySpool(SqlSessionFactory sqlSessionFactory, SpoolSettings spool,
            @Value("#{stepExecution.jobExecution.jobInstanceId}") long importId) {
        return new SpoolingRowWriter(sqlSessionFactory, spool.directory(importId), List.of(SpoolTable.REGISTRY_UNITS),
                SpoolTable.REGISTRY_UNITS);
    }

    @Bean
    Step mergeRegistryUnits(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MergeMapper merge, BulkLoader bulk, ImportFileMapper importFiles, RejectsFile rejectsFile,
            SpoolSettings spool) {
        var tasklet = new MergeTasklet.UnitRegistry(merge, bulk, importFiles, rejectsFile, spool.root());
        return new StepBuilder("merge", jobRepository)
                .tasklet(tasklet, transactionManager)
                .listener(tasklet)
                .build();
    }
}
