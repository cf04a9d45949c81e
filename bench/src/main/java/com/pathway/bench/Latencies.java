package com.pathway.bench;

import org.HdrHistogram.ConcurrentHistogram;

/** Latencies recorded from any number of threads, in microseconds, three significant digits. */
public final class Latencies {

    private final ConcurrentHistogram histogram;
    private final Latencies also;

    public Latencies() {
        this(new ConcurrentHistogram(3), null);
    }

    private Latencies(ConcurrentHistogram histogram, Latencies also) {
        this.histogram = histogram;
        this.also = also;
    }

    /** These latencies, each recorded into {@code other} as well (e.g. all round trips and one action's). */
    public Latencies andInto(Latencies other) {
        return new Latencies(histogram, other);
    }

    public void recordNanos(long nanos) {
        histogram.recordValue(Math.max(1, nanos / 1_000));
        if (also != null) {
            also.recordNanos(nanos);
        }
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
