package com.pathway.shared;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Counts failures (a wrong password, a bad API token) per key and says when a key has used up its
 * allowance, so that a caller can refuse the next attempt before doing any work for it. Unlike
 * {@link ClientRateLimiter}, asking costs nothing: only a failure takes from the allowance, which
 * refills steadily over the period. Keys are whatever the caller counts by, usually
 * {@link ClientRateLimiter#clientKey} of the client's address; buckets live in this node's memory, in a
 * bounded cache that forgets a key once its allowance would be full again.
 */
public final class FailureLimiter {

    private final Cache<String, Bucket> buckets;
    private final int allowance;
    private final Duration period;
    private final TimeMeter time;

    /** @param allowance failures a key may have per {@code period} before it is refused */
    public FailureLimiter(int allowance, Duration period) {
        this(allowance, period, ClientRateLimiter.DEFAULT_MAX_CLIENTS, System::nanoTime);
    }

    /** With a clock of its own (nanoseconds), for tests. */
    public FailureLimiter(int allowance, Duration period, long maxKeys, LongSupplier nanos) {
        if (allowance < 1) {
            throw new IllegalArgumentException("allowance must be at least 1");
        }
        this.allowance = allowance;
        this.period = period;
        this.time = Buckets.clock(nanos);
        this.buckets = Buckets.cache(maxKeys, period, nanos);
    }

    /** The whole seconds (at least 1) until the key may try again, or empty when it may try now. */
    public OptionalLong refused(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return OptionalLong.empty();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Buckets.seconds(probe.getNanosToWaitForRefill()));
    }

    /** Counts one failure of the key; returns true when this failure used up its allowance. */
    public boolean failed(String key) {
        Bucket bucket = buckets.get(key, k -> Buckets.bucket(allowance, period, time));
        bucket.tryConsume(1);
        return !bucket.estimateAbilityToConsume(1).canBeConsumed();
    }
}
