package com.pathway.workflow.internal;

import java.time.ZoneId;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.pathway.shared.Validation;
import com.pathway.workflow.ScreenField;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;

/** Checks the values entered on a transition screen against the screen's fields. */
@Component
class ScreenCheck {

    /** A free comment may accompany any transition; it is kept in the history. */
    static final String COMMENT = "comment";

    private final ItemFields fields;

    ScreenCheck(ItemFields fields) {
        this.fields = fields;
    }

    void check(String itemType, WorkflowDefinition definition, Transition transition, Map<String, Object> input,
            ZoneId zone, Validation errors) {
        for (String name : input.keySet()) {
            boolean onScreen = transition.screen().stream().anyMatch(f -> f.name().equals(name));
            errors.check(onScreen || COMMENT.equals(name), name,
                    "\"" + transition.name() + "\" does not ask for " + name + ".");
        }
        for (ScreenField field : transition.screen()) {
            Object value = input.get(field.name());
            if (Values.isEmpty(value)) {
                errors.check(!field.required(), field.name(), "Enter " + label(field) + ".");
                continue;
            }
            if (!fields.isWritable(itemType, field.name())) {
                errors.reject(field.name(), "Items of type " + itemType + " have no field " + field.name() + ".");
            }
            switch (field.type()) {
                case "DATE" -> errors.check(Values.date(value, zone).isPresent(), field.name(),
                        "Enter " + label(field) + " as a date (YYYY-MM-DD).");
                case "CHOICE" -> errors.check(field.options().contains(Values.text(value)), field.name(),
                        "Choose one of: " + String.join(", ", field.options()) + ".");
                default -> errors.check(!(value instanceof Map<?, ?>), field.name(),
                        "Enter " + label(field) + " as a single value.");
            }
            if ("resolution".equals(field.name())) {
                errors.check(definition.resolutionNames().contains(Values.text(value)), field.name(),
                        "Choose one of the resolutions: " + String.join(", ", definition.resolutionNames()) + ".");
            }
        }
    }

    private static String label(ScreenField field) {
        return field.label() == null || field.label().isBlank() ? field.name() : field.label().toLowerCase();
    }
}
