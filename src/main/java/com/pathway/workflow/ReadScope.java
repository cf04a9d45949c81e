package com.pathway.workflow;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one user may read of an item type, as its plugin rules: every item, none, or the items
 * whose status carries one of {@code statusFlags} (a boolean status property of the workflow
 * definition, such as {@code clinical}) or whose user field named in {@code userFields} holds the
 * user's name, plus single items granted outside the rule for a while ({@code granted}: item key to
 * the reason, as emergency access gives them). It is the one form of a visibility rule: the engine
 * evaluates it for a single item and turns it into SQL for lists and counts, and a plugin's own queries
 * derive theirs from it.
 */
public record ReadScope(boolean all, Set<String> statusFlags, Set<String> userFields, Map<String, String> granted) {

    private static final ReadScope EVERYTHING = new ReadScope(true, Set.of(), Set.of());
    private static final ReadScope NOTHING = new ReadScope(false, Set.of(), Set.of());

    public ReadScope {
        statusFlags = statusFlags == null ? Set.of() : Set.copyOf(statusFlags);
        userFields = userFields == null ? Set.of() : Set.copyOf(userFields);
        granted = granted == null ? Map.of() : Map.copyOf(granted);
    }

    public ReadScope(boolean all, Set<String> statusFlags, Set<String> userFields) {
        this(all, statusFlags, userFields, Map.of());
    }

    /** This scope and, besides, the items with these keys (each with the reason it was granted). */
    public ReadScope withGranted(Map<String, String> items) {
        if (all || items.isEmpty()) {
            return this;
        }
        return new ReadScope(false, statusFlags, userFields, items);
    }

    /** This scope without its grants: the rule alone. */
    public ReadScope withoutGrants() {
        return granted.isEmpty() ? this : new ReadScope(all, statusFlags, userFields);
    }

    /** Why the item with this key was granted outside the rule, or {@code null} when it was not. */
    public String grantReason(String itemKey) {
        return granted.get(itemKey);
    }

    public static ReadScope everything() {
        return EVERYTHING;
    }

    public static ReadScope nothing() {
        return NOTHING;
    }

    /** Items whose status has one of these flags, or whose one of these user fields names the user. */
    public static ReadScope where(Set<String> statusFlags, Set<String> userFields) {
        return new ReadScope(false, statusFlags, userFields);
    }

    /** Whether no item at all may be read. */
    public boolean isNothing() {
        return !all && statusFlags.isEmpty() && userFields.isEmpty() && granted.isEmpty();
    }

    /**
     * Evaluates the rule for one item.
     *
     * @param statusHasFlag whether the item's status carries a flag
     * @param userField the user name an item's user field holds, or {@code null}
     * @param username the reader
     */
    public boolean allows(Predicate<String> statusHasFlag, Function<String, String> userField, String username) {
        if (all) {
            return true;
        }
        return statusFlags.stream().anyMatch(statusHasFlag)
                || userFields.stream().anyMatch(f -> username != null && username.equalsIgnoreCase(userField.apply(f)));
    }
}
