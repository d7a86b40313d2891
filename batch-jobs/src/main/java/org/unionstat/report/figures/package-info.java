/**
 * What the outputs are made from: a period's stored figures and what explains them (points lost, gaps, rank
 * intervals), the previous period's, the targets and the texts of the indicators, read once for every output. No
 * output format here.
 */
package org.unionstat.report.figures;
