/**
 * Stage "outputs": the writeReport job, which writes a period's CSVs, workbooks and charts side by side from the stored
 * figures (docs/outputs.md). Its units stand apart: {@code figures} (what is read), {@code csv}, {@code chart},
 * {@code template} (filling workbook templates), {@code sheet} (the streamed sheet writer) and {@code workbook}.
 */
package org.unionstat.report;
