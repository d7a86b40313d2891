/**
 * The streamed sheet writer: rows of a long table written straight as the sheet's XML, so that a million rows never
 * sit in memory. Knows XML and cell styles, nothing of unionstat.
 */
package org.unionstat.report.sheet;
