package com.pathway.workflow.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.pathway.shared.InvalidInputException;
import com.pathway.workflow.FieldStore;
import com.pathway.workflow.WorkflowDefinition;

/**
 * Reads and writes an item's fields by name: the engine's own ({@code summary}, {@code assignee},
 * {@code resolution}, and read-only {@code key}, {@code type}, {@code status}, {@code reporter}) and
 * those of the plugin {@link FieldStore} for the item's type. Changes to engine fields are written
 * to the changelog.
 */
@Component
public class ItemFields {

    static final Set<String> WRITABLE = Set.of("summary", "assignee", "resolution");
    static final Set<String> READ_ONLY = Set.of("key", "type", "status", "category", "reporter");

    private final List<FieldStore> stores;
    private final ItemChangeRepository changes;

    public ItemFields(List<FieldStore> stores, ItemChangeRepository changes) {
        this.stores = stores;
        this.changes = changes;
    }

    /** Every field a rule may name: the engine's own and those of every plugin's field store, sorted. */
    public java.util.SortedSet<String> fieldNames() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>(WRITABLE);
        names.addAll(READ_ONLY);
        stores.forEach(store -> names.addAll(store.fieldNames()));
        return names;
    }

    public Object read(WorkItem item, String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "key" -> item.getKey();
            case "type" -> item.getType();
            case "status" -> item.getStatus();
            case "category" -> item.getCategory().name();
            case "reporter" -> item.getReporter();
            case "summary" -> item.getSummary();
            case "assignee" -> item.getAssignee();
            case "resolution" -> item.getResolution();
            default -> store(item.getType(), field).map(s -> s.read(item.getId(), field)).orElse(null);
        };
    }

    /** Whether items of this type have a writable field of that name. */
    public boolean isWritable(String itemType, String field) {
        return WRITABLE.contains(field) || store(itemType, field).isPresent();
    }

    /** Whether a transition screen of this item type may ask for this name: a writable field or a transition value. */
    public boolean isScreenField(String itemType, String field) {
        return isWritable(itemType, field) || isTransitionValue(itemType, field);
    }

    /** Whether the name is a value the plugin takes from the transition, not a field kept on the item. */
    public boolean isTransitionValue(String itemType, String field) {
        return !isWritable(itemType, field)
                && stores.stream().anyMatch(s -> s.supports(itemType) && s.transitionValues().contains(field));
    }

    public void write(WorkItem item, WorkflowDefinition definition, String field, Object value, String actor,
            Instant now) {
        String text = Values.isEmpty(value) ? null : Values.text(value).strip();
        switch (field) {
            case "summary" -> {
                if (text == null || text.length() > 255) {
                    throw InvalidInputException.of("summary", "Enter a summary of at most 255 characters.");
                }
                String old = item.getSummary();
                item.rename(text, now);
                changed(item, field, old, text, actor, now);
            }
            case "assignee" -> {
                String username = text == null ? null : text.toLowerCase(Locale.ROOT);
                if (username != null && username.length() > 64) {
                    throw InvalidInputException.of("assignee", "A user name has at most 64 characters.");
                }
                String old = item.getAssignee();
                item.assignTo(username, now);
                changed(item, field, old, username, actor, now);
            }
            case "resolution" -> {
                if (text != null && !definition.resolutionNames().contains(text)) {
                    throw InvalidInputException.of("resolution", "Choose one of the resolutions: "
                            + String.join(", ", definition.resolutionNames()) + ".");
                }
                String old = item.getResolution();
                item.resolve(text, now);
                changed(item, field, old, text, actor, now);
            }
            default -> store(item.getType(), field)
                    .orElseThrow(() -> InvalidInputException.of(field,
                            "Items of type " + item.getType() + " have no field " + field + "."))
                    .write(item.getId(), field, value);
        }
    }

    void changed(WorkItem item, String field, String old, String now, String actor, Instant at) {
        if (!Objects.equals(old, now)) {
            changes.save(new ItemChangeRow(item.getId(), field, truncate(old), truncate(now), actor, at));
        }
    }

    private Optional<FieldStore> store(String itemType, String field) {
        return stores.stream().filter(s -> s.supports(itemType) && s.fieldNames().contains(field)).findFirst();
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 1000 ? value : value.substring(0, 1000);
    }
}
