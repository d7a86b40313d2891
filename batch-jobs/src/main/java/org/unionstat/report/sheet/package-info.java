/**
 * Workbooks with long tables: a filled workbook written out while the rows of its long tables go straight to the
 * sheets' XML ({@link org.unionstat.report.sheet.StreamedWorkbook}, {@link org.unionstat.report.sheet.StreamedTable}),
 * so that a million rows never sit in memory; and how a value becomes a cell, text never a formula
 * ({@link org.unionstat.report.sheet.CellWriter}). Knows POI, XML and cell styles, nothing of unionstat.
 */
package org.unionstat.report.sheet;
