package com.pathway.clinic.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Writes what concurrent callers hand in, several in one transaction, and answers each caller only after that
 * transaction committed: one commit for many, as a database's own group commit does. No thread of its own: the first
 * caller to find nobody writing writes (the leader), up to {@code maxBatch} waiting items, its own first; the others
 * wait; when the leader has committed it answers them and makes the first item still waiting the next leader. Alone,
 * a caller writes its item at once, as without this class.
 * <p>
 * When a batch cannot be written, each of its items is written again in a transaction of its own, so that one bad
 * item (a key already taken) fails alone and its caller gets that item's own exception; the others are stored.
 *
 * @param <T> what a caller hands in
 * @param <R> what writing one item gives back (an id)
 */
final class GroupCommit<T, R> {

    /** Writes the items in one transaction that has committed when it returns; one result per item, in order. */
    interface Writer<T, R> {
        List<R> write(List<T> items);
    }

    private final Writer<T, R> writer;
    private final int maxBatch;
    private final ArrayDeque<Entry<T>> waiting = new ArrayDeque<>();
    private boolean writing;

    GroupCommit(int maxBatch, Writer<T, R> writer) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.maxBatch = maxBatch;
        this.writer = writer;
    }

    /** Writes {@code item} (with whatever else waits) and returns its result once the transaction committed. */
    R write(T item) {
        Entry<T> mine = new Entry<>(item);
        boolean lead;
        synchronized (this) {
            waiting.add(mine);
            lead = !writing;
            writing = true;
        }
        if (!lead) {
            CompletableFuture.anyOf(mine.lead, mine.outcome).exceptionally(failed -> null).join();
            if (!mine.lead.isDone()) {
                return result(mine);
            }
        }
        lead();
        return result(mine);
    }

    /**
     * Writes one batch, answers its callers and hands the lead on. The leader's own item is at the head: a caller
     * leads when it found the queue empty, or when it was the first waiting as the last batch was answered.
     */
    private void lead() {
        List<Entry<T>> batch = new ArrayList<>();
        synchronized (this) {
            while (batch.size() < maxBatch && !waiting.isEmpty()) {
                batch.add(waiting.poll());
            }
        }
        try {
            writeBatch(batch);
        } finally {
            for (Entry<T> entry : batch) {
                // Whatever was not answered (an Error on the way) must not leave its caller waiting for ever.
                entry.outcome.completeExceptionally(new IllegalStateException("The batch was not written"));
            }
            Entry<T> next;
            synchronized (this) {
                next = waiting.peek();
                writing = next != null;
            }
            if (next != null) {
                next.lead.complete(null);
            }
        }
    }

    private void writeBatch(List<Entry<T>> batch) {
        if (batch.size() > 1) {
            List<R> results;
            try {
                results = writer.write(batch.stream().map(Entry::item).toList());
            } catch (RuntimeException together) {
                results = null;
            }
            if (results != null) {
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).outcome.complete(new Written(results.get(i)));
                }
                return;
            }
        }
        for (Entry<T> entry : batch) {
            try {
                entry.outcome.complete(new Written(writer.write(List.of(entry.item())).getFirst()));
            } catch (RuntimeException e) {
                entry.outcome.completeExceptionally(e);
            }
        }
    }

    /** How many callers wait for their item to be written (for tests). */
    synchronized int waiting() {
        return waiting.size();
    }

    @SuppressWarnings("unchecked")
    private R result(Entry<T> entry) {
        try {
            return (R) ((Written) entry.outcome.join()).value();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A caller's item, its outcome (a {@link Written} result or the exception), and its turn to lead. */
    private record Entry<T>(T item, CompletableFuture<Object> outcome, CompletableFuture<Void> lead) {
        Entry(T item) {
            this(item, new CompletableFuture<>(), new CompletableFuture<>());
        }
    }

    private record Written(Object value) {
    }
}
