package com.pathway.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Rounds at start and on wakes, many wakes before a round making one, nothing after a stop. */
class BackgroundWorkerTest {

    @Test
    void aRoundAtStartThenOneForManyWakesBeforeItBegins() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        BackgroundWorker worker = new BackgroundWorker("test-worker", () -> {
            rounds.incrementAndGet();
            first.countDown();
        });
        worker.start(Duration.ofHours(1));
        try {
            assertThat(first.await(5, TimeUnit.SECONDS)).as("the round at start").isTrue();
            assertThat(worker.isRunning()).isTrue();
            for (int i = 0; i < 50; i++) {
                worker.wake(Duration.ofMillis(200));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (rounds.get() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(300);
            assertThat(rounds.get()).as("fifty wakes within the delay: one round").isEqualTo(2);
        } finally {
            worker.stop();
        }
        assertThat(worker.isRunning()).isFalse();
        worker.wake(Duration.ZERO);
        Thread.sleep(100);
        assertThat(rounds.get()).as("no round after the stop").isEqualTo(2);
    }

    @Test
    void aRoundThatFailsLeavesTheNextOnesRunning() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        BackgroundWorker worker = new BackgroundWorker("test-worker", () -> {
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("the first round fails");
            }
        });
        worker.start(Duration.ofMillis(20));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (rounds.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(rounds.get()).isGreaterThanOrEqualTo(3);
        } finally {
            worker.stop();
        }
    }
}
