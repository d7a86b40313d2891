package org.unionstat.ingest;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.step.StepExecution;

import org.unionstat.domain.Period;
import org.unionstat.ingest.source.InputLayout;
import org.unionstat.ingest.spool.BulkLoader;
import org.unionstat.ingest.spool.ImportSpool;
import org.unionstat.ingest.spool.RowValidation;
import org.unionstat.ingest.spool.SpoolTable;
import org.unionstat.ingest.spool.StagedRows.StagedReport;
import org.unionstat.ingest.spool.StagedRows.StagedUnit;
import org.unionstat.ingest.validate.QuarterlyReportValidator;
import org.unionstat.ingest.validate.Reasons;
import org.unionstat.ingest.validate.RegistryRow;
import org.unionstat.ingest.validate.RegistryRowValidator;
import org.unionstat.ingest.validate.ReportRow;
import org.unionstat.text.Messages;

/**
 * The two kinds of import, quarterly reports into a quarter and the unit registry into a year, and all that differs
 * between them; the steps they go through are one definition ({@link ImportJobConfiguration}).
 */
public enum ImportKind {

    /** Quarterly reports: rules E01-E09 of a report; a union's report replaces its earlier one of the quarter. */
    QUARTERLY("quarterly", ImportJobConfiguration.QUARTERLY_JOB, ImportParameters.PERIOD,
            InputLayout.QUARTERLY_REPORT, "quarterlyReportRows",
            List.of(SpoolTable.REPORTS, SpoolTable.COVERED_UNITS)) {

        @Override
        RowValidation<?> validation(Validators validators, long importId, String period) {
            Period quarter = Period.parse(period);
            return new RowValidation<ReportRow>(importId, source -> validators.reports().check(source, quarter),
                    (id, source, row) -> StagedReport.of(id, source.line(), source.raw(), row),
                    validators.reasons(layout()));
        }

        @Override
        void merge(MergeMapper merge, BulkLoader bulk, long importId, String period, Path spool) {
            bulk.load(SpoolTable.REPORTS, ImportSpool.fileInKeyOrder(spool, SpoolTable.REPORTS));
            // a replaced report's covered units go with it; the union's new report brings its own
            merge.deleteReplacedCoveredUnits(period, importId);
            bulk.load(SpoolTable.COVERED_UNITS, ImportSpool.fileInKeyOrder(spool, SpoolTable.COVERED_UNITS));
        }

        /** All the reports it supplied are still the stored ones: no later import replaced any. */
        @Override
        boolean stillStored(ImportFileMapper importFiles, ImportFile imported) {
            return importFiles.countStoredReports(imported.period(), imported.importId()) == imported.rowsAccepted();
        }
    },

    /** The unit registry: rules E01, E02, E05-E07 of a unit; a year's registry is replaced as a whole. */
    REGISTRY("registry", ImportJobConfiguration.REGISTRY_JOB, ImportParameters.YEAR, InputLayout.UNIT_REGISTRY,
            "registryRows", List.of(SpoolTable.REGISTRY_UNITS)) {

        @Override
        RowValidation<?> validation(Validators validators, long importId, String year) {
            int registryYear = Integer.parseInt(year);
            return new RowValidation<RegistryRow>(importId, validators.registry()::check,
                    (id, source, row) -> StagedUnit.of(id, source.line(), source.raw(), registryYear, row),
                    validators.reasons(layout()));
        }

        @Override
        void merge(MergeMapper merge, BulkLoader bulk, long importId, String year, Path spool) {
            merge.deleteRegistry(Integer.parseInt(year));
            bulk.load(SpoolTable.REGISTRY_UNITS, ImportSpool.fileInKeyOrder(spool, SpoolTable.REGISTRY_UNITS));
        }

        /** It is the year's latest import. */
        @Override
        boolean stillStored(ImportFileMapper importFiles, ImportFile imported) {
            ImportFile latest = importFiles.findLatestCompleted(key(), imported.period());
            return latest != null && latest.importId() == imported.importId();
        }
    };

    /** The rules of each kind of row (beans: tests watch them), and the language of the reasons. */
    record Validators(QuarterlyReportValidator reports, RegistryRowValidator registry, Messages messages) {

        Reasons reasons(InputLayout layout) {
            return new Reasons(messages, layout);
        }
    }

    private final String key;
    private final String jobName;
    private final String periodParameter;
    private final InputLayout layout;
    private final String readerName;
    private final List<SpoolTable> spoolTables;

    ImportKind(String key, String jobName, String periodParameter, InputLayout layout, String readerName,
            List<SpoolTable> spoolTables) {
        this.key = key;
        this.jobName = jobName;
        this.periodParameter = periodParameter;
        this.layout = layout;
        this.readerName = readerName;
        this.spoolTables = spoolTables;
    }

    /** As stored in import_file.kind. */
    public String key() {
        return key;
    }

    public String jobName() {
        return jobName;
    }

    /** The job parameter naming the period: "period" (a quarter) or "year". */
    public String periodParameter() {
        return periodParameter;
    }

    public InputLayout layout() {
        return layout;
    }

    /** The reader's name, which prefixes its restart state in the step's context ("quarterlyReportRows.read.count"). */
    String readerName() {
        return readerName;
    }

    /** The tables its spool fills, the first one holding the import's own rows (whose code E10 is about). */
    List<SpoolTable> spoolTables() {
        return spoolTables;
    }

    SpoolTable rowsTable() {
        return spoolTables.get(0);
    }

    /** The column of a row's own code, which E10 is about: union_id, or unit_id of the registry. */
    public String keyColumn() {
        return rowsTable().keyColumn();
    }

    /** The load step's processor: a row checked by the kind's rules, staged as the kind's records when it passes. */
    abstract RowValidation<?> validation(Validators validators, long importId, String period);

    /** Replaces the stored rows by the spooled ones, in the merge's transaction. */
    abstract void merge(MergeMapper merge, BulkLoader bulk, long importId, String period, Path spool);

    /** Whether an earlier import is still what is stored (then importing its file again changes nothing). */
    abstract boolean stillStored(ImportFileMapper importFiles, ImportFile imported);

    /** The kind imported by the job {@code step} belongs to. */
    static ImportKind of(StepExecution step) {
        String job = step.getJobExecution().getJobInstance().getJobName();
        for (ImportKind kind : values()) {
            if (kind.jobName.equals(job)) {
                return kind;
            }
        }
        throw new IllegalStateException("job " + job + " is not an import");
    }
}
