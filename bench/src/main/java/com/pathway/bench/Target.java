package com.pathway.bench;

import java.util.Locale;

/**
 * A target from the benchmark issue: a percentile or a figure that must stay at most, or reach at
 * least, a bound.
 *
 * @param measure what is compared: {@code p95}, {@code p99} (milliseconds) or {@code value}
 * @param atMost {@code true} for an upper bound, {@code false} for a lower one
 * @param bound the bound, in the unit of the measure
 * @param unit the unit the bound is written in
 */
public record Target(String measure, boolean atMost, double bound, String unit) {

    public static Target p95AtMost(double millis) {
        return new Target("p95", true, millis, "ms");
    }

    public static Target p99AtMost(double millis) {
        return new Target("p99", true, millis, "ms");
    }

    public static Target valueAtMost(double bound, String unit) {
        return new Target("value", true, bound, unit);
    }

    public static Target valueAtLeast(double bound, String unit) {
        return new Target("value", false, bound, unit);
    }

    /** The target as written in the results table, e.g. {@code p95 ≤ 50 ms}. */
    public String describe() {
        return measure + (atMost ? " ≤ " : " ≥ ") + Report.number(bound) + " " + unit;
    }

    /** How the measured value compares: met, or missed with the factor by which it is off. */
    public Verdict judge(double measured) {
        boolean met = atMost ? measured <= bound : measured >= bound;
        if (met) {
            return new Verdict(true, "met");
        }
        if (bound == 0) {
            return new Verdict(false, "missed");
        }
        double factor = atMost ? measured / bound : bound / Math.max(measured, 1e-9);
        return new Verdict(false, String.format(Locale.ROOT, "missed (%.2f× off)", factor));
    }

    /** Whether a target was met, in words. */
    public record Verdict(boolean met, String text) {
    }
}
