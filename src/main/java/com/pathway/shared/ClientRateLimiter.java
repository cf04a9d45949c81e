package com.pathway.shared;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets per client, plus one ceiling for all clients together. A client is its IPv4
 * address, or the /64 network of its IPv6 address (one subscriber usually holds a whole /64, so
 * counting single IPv6 addresses would let anyone rotate past the limit). The buckets live in a
 * bounded cache that forgets a client after a period without requests, when its bucket would be
 * full again anyway; the global ceiling holds even when a flood of new addresses pushes old buckets
 * out. Buckets live in this node's memory.
 */
public final class ClientRateLimiter {

    /** Clients remembered at most; beyond, the least used ones are forgotten first. */
    public static final long DEFAULT_MAX_CLIENTS = 100_000;

    private final Cache<String, Bucket> buckets;
    private final Bucket global;
    private final int perClient;
    private final Duration period;
    private final TimeMeter time;

    /**
     * @param perClient requests one client may make per {@code period}
     * @param globalCeiling requests all clients together may make per {@code period}
     */
    public ClientRateLimiter(int perClient, int globalCeiling, Duration period) {
        this(perClient, globalCeiling, period, DEFAULT_MAX_CLIENTS, System::nanoTime);
    }

    /** With a clock of its own (nanoseconds), for tests. */
    public ClientRateLimiter(int perClient, int globalCeiling, Duration period, long maxClients, LongSupplier nanos) {
        this.perClient = perClient;
        this.period = period;
        this.time = Buckets.clock(nanos);
        this.buckets = Buckets.cache(maxClients, period, nanos);
        this.global = bucket(globalCeiling);
    }

    /**
     * Takes one request from the client's allowance and the global one; when either is used up, the
     * whole seconds to wait (at least 1). A refused request uses up nothing.
     */
    public OptionalLong tryAcquire(String clientAddress) {
        Bucket client = buckets.get(clientKey(clientAddress), k -> bucket(perClient));
        ConsumptionProbe probe = client.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            return OptionalLong.of(seconds(probe.getNanosToWaitForRefill()));
        }
        ConsumptionProbe overall = global.tryConsumeAndReturnRemaining(1);
        if (!overall.isConsumed()) {
            client.addTokens(1);
            return OptionalLong.of(seconds(overall.getNanosToWaitForRefill()));
        }
        return OptionalLong.empty();
    }

    /** How many clients are remembered now (for tests and metrics). */
    public long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /**
     * The key a client is counted under: an IPv4 address as is, an IPv6 address as its /64 network
     * (an IPv4-mapped IPv6 address counts as the IPv4 address). Anything else is counted as written.
     */
    public static String clientKey(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        if (!a.contains(":") || !a.matches("[0-9a-fA-F:.]+")) {
            return a;
        }
        try {
            byte[] bytes = InetAddress.getByName(a).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (Exception e) {
            return a;
        }
    }

    private Bucket bucket(int capacity) {
        return Buckets.bucket(capacity, period, time);
    }

    private static long seconds(long nanos) {
        return Buckets.seconds(nanos);
    }
}
