package com.pathway.board.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Reads of a board shared by the viewers who see the same board (the card source's {@code sharedView}): a viewer who
 * asks for the board as it is since a moment joins the read of the same board that started at that moment or later,
 * finished or still running, instead of making one of their own. Open boards refresh for others' moves on a common
 * tick, so that the boards of a busy clinic make one read per tick between them instead of one each. A read that
 * fails is not shared: each viewer then reads for themselves. Reads older than {@link #KEPT} are forgotten.
 */
@Component
public class SharedReads {

    static final Duration KEPT = Duration.ofSeconds(10);

    private record Entry(long startedAt, CompletableFuture<Object> result) {
    }

    private final Map<Object, Entry> latest = new ConcurrentHashMap<>();

    /**
     * The value of {@code read} for {@code key} as of {@code since} ({@link System#nanoTime()}): a read of that key
     * started at or after {@code since}, or a new one.
     */
    @SuppressWarnings("unchecked")
    public <T> T read(Object key, long since, Supplier<T> read) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        long now = System.nanoTime();
        Entry fresh = new Entry(now, mine);
        Entry chosen = latest.compute(key, (k, known) -> known != null && known.startedAt() - since >= 0
                && !known.result().isCompletedExceptionally() ? known : fresh);
        if (chosen != fresh) {
            try {
                return (T) chosen.result().join();
            } catch (CompletionException | java.util.concurrent.CancellationException failed) {
                return read.get();
            }
        }
        try {
            T value = read.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            latest.remove(key, fresh);
            throw e;
        } finally {
            forgetOlderThan(now - KEPT.toNanos());
        }
    }

    private void forgetOlderThan(long moment) {
        latest.entrySet().removeIf(e -> e.getValue().startedAt() - moment < 0 && e.getValue().result().isDone());
    }

    int size() {
        return latest.size();
    }
}
