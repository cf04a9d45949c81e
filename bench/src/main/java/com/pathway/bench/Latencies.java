package com.pathway.bench;

import org.HdrHistogram.ConcurrentHistogram;

/** Latencies recorded from any number of threads, in microseconds, three significant digits. */
public final class Latencies {

    private final ConcurrentHistogram histogram = new ConcurrentHistogram(3);

    public void recordNanos(long nanos) {
        histogram.recordValue(Math.max(1, nanos / 1_000));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public Summary summary() {
        return new Summary(histogram.getTotalCount(), millis(histogram.getValueAtPercentile(50)),
                millis(histogram.getValueAtPercentile(95)), millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getMaxValue()));
    }

    private static double millis(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    /** Percentiles in milliseconds (two decimals). */
    public record Summary(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
    }
}
