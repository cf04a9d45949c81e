package com.pathway.demo.internal;

import java.util.Map;
import java.util.SplittableRandom;

/** Picks a key of a map with probability proportional to its weight; the map's order makes it repeatable. */
final class Weighted {

    private Weighted() {
    }

    static <T> T pick(Map<T, Integer> weights, SplittableRandom random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<T, Integer> e : weights.entrySet()) {
            roll -= e.getValue();
            if (roll < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    static <T> T pick(java.util.List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
