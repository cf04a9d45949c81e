package com.pathway.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How leads behave in one status: how long they stay (a log-normal spread around a median), how
 * many leave the pathway there, and with which resolutions.
 *
 * @param medianDays the typical time spent in the status
 * @param dropOff the share of leads closed in this status instead of moving on
 * @param closings the resolutions of those closed here, with their weights
 * @param comments what staff sometimes write when moving a lead on from here
 */
record StageProfile(double medianDays, double dropOff, Map<String, Integer> closings, List<String> comments) {

    /** A time spent in the status, in seconds: log-normal around the median, at least 20 minutes. */
    long dwellSeconds(SplittableRandom random) {
        double days = medianDays * Math.exp(0.7 * gaussian(random));
        return Math.max(1200, Math.round(days * 86_400));
    }

    String closing(SplittableRandom random) {
        return Weighted.pick(closings, random);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller on the seeded generator (SplittableRandom has no nextGaussian of its own in every JDK).
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
