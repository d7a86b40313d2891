/**
 * Stage "outputs": the writeReport job, which writes a period's CSVs, workbooks, charts and leaders' report side by
 * side from the stored figures (docs/outputs.md). Its units stand apart: {@code figures} (what is read), {@code csv},
 * {@code chart}, {@code template} (filling workbook and document templates), {@code sheet} (the streamed sheet
 * writer), {@code workbook} and {@code document} (the leaders' report).
 */
package org.unionstat.report;
