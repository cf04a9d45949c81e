package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LoadTest {

    @Test
    void closedLoopStopsAtItsCountAndCountsFailures() {
        AtomicInteger calls = new AtomicInteger();
        Load.Result result = Load.closed(100, 3, Duration.ofSeconds(10), i -> calls.incrementAndGet() % 4 != 0);
        assertThat(calls.get()).isEqualTo(100);
        assertThat(result.ok()).isEqualTo(75);
        assertThat(result.failed()).isEqualTo(25);
        assertThat(result.latency().count()).isEqualTo(100);
    }

    @Test
    void anExceptionIsAFailureNotTheEndOfTheLoop() {
        Load.Result result = Load.closed(10, 2, Duration.ofSeconds(10), i -> {
            throw new IllegalStateException("boom");
        });
        assertThat(result.failed()).isEqualTo(10);
    }

    @Test
    void pacedLoopStopsAtItsTimeCapAndNeverRunsAheadOfItsRate() {
        AtomicInteger calls = new AtomicInteger();
        Load.Result result = Load.paced(1_000_000, 1_000, Duration.ofMillis(200), 8, i -> calls.incrementAndGet() > 0);
        // At most one call per millisecond of the cap; fewer when the machine is busy.
        assertThat(calls.get()).isBetween(1, 202);
        assertThat(result.ok()).isEqualTo(calls.get());
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void pacedLoopStopsAtItsCount() {
        AtomicInteger calls = new AtomicInteger();
        Load.Result result = Load.paced(50, 10_000, Duration.ofSeconds(30), 4, i -> calls.incrementAndGet() > 0);
        assertThat(calls.get()).isEqualTo(50);
        assertThat(result.latency().count()).isEqualTo(50);
    }

    @Test
    void latenciesAreReportedInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 100; i++) {
            latencies.recordNanos(i * 1_000_000L);
        }
        Latencies.Summary summary = latencies.summary();
        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Ms()).isBetween(49.9, 50.1);
        assertThat(summary.p99Ms()).isBetween(98.9, 99.1);
        assertThat(summary.maxMs()).isBetween(99.9, 100.1);
    }
}
