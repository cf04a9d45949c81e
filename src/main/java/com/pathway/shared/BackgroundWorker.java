package com.pathway.shared;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that runs a task in rounds: every {@code interval} once started, and soon after a wake (many
 * wakes before the round starts make one round). A round that throws is logged and the next ones run as planned
 * (a bare scheduled executor would quietly never run a periodic task again).
 */
public final class BackgroundWorker {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWorker.class);

    private final String name;
    private final Runnable task;
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    public BackgroundWorker(String name, Runnable task) {
        this.name = name;
        this.task = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("A round of {} failed; the next one runs as planned", name, e);
            }
        };
    }

    /** Starts the rounds: the first at once, then each {@code interval} after the last one ended. */
    public void start(Duration interval) {
        ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(task, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = worker;
    }

    /** A round {@code delay} from now, unless one woken earlier has not started yet; nothing once stopped. */
    public void wake(Duration delay) {
        ScheduledExecutorService worker = executor;
        if (worker != null && woken.compareAndSet(false, true)) {
            try {
                worker.schedule(() -> {
                    woken.set(false);
                    task.run();
                }, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                woken.set(false);
            }
        }
    }

    /** No new rounds; waits up to 30 s for the current one (and one already woken) to end. */
    public void stop() {
        ScheduledExecutorService worker = executor;
        executor = null;
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return executor != null;
    }
}
