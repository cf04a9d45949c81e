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

    @Test
    void aRateIsSeenOnceTheLatestTenCameThatFastWithoutWaitingForAWholeSecond() {
        RecentArrivals arrivals = new RecentArrivals();
        // Ten 5 ms apart: a thousand a second, seen at a rate of 100 once the tenth has come (45 ms after the first).
        for (int i = 0; i < 9; i++) {
            arrivals.record(T.plusMillis(5L * i));
        }
        assertThat(arrivals.atRate(T.plusMillis(40), 100)).as("nine of ten, nine in the second").isFalse();
        arrivals.record(T.plusMillis(45));
        assertThat(arrivals.lastSecond(T.plusMillis(45))).isEqualTo(10);
        assertThat(arrivals.atRate(T.plusMillis(45), 100)).as("the latest ten within 100 ms").isTrue();
        assertThat(arrivals.atRate(T.plusMillis(99), 100)).isTrue();
        assertThat(arrivals.atRate(T.plusMillis(100), 100)).as("100 ms after the oldest of the ten").isFalse();
        assertThat(arrivals.atRate(T.plusMillis(45), 1_000)).as("not at a thousand: 45 ms for ten").isFalse();
        assertThat(arrivals.atRate(T.minusMillis(1), 100)).as("arrivals after now count nothing").isFalse();
    }

    @Test
    void aSlowerStreamIsNotAtTheRateUntilASecondOfItReachesIt() {
        RecentArrivals arrivals = new RecentArrivals();
        // Twenty 20 ms apart: fifty a second.
        for (int i = 0; i < 20; i++) {
            arrivals.record(T.plusMillis(20L * i));
            assertThat(arrivals.atRate(T.plusMillis(20L * i), 100)).as("arrival " + i).isFalse();
        }
        assertThat(arrivals.atRate(T.plusMillis(380), 20)).as("twenty within the second").isTrue();
        assertThat(arrivals.atRate(T.plusMillis(380), 0)).as("a rate of 0 is never reached").isFalse();
    }

    @Test
    void belowTenASecondTheRateIsAsManyWithinTheirTime() {
        RecentArrivals arrivals = new RecentArrivals();
        arrivals.record(T);
        arrivals.record(T.plusMillis(300));
        arrivals.record(T.plusMillis(600));

        assertThat(arrivals.atRate(T.plusMillis(600), 3)).as("three within a second").isTrue();
        assertThat(arrivals.atRate(T.plusMillis(600), 4)).isFalse();
        assertThat(arrivals.atRate(T.plusMillis(1_000), 3)).as("a second after the first").isFalse();
    }
}
