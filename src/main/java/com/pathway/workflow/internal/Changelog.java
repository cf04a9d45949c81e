package com.pathway.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.pathway.security.CurrentUser;
import com.pathway.shared.Validation;
import com.pathway.workflow.FieldChange;
import com.pathway.workflow.FieldEdit;
import com.pathway.workflow.HistoryEntry;

/**
 * An item's changelog: the changes of the engine's fields and those a plugin records of its own
 * fields, and its status history in either order. Who may read the item (by its type's
 * {@link com.pathway.workflow.ItemAccess}) reads all of it; anyone else gets the answer of an unknown
 * key. Reads of restricted items are audited in the reading transaction.
 */
@Component
@Transactional
public class Changelog {

    private static final int MAX_VALUE = 1000;

    private final WorkflowEngine engine;
    private final HistoryRepository history;
    private final ItemChangeRepository changes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    public Changelog(WorkflowEngine engine, HistoryRepository history,
            ItemChangeRepository changes, CurrentUser currentUser, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.engine = engine;
        this.history = history;
        this.changes = changes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Writes the plugin field changes that change something, as the current user, now. */
    public void record(String key, List<FieldEdit> edits) {
        record(engine.loadWritable(key, "field changes"), edits, Actor.current(currentUser).username());
    }

    /**
     * Writes plugin field changes made for nobody signed in, as {@code actor}, without a read rule: the
     * plugin has checked that the change is allowed (a signed link of a public page).
     */
    public void recordAs(String key, List<FieldEdit> edits, String actor) {
        record(engine.load(key), edits, actor);
    }

    private void record(WorkItem item, List<FieldEdit> edits, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean changed = false;
        for (FieldEdit edit : edits) {
            if (Validation.isBlank(edit.field()) || edit.field().length() > 64
                    || ItemFields.WRITABLE.contains(edit.field()) || ItemFields.READ_ONLY.contains(edit.field())) {
                throw new IllegalArgumentException("A plugin field needs a name of 1 to 64 characters that is not "
                        + "one of the engine's: " + edit.field());
            }
            if (!Objects.equals(edit.oldValue(), edit.newValue())) {
                changes.save(new ItemChangeRow(item.getId(), edit.field(), truncate(edit.oldValue()),
                        truncate(edit.newValue()), actor, now, true));
                changed = true;
            }
        }
        if (changed) {
            events.publishEvent(new com.pathway.workflow.ItemChanged(item.getId(), item.getKey(), actor, now));
        }
    }

    /** Not read-only: the read of a restricted item is audited in this transaction. */
    public Page<FieldChange> changes(String key, Pageable pageable, boolean newestFirst) {
        WorkItem item = engine.loadReadable(key, "changelog");
        Page<ItemChangeRow> rows = changes.findChanges(item.getId(), true, ordered(pageable, newestFirst));
        engine.wasRead(item, "changelog");
        return rows.map(c -> new FieldChange(c.getId(), c.getField(), c.getOldValue(), c.getNewValue(), c.getActor(),
                c.getOccurredAt()));
    }

    /** Not read-only: the read of a restricted item is audited in this transaction. */
    public Page<HistoryEntry> history(String key, Pageable pageable, boolean newestFirst) {
        WorkItem item = engine.loadReadable(key, "history");
        engine.wasRead(item, "history");
        return history.findByItemId(item.getId(), ordered(pageable, newestFirst)).map(engine::entry);
    }

    private static Pageable ordered(Pageable pageable, boolean newestFirst) {
        Sort byId = newestFirst ? Sort.by(Sort.Direction.DESC, "id") : Sort.by(Sort.Direction.ASC, "id");
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), byId)
                : Pageable.unpaged(byId);
    }

    private static String truncate(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    }
}
