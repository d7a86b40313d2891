package org.unionstat.report.figures;

import java.nio.file.Path;

import org.unionstat.domain.Period;

/**
 * One kind of output file of docs/outputs.md (the CSVs, the assessment workbook, the charts, the district workbooks).
 * {@code report --period P} writes every ReportOutput bean, in {@code @Order}, under {@code outDir}.
 */
public interface ReportOutput {

    void write(Period period, Path outDir);
}
