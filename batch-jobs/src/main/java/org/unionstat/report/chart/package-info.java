/**
 * The charts (PNG, JFreeChart) of a period, for the assessment workbook and charts/, with a font that shows Chinese
 * where the machine has one (docs/templates.md).
 */
package org.unionstat.report.chart;
