package com.pathway.workflow;

/**
 * One parameter a registered rule reads from its definition ({@code params: {name: ...}}), described
 * so that the workflow editor can offer the right input instead of free text.
 *
 * @param name the key in {@code params}
 * @param label what the editor calls it
 * @param type what kind of value it takes, and so which input the editor shows
 * @param required whether the rule's parameter check refuses a definition without it
 * @param description one sentence on what it does, shown under the input
 */
public record RuleParameter(String name, String label, Type type, boolean required, String description) {

    public enum Type {
        /** One or more role names, written as a list. */
        ROLES,
        /** The name of an item field (engine or plugin). */
        FIELD,
        /** Free text, such as a message. */
        TEXT,
        /** One or more values, written as a list. */
        VALUES,
        /** {@code true} or absent. */
        FLAG,
        /** One of the definition's resolutions. */
        RESOLUTION,
        /** Some of the definition's resolutions, written as a list. */
        RESOLUTIONS
    }

    public static RuleParameter required(String name, String label, Type type, String description) {
        return new RuleParameter(name, label, type, true, description);
    }

    public static RuleParameter optional(String name, String label, Type type, String description) {
        return new RuleParameter(name, label, type, false, description);
    }
}
