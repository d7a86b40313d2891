/**
 * Workbook templates a statistician can restyle: the built-in layouts, and filling a template's markers and tables
 * with values (docs/templates.md). Long tables are handed to {@code report.sheet}.
 */
package org.unionstat.report.template;
