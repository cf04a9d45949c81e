package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RecentArrivalsTest {

    private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void countsWhatArrivedWithinTheLastSecondOnly() {
        RecentArrivals arrivals = new RecentArrivals();
        assertThat(arrivals.lastSecond(T)).isZero();

        arrivals.record(T);
        arrivals.record(T.plusMillis(50));
        arrivals.record(T.plusMillis(450));
        arrivals.record(T.plusMillis(999));

        assertThat(arrivals.lastSecond(T.plusMillis(999))).isEqualTo(4);
        assertThat(arrivals.lastSecond(T.plusMillis(1_000))).as("the first tenth has gone").isEqualTo(2);
        assertThat(arrivals.lastSecond(T.plusMillis(1_450))).isEqualTo(1);
        assertThat(arrivals.lastSecond(T.plusMillis(1_899))).isEqualTo(1);
        assertThat(arrivals.lastSecond(T.plusMillis(1_900))).as("counted by the tenth: the last one's has gone")
                .isZero();
    }

    @Test
    void aSlotComingRoundAgainForgetsItsOldCount() {
        RecentArrivals arrivals = new RecentArrivals();
        for (int i = 0; i < 30; i++) {
            arrivals.record(T);
        }
        // Three seconds later the same slot counts a new tenth: the thirty are not added to it.
        arrivals.record(T.plusSeconds(3));

        assertThat(arrivals.lastSecond(T.plusSeconds(3))).isEqualTo(1);
        assertThat(arrivals.lastSecond(T)).as("a tenth not yet reached counts nothing").isZero();
    }

    @Test
    void countsArrivalsFromSeveralThreads() throws Exception {
        RecentArrivals arrivals = new RecentArrivals();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 1_000; i++) {
                    arrivals.record(T.plusMillis(i % 1_000));
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(arrivals.lastSecond(T.plusMillis(999))).isEqualTo(4_000);
    }
}
