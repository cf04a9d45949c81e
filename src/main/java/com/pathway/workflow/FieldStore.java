package com.pathway.workflow;

import java.util.Set;

/**
 * A plugin's fields of its item types, read by conditions and validators and written by transition
 * screens and post-functions. The plugin keeps them in its own typed tables, in the caller's
 * transaction.
 */
public interface FieldStore {

    boolean supports(String itemType);

    Set<String> fieldNames();

    Object read(long itemId, String field);

    void write(long itemId, String field, Object value);

    /**
     * Values a transition screen of these item types may ask for that are not fields of the item (a
     * call's outcome, an appointment's time): the engine checks them by their screen field's type,
     * keeps them with the history entry and hands them to validators, post-functions and
     * {@link ItemTransitioned}; the plugin keeps what it needs of them in its own tables.
     */
    default Set<String> transitionValues() {
        return Set.of();
    }
}
