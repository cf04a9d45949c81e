package com.pathway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientRateLimiterTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    ClientRateLimiter limiter(int perClient, int global, long maxClients) {
        return new ClientRateLimiter(perClient, global, Duration.ofMinutes(10), maxClients, now::get);
    }

    void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void refusesTheThirdRequestOfOneAddressAndSaysHowLongToWait() {
        ClientRateLimiter limiter = limiter(2, 100, 100);

        assertThat(limiter.tryAcquire("198.51.100.7")).isEmpty();
        assertThat(limiter.tryAcquire("198.51.100.7")).isEmpty();

        assertThat(limiter.tryAcquire("198.51.100.7")).isPresent();
        assertThat(limiter.tryAcquire("198.51.100.7").getAsLong()).isEqualTo(300L);
        assertThat(limiter.tryAcquire("198.51.100.8")).as("another address goes on").isEmpty();
    }

    @Test
    void countsAWholeIpv6Slash64AsOneClient() {
        ClientRateLimiter limiter = limiter(2, 100, 100);

        assertThat(limiter.tryAcquire("2001:db8:1:2::1")).isEmpty();
        assertThat(limiter.tryAcquire("2001:db8:1:2:ffff:ffff:ffff:fffe")).isEmpty();

        assertThat(limiter.tryAcquire("2001:db8:1:2:dead:beef:0:1")).as("same /64, new address").isPresent();
        assertThat(limiter.tryAcquire("2001:db8:1:3::1")).as("the next /64 is someone else").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2001:db8:1:2::1, 2001:db8:1:2:0:0:0:0/64", "[2001:DB8:1:2:abcd::9], 2001:db8:1:2:0:0:0:0/64",
            "fe80::1%eth0, fe80:0:0:0:0:0:0:0/64", "0:0:0:0:0:0:0:1, 0:0:0:0:0:0:0:0/64",
            "::ffff:192.0.2.1, 192.0.2.1", "192.0.2.1, 192.0.2.1", "'', unknown"})
    void clientKeys(String address, String key) {
        assertThat(ClientRateLimiter.clientKey(address)).isEqualTo(key);
    }

    @Test
    void theGlobalCeilingHoldsAcrossAddressesAndARefusalCostsTheClientNothing() {
        ClientRateLimiter limiter = limiter(5, 3, 100);

        assertThat(limiter.tryAcquire("192.0.2.1")).isEmpty();
        assertThat(limiter.tryAcquire("192.0.2.2")).isEmpty();
        assertThat(limiter.tryAcquire("192.0.2.3")).isEmpty();

        assertThat(limiter.tryAcquire("192.0.2.4")).as("a fresh address meets the ceiling").isPresent();
        advance(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("192.0.2.4")).as("refused earlier, not charged: request " + i).isEmpty();
        }
    }

    @Test
    void allowanceRefillsOverThePeriod() {
        ClientRateLimiter limiter = limiter(2, 100, 100);
        limiter.tryAcquire("192.0.2.1");
        limiter.tryAcquire("192.0.2.1");
        assertThat(limiter.tryAcquire("192.0.2.1")).isPresent();

        advance(Duration.ofMinutes(5));

        assertThat(limiter.tryAcquire("192.0.2.1")).as("half the period gives back one request").isEmpty();
        assertThat(limiter.tryAcquire("192.0.2.1")).isPresent();
    }

    @Test
    void forgetsIdleClientsAfterThePeriodAndStaysBoundedUnderAFloodOfAddresses() {
        ClientRateLimiter limiter = limiter(1, 1_000_000, 50);
        limiter.tryAcquire("192.0.2.1");

        advance(Duration.ofMinutes(11));
        assertThat(limiter.clients()).as("idle longer than the period: forgotten, its bucket would be full").isZero();

        for (int i = 0; i < 1_000; i++) {
            limiter.tryAcquire("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(limiter.clients()).isLessThanOrEqualTo(50);
    }
}
