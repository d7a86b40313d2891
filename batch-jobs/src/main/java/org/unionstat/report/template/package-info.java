/**
 * Workbook and document templates a statistician can restyle in Excel, Word or WPS: the built-in layouts, and filling
 * a template's markers, tables and pictures with values (docs/templates.md). Long tables are handed to
 * {@code report.sheet}.
 */
package org.unionstat.report.template;
