/**
 * The charts (PNG, JFreeChart) of a period, for the assessment workbook, charts/ and the leaders' report, drawn in
 * Chinese on any machine: with its own CJK font, or the one bundled in the jar (docs/templates.md#chart-fonts).
 */
package org.unionstat.report.chart;
