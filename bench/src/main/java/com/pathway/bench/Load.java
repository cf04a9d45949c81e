package com.pathway.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Bounded load loops: every loop stops at its count or its time cap, whichever comes first. */
public final class Load {

    private Load() {
    }

    /** One call of a load loop: {@code true} when the answer is the expected one. */
    @FunctionalInterface
    public interface Call {
        boolean run(int index) throws Exception;
    }

    /** What a loop did. */
    public record Result(Latencies.Summary latency, long ok, long failed, Duration elapsed) {

        public double okPerSecond() {
            return elapsed.isZero() ? 0 : ok / (elapsed.toNanos() / 1e9);
        }
    }

    /**
     * Offers {@code count} calls at {@code perSecond} (open loop). Latency is measured from the moment
     * each call was due, so a server that falls behind shows it in the percentiles.
     */
    public static Result paced(int count, int perSecond, Duration cap, int maxInFlight, Call call) {
        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Semaphore inFlight = new Semaphore(maxInFlight);
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                if (due - start > cap.toNanos() || System.nanoTime() - start > cap.toNanos()) {
                    break;
                }
                waitUntil(due);
                inFlight.acquireUninterruptibly();
                int index = i;
                threads.execute(() -> {
                    try {
                        (succeeds(call, index) ? ok : failed).incrementAndGet();
                    } finally {
                        latencies.recordNanos(System.nanoTime() - due);
                        inFlight.release();
                    }
                });
            }
        }
        return new Result(latencies.summary(), ok.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Runs {@code count} calls on {@code workers} threads, each as soon as the previous one answered. */
    public static Result closed(int count, int workers, Duration cap, Call call) {
        Latencies latencies = new Latencies();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + cap.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            threads.add(Thread.ofPlatform().name("bench-load-" + w).start(() -> {
                int index;
                while (System.nanoTime() < deadline && (index = next.getAndIncrement()) < count) {
                    long begin = System.nanoTime();
                    (succeeds(call, index) ? ok : failed).incrementAndGet();
                    latencies.recordNanos(System.nanoTime() - begin);
                }
            }));
        }
        threads.forEach(Load::join);
        return new Result(latencies.summary(), ok.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static boolean succeeds(Call call, int index) {
        try {
            return call.run(index);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static void waitUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
