package com.pathway.bench;

/**
 * One line of the results: either latency percentiles or a single figure, with the ratio to the
 * floor measured in the same run and the target when the issue names one.
 *
 * @param measure what was measured
 * @param latency percentiles, or {@code null} for a single figure
 * @param value the figure, or {@code null} for latencies
 * @param unit the unit of {@code value}
 * @param floorRatio p95 divided by the floor's p95, or {@code null} without a floor
 * @param target the target, or {@code null}
 * @param verdict the target met or missed, or {@code null} without a target
 */
public record Row(String measure, Latencies.Summary latency, Double value, String unit, Double floorRatio,
        String target, String verdict) {

    public static Row latency(String measure, Latencies.Summary latency, Latencies.Summary floor, Target target) {
        Double ratio = floor == null || floor.p95Ms() <= 0 ? null
                : Math.round(latency.p95Ms() / floor.p95Ms() * 100) / 100.0;
        String verdict = target == null ? null
                : latency.count() == 0 ? "not measured (no request answered)"
                : target.judge(percentile(latency, target.measure())).text();
        return new Row(measure, latency, null, null, ratio, target == null ? null : target.describe(), verdict);
    }

    public static Row figure(String measure, double value, String unit, Target target) {
        double rounded = Math.round(value * 100) / 100.0;
        return new Row(measure, null, rounded, unit, null, target == null ? null : target.describe(),
                target == null ? null : target.judge(rounded).text());
    }

    private static double percentile(Latencies.Summary latency, String measure) {
        return switch (measure) {
            case "p50" -> latency.p50Ms();
            case "p95" -> latency.p95Ms();
            case "p99" -> latency.p99Ms();
            default -> throw new IllegalArgumentException("A latency target names p50, p95 or p99, not " + measure);
        };
    }
}
