package org.unionstat.indicators;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.unionstat.domain.UserFacingException;

/**
 * {@code unionstat.quality} in config/application.yml: the thresholds of the data-quality rules Q01–Q06
 * (docs/data-quality.md, which gives the reasoning behind each default). A bad value or a misspelled key stops the
 * start-up with a message naming the key.
 *
 * @param suddenChangeZ Q01: a change is extreme when its modified z-score is above this in absolute value
 * @param suddenChangeMinimum Q01: … and the count changed by at least this many
 * @param copiedMinEmployees Q02: unions with at least this many employees
 * @param registryFactor Q03: reported employees more than this times the registry's, or less than the registry's
 *        divided by it
 * @param registryMinDifference Q03: … and differing from it by at least this many
 * @param maxActivities Q04: more activities in a quarter than this
 * @param fullSatisfactionMinEvaluated Q05: satisfaction of exactly 100 % with at least this many evaluated
 * @param equalMembersMinEmployees Q06: members equal to employees in a union of at least this many employees
 * @param enabled whether a report looks for doubtful figures at all; off only to measure what they cost (the
 *        benchmark): the outputs then list none
 */
@ConfigurationProperties(prefix = "unionstat.quality", ignoreUnknownFields = false)
public record QualitySettings(@DefaultValue("3.5") BigDecimal suddenChangeZ, @DefaultValue("10") long suddenChangeMinimum,
        @DefaultValue("50") long copiedMinEmployees, @DefaultValue("2") BigDecimal registryFactor,
        @DefaultValue("50") long registryMinDifference, @DefaultValue("90") long maxActivities,
        @DefaultValue("100") long fullSatisfactionMinEvaluated, @DefaultValue("500") long equalMembersMinEmployees,
        @DefaultValue("true") boolean enabled) {

    public QualitySettings {
        positive("sudden-change-z", suddenChangeZ.signum() > 0, suddenChangeZ);
        positive("sudden-change-minimum", suddenChangeMinimum > 0, suddenChangeMinimum);
        positive("copied-min-employees", copiedMinEmployees > 0, copiedMinEmployees);
        if (registryFactor.compareTo(BigDecimal.ONE) <= 0) {
            throw new UserFacingException("unionstat.quality.registry-factor must be more than 1, not " + registryFactor);
        }
        positive("registry-min-difference", registryMinDifference > 0, registryMinDifference);
        positive("max-activities", maxActivities > 0, maxActivities);
        positive("full-satisfaction-min-evaluated", fullSatisfactionMinEvaluated > 0, fullSatisfactionMinEvaluated);
        positive("equal-members-min-employees", equalMembersMinEmployees > 0, equalMembersMinEmployees);
    }

    private static void positive(String key, boolean positive, Object value) {
        if (!positive) {
            throw new UserFacingException("unionstat.quality." + key + " must be more than 0, not " + value);
        }
    }
}
