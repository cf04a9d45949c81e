package com.pathway.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every problem with a request before failing, so a user sees them all at once. */
public final class Validation {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public Validation check(boolean ok, String field, String message) {
        if (!ok) {
            errors.putIfAbsent(field, message);
        }
        return this;
    }

    public Validation reject(String field, String message) {
        return check(false, field, message);
    }

    /** The messages so far, by field, in the order they were found. */
    public Map<String, String> errors() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public boolean hasErrors(String field) {
        return errors.containsKey(field);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
