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
}
