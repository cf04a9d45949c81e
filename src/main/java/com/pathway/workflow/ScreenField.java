package com.pathway.workflow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A field asked for on a transition's screen.
 *
 * @param name the field's name: an engine field ({@code assignee}, {@code resolution}, {@code summary}),
 *        one of the item type's plugin fields, or a value the plugin takes from the transition alone
 *        ({@link FieldStore#transitionValues()}); a comment is offered on every transition without a field
 * @param label what the user sees
 * @param type TEXT, DATE, DATE_TIME (a moment, entered in the organisation's time zone), USER or CHOICE
 * @param required whether a value must be entered
 * @param options the allowed values of a CHOICE field; for a USER field, the roles of which the picked
 *        user must hold one (active users only), or empty for any user name
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "label", "type", "required", "options"})
public record ScreenField(String name, String label, String type, boolean required, List<String> options) {

    public static final List<String> TYPES = List.of("TEXT", "DATE", "DATE_TIME", "USER", "CHOICE");

    public ScreenField {
        type = type == null || type.isBlank() ? "TEXT" : type.strip().toUpperCase(java.util.Locale.ROOT);
        options = options == null ? List.of() : List.copyOf(options);
    }
}
