package com.pathway.shared.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.pathway.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;

/**
 * Shows a service's {@link InvalidInputException} on the fields it names. Each field keeps what the
 * user typed; a message for a field the form does not show (or for the whole request, key {@code ""})
 * goes to an error notification, or to the place the form names, so nothing is silently lost.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Shows the messages for {@code name} on {@code field}. */
    public FieldErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Removes every message shown so far, before a new attempt. */
    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Shows each message on its field; the rest in one notification. */
    public void show(InvalidInputException error) {
        show(error, rest -> Notifications.error(String.join(" ", rest)));
    }

    /**
     * Shows each message on its field and hands the messages for fields the form does not show to
     * {@code rest} (called only when there are some), e.g. for an inline error region.
     */
    public void show(InvalidInputException error, Consumer<List<String>> rest) {
        clear();
        List<String> unbound = new ArrayList<>();
        error.fieldErrors().forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field == null) {
                unbound.add(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        if (!unbound.isEmpty()) {
            rest.accept(unbound);
        }
    }
}
