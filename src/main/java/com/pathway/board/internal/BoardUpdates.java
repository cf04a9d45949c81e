package com.pathway.board.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.pathway.board.BoardChange;
import com.pathway.workflow.ItemChanged;
import com.pathway.workflow.ItemCreated;
import com.pathway.workflow.ItemTransitioned;

/**
 * Tells open boards that an item changed, after the change committed: a transition, a new item, or an
 * edit of its fields or user fields (the engine's {@link ItemChanged}). It says only which item of which project changed; each board
 * reads the item again as its own viewer, under the plugin's read rule, so a board never learns of an
 * item its viewer may not read. Listeners run on virtual threads, never on the thread that committed.
 */
@Component
public class BoardUpdates implements AutoCloseable {

    private final List<Consumer<BoardChange>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /** Registers a listener; run the returned action to unregister it. */
    public Runnable subscribe(Consumer<BoardChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void transitioned(ItemTransitioned event) {
        publish(new BoardChange(projectOf(event.key()), event.key()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void created(ItemCreated event) {
        publish(new BoardChange(event.project(), event.key()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void changed(ItemChanged event) {
        publish(new BoardChange(projectOf(event.key()), event.key()));
    }

    void publish(BoardChange change) {
        for (Consumer<BoardChange> listener : listeners) {
            executor.execute(() -> listener.accept(change));
        }
    }

    int listenerCount() {
        return listeners.size();
    }

    private static String projectOf(String key) {
        int dash = key.lastIndexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
