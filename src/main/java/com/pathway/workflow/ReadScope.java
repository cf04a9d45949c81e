package com.pathway.workflow;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one user may read of an item type, as its plugin rules: every item, none, or the items
 * whose status carries one of {@code statusFlags} (a boolean status property of the workflow
 * definition, such as {@code clinical}) or whose user field named in {@code userFields} holds the
 * user's name. It is the one form of a visibility rule: the engine evaluates it for a single item
 * and turns it into SQL for lists and counts, and a plugin's own queries derive theirs from it.
 */
public record ReadScope(boolean all, Set<String> statusFlags, Set<String> userFields) {

    private static final ReadScope EVERYTHING = new ReadScope(true, Set.of(), Set.of());
    private static final ReadScope NOTHING = new ReadScope(false, Set.of(), Set.of());

    public ReadScope {
        statusFlags = statusFlags == null ? Set.of() : Set.copyOf(statusFlags);
        userFields = userFields == null ? Set.of() : Set.copyOf(userFields);
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
        return !all && statusFlags.isEmpty() && userFields.isEmpty();
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
