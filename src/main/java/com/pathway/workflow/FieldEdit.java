package com.pathway.workflow;

/**
 * A change of one of a plugin's fields of an item, for the item's changelog. Values are shown as
 * written, so a plugin records them readable (and leaves out what should not be kept).
 */
public record FieldEdit(String field, String oldValue, String newValue) {
}
