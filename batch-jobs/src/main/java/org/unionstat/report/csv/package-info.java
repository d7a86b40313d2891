/**
 * The CSV outputs, indicators-P.csv and scores-P.csv (docs/outputs.md#indicators-csv), and what explains the scores:
 * score-breakdown-P.csv, gaps-P.csv and rank-robustness-P.csv; UTF-8, in the order of the stored figures.
 */
package org.unionstat.report.csv;
