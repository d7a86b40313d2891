package org.unionstat.indicators;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Standard competition ranking ("1224"), higher first: a member's rank is 1 + the number of members with a strictly
 * higher value. Members without a value (null) are not ranked.
 */
public final class CompetitionRanking {

    private CompetitionRanking() {
    }

    /** The rank of every member with a value; members whose value is null are absent from the result. */
    public static <K> Map<K, Integer> rank(Map<K, BigDecimal> values) {
        List<BigDecimal> descending = values.values().stream().filter(v -> v != null)
                .sorted(Collections.reverseOrder()).toList();
        Map<K, Integer> ranks = new LinkedHashMap<>();
        values.forEach((member, value) -> {
            if (value != null) {
                ranks.put(member, 1 + countHigher(descending, value));
            }
        });
        return ranks;
    }

    /** Members of {@code descending} strictly above {@code value} (compareTo, so 0.80 equals 0.8000). */
    private static int countHigher(List<BigDecimal> descending, BigDecimal value) {
        int low = 0;
        int high = descending.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (descending.get(mid).compareTo(value) > 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
