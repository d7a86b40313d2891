/**
 * Stage "aggregates": set-based SQL sums the stored reports per district × industry; here they become the indicators'
 * values, scores, grades and ranks of a period, stored by the computeIndicators job (docs/indicators.md). Also, as
 * pure functions of stored figures, what explains them: points lost, gaps to the targets and rank intervals. Reads
 * the tables the import filled; knows no file format.
 */
package org.unionstat.indicators;
