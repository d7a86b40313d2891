package org.unionstat.report.figures;

import org.unionstat.domain.Period;

/**
 * Where the analyses of a period come from (the score breakdown, gaps and rank robustness outputs). The leaders'
 * report asks the bean of this type if there is one; without one, or for a period it has nothing for, it answers
 * {@link AssessmentAnalyses#NONE} and the report is written from the figures alone.
 */
public interface AssessmentAnalysesSource {

    AssessmentAnalyses analyses(Period period);
}
