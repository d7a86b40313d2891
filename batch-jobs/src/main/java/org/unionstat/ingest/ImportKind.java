package org.unionstat.ingest;

import org.unionstat.ingest.source.InputLayout;

/** The two kinds of import: quarterly reports into a quarter, the unit registry into a year. */
public enum ImportKind {

    QUARTERLY("quarterly", InputLayout.QUARTERLY_REPORT, QuarterlyReportImportJobConfiguration.JOB_NAME,
            ImportParameters.PERIOD),
    REGISTRY("registry", InputLayout.UNIT_REGISTRY, RegistryImportJobConfiguration.JOB_NAME, ImportParameters.YEAR);

    private final String key;
    private final InputLayout layout;
    private final String jobName;
    private final String periodParameter;

    ImportKind(String key, InputLayout layout, String jobName, String periodParameter) {
        this.key = key;
        this.layout = layout;
        this.jobName = jobName;
        this.periodParameter = periodParameter;
    }

    /** As stored in import_file.kind. */
    public String key() {
        return key;
    }

    public InputLayout layout() {
        return layout;
    }

    public String jobName() {
        return jobName;
    }

    /** The job parameter naming the period: "period" (a quarter) or "year". */
    public String periodParameter() {
        return periodParameter;
    }
}
