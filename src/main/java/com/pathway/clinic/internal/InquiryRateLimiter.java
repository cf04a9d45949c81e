package com.pathway.clinic.internal;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.pathway.clinic.InquiryProperties;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per client address for the public inquiry API. Buckets live in this node's
 * memory; the map is emptied when it grows large, which at worst forgives some senders early.
 */
@Component
public class InquiryRateLimiter {

    private static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final InquiryProperties properties;

    public InquiryRateLimiter(InquiryProperties properties) {
        this.properties = properties;
    }

    /** Takes one request from the address's allowance; when none is left, the seconds to wait. */
    public OptionalLong tryAcquire(String clientAddress) {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(clientAddress, a -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
        return OptionalLong.of(seconds);
    }

    private Bucket newBucket() {
        int limit = properties.requestsPerAddress();
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, properties.period()).build())
                .build();
    }
}
