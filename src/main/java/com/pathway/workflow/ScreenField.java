package com.pathway.workflow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A field asked for on a transition's screen.
 *
 * @param name the field's name: an engine field ({@code assignee}, {@code resolution}, {@code summary},
 *        {@code comment}) or one of the item type's plugin fields
 * @param label what the user sees
 * @param type TEXT, DATE, USER or CHOICE
 * @param required whether a value must be entered
 * @param options the allowed values of a CHOICE field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "label", "type", "required", "options"})
public record ScreenField(String name, String label, String type, boolean required, List<String> options) {

    public static final List<String> TYPES = List.of("TEXT", "DATE", "USER", "CHOICE");

    public ScreenField {
        type = type == null || type.isBlank() ? "TEXT" : type.strip().toUpperCase(java.util.Locale.ROOT);
        options = options == null ? List.of() : List.copyOf(options);
    }
}
