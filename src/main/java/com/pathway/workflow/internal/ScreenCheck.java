package com.pathway.workflow.internal;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.pathway.security.Role;
import com.pathway.security.UserDirectory;
import com.pathway.shared.Validation;
import com.pathway.workflow.ScreenField;
import com.pathway.workflow.Transition;
import com.pathway.workflow.WorkflowDefinition;

/**
 * Checks the values entered on a transition screen against the screen's fields, and gives them one
 * form: a DATE_TIME as a UTC instant ({@code 2026-12-09T15:00:00Z}), a USER as a lower-case user name.
 */
@Component
class ScreenCheck {

    /** A free comment may accompany any transition; it is kept in the history. */
    static final String COMMENT = "comment";

    private final ItemFields fields;
    private final UserDirectory users;

    ScreenCheck(ItemFields fields, UserDirectory users) {
        this.fields = fields;
        this.users = users;
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
            if (!fields.isScreenField(itemType, field.name())) {
                errors.reject(field.name(), "Items of type " + itemType + " have no field " + field.name() + ".");
            }
            switch (field.type()) {
                case "DATE" -> errors.check(Values.date(value, zone).isPresent(), field.name(),
                        "Enter " + label(field) + " as a date (YYYY-MM-DD).");
                case "DATE_TIME" -> errors.check(Values.dateTime(value, zone).isPresent(), field.name(),
                        "Enter " + label(field) + " as a date and time (YYYY-MM-DDTHH:MM, in " + zone.getId() + ").");
                case "CHOICE" -> errors.check(field.options().contains(Values.text(value)), field.name(),
                        "Choose one of: " + String.join(", ", field.options()) + ".");
                case "USER" -> checkUser(field, value, errors);
                default -> errors.check(!(value instanceof Map<?, ?>), field.name(),
                        "Enter " + label(field) + " as a single value.");
            }
            if ("resolution".equals(field.name())) {
                errors.check(definition.resolutionNames().contains(Values.text(value)), field.name(),
                        "Choose one of the resolutions: " + String.join(", ", definition.resolutionNames()) + ".");
            }
        }
    }

    /** The entered values in one form; a value {@link #check} refuses stays as entered. */
    Map<String, Object> normalised(Transition transition, Map<String, Object> input, ZoneId zone) {
        Map<String, Object> values = new LinkedHashMap<>(input);
        for (ScreenField field : transition.screen()) {
            Object value = values.get(field.name());
            if (Values.isEmpty(value)) {
                continue;
            }
            switch (field.type()) {
                case "DATE_TIME" -> Values.dateTime(value, zone).ifPresent(at -> values.put(field.name(), at.toString()));
                case "USER" -> {
                    if (value instanceof String text) {
                        values.put(field.name(), text.strip().toLowerCase(Locale.ROOT));
                    }
                }
                default -> { }
            }
        }
        return values;
    }

    private void checkUser(ScreenField field, Object value, Validation errors) {
        if (value instanceof Map<?, ?> || Values.text(value).strip().length() > 64) {
            errors.reject(field.name(), "Enter " + label(field) + " as a user name.");
            return;
        }
        Set<Role> roles = roles(field);
        if (!roles.isEmpty() && users.activeWithRole(Values.text(value), roles).isEmpty()) {
            errors.reject(field.name(), "There is no active " + roles.stream().map(Role::label)
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or ")) + " with the user name "
                    + Values.text(value).strip() + "; choose one from the list.");
        }
    }

    /** The roles a USER field's options name; unknown names are left out (the definition's check reports them). */
    static Set<Role> roles(ScreenField field) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String option : field.options()) {
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(option.strip())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static String label(ScreenField field) {
        return field.label() == null || field.label().isBlank() ? field.name() : field.label().toLowerCase();
    }
}
