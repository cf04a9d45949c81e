package com.pathway.clinic;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An inquiry's row in the inbox locked by another transaction, on a thread of its own, as another person's try or
 * entry holds it while it makes the lead; {@link #close} lets it go and waits for that transaction to end.
 */
public final class HeldInquiry implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private final Future<?> holder;
    private final Duration wait;

    private HeldInquiry(PlatformTransactionManager transactions, JdbcTemplate jdbc, String reference, Duration wait)
            throws InterruptedException {
        this.wait = wait;
        CountDownLatch held = new CountDownLatch(1);
        holder = other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(state -> {
            jdbc.queryForList("select id from inquiry_inbox where reference = ? for update", reference);
            held.countDown();
            try {
                release.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        if (!held.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new AssertionError("The inquiry " + reference + " was not locked within " + wait);
        }
    }

    /** Locks {@code reference}'s row, waiting at most {@code wait} for the lock (and, at the end, for the release). */
    public static HeldInquiry hold(PlatformTransactionManager transactions, JdbcTemplate jdbc, String reference,
            Duration wait) throws InterruptedException {
        return new HeldInquiry(transactions, jdbc, reference, wait);
    }

    @Override
    public void close() {
        release.countDown();
        try {
            holder.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The transaction holding the inquiry did not end", e);
        } finally {
            other.shutdownNow();
        }
    }
}
