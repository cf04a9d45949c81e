package com.pathway.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bad input found by a service: one message per field (the key is the field name, or {@code ""} for
 * the whole request). Views show the messages next to the fields; the API answers 422 with the list.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(summary(fieldErrors));
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("An invalid-input error needs at least one message");
        }
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String summary(Map<String, String> errors) {
        return String.join(" ", errors.values());
    }
}
