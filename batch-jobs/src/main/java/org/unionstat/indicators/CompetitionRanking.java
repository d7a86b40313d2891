package org.unionstat.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
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

    /** The ranks of whole numbers (scores in hundredths), position by position: 1 + how many are strictly higher. */
    public static int[] rank(long[] values) {
        long[] ascending = values.clone();
        Arrays.sort(ascending);
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            // the first index past every value ≤ values[i]: what lies beyond is strictly higher
            int low = 0;
            int high = ascending.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (ascending[mid] <= values[i]) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            ranks[i] = 1 + ascending.length - low;
        }
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
