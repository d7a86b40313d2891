/**
 * The assessment workbook and the district workbooks of a period: which figures go in which sheet and table of the
 * templates (docs/outputs.md#assessment-workbook).
 */
package org.unionstat.report.workbook;
