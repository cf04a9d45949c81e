package com.pathway.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
import com.pathway.workflow.PluginDataAccess;
import com.pathway.workflow.WorkItemView;

/**
 * An item's changelog: the changes of the engine's fields, and those a plugin records of its own
 * fields, which only users the plugin's {@link PluginDataAccess} allows may read. Also reads the
 * status history in either order.
 */
@Component
@Transactional
public class Changelog {

    private static final int MAX_VALUE = 1000;

    private final WorkflowEngine engine;
    private final DefinitionStore definitions;
    private final HistoryRepository history;
    private final ItemChangeRepository changes;
    private final List<PluginDataAccess> access;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Changelog(WorkflowEngine engine, DefinitionStore definitions, HistoryRepository history,
            ItemChangeRepository changes, List<PluginDataAccess> access, CurrentUser currentUser, Clock clock) {
        this.engine = engine;
        this.definitions = definitions;
        this.history = history;
        this.changes = changes;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Writes the plugin field changes that change something, as the current user, now. */
    public void record(String key, List<FieldEdit> edits) {
        WorkItem item = engine.load(key);
        String actor = Actor.current(currentUser).username();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (FieldEdit edit : edits) {
            if (Validation.isBlank(edit.field()) || edit.field().length() > 64
                    || ItemFields.WRITABLE.contains(edit.field()) || ItemFields.READ_ONLY.contains(edit.field())) {
                throw new IllegalArgumentException("A plugin field needs a name of 1 to 64 characters that is not "
                        + "one of the engine's: " + edit.field());
            }
            if (!Objects.equals(edit.oldValue(), edit.newValue())) {
                changes.save(new ItemChangeRow(item.getId(), edit.field(), truncate(edit.oldValue()),
                        truncate(edit.newValue()), actor, now, true));
            }
        }
    }

    /** Not read-only: showing plugin fields lets the plugin audit the read in this transaction. */
    public Page<FieldChange> changes(String key, Pageable pageable, boolean newestFirst) {
        WorkItem item = engine.load(key);
        WorkItemView view = WorkflowEngine.view(item, definitions.byId(item.getDefinitionId()));
        Optional<PluginDataAccess> plugin = access.stream().filter(a -> a.supports(item.getType())).findFirst();
        boolean withPluginFields = plugin.map(p -> p.mayRead(view)).orElse(false);
        Page<ItemChangeRow> rows = changes.findChanges(item.getId(), withPluginFields, ordered(pageable, newestFirst));
        if (withPluginFields && rows.stream().anyMatch(ItemChangeRow::isPluginField)) {
            plugin.get().wasRead(view, "changelog");
        }
        return rows.map(c -> new FieldChange(c.getId(), c.getField(), c.getOldValue(), c.getNewValue(), c.getActor(),
                c.getOccurredAt()));
    }

    @Transactional(readOnly = true)
    public Page<HistoryEntry> history(String key, Pageable pageable, boolean newestFirst) {
        WorkItem item = engine.load(key);
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
