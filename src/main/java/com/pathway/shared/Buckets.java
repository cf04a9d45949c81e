package com.pathway.shared;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/** What the limiters here share: token buckets on one clock, kept per key in a bounded cache. */
final class Buckets {

    private Buckets() {
    }

    /** A bucket clock that reads {@code nanos} (the system's, or a test's). */
    static TimeMeter clock(LongSupplier nanos) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    /** Buckets per key, at most {@code maxKeys}, each forgotten after {@code idle} without use. */
    static Cache<String, Bucket> cache(long maxKeys, Duration idle, LongSupplier nanos) {
        return Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(idle)
                .ticker(nanos::getAsLong)
                .executor(Runnable::run)
                .build();
    }

    /** A bucket of {@code capacity} tokens that refills steadily over {@code period}. */
    static Bucket bucket(int capacity, Duration period, TimeMeter time) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .withCustomTimePrecision(time)
                .build();
    }

    /** Whole seconds to wait, at least 1. */
    static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
