package com.pathway.workflow;

import java.util.List;
import java.util.Objects;

/**
 * A property a plugin's workflow must carry for the plugin to understand it, e.g. "every status says
 * whether it is clinical". The definition checker refuses a definition of the plugin's workflow that
 * lacks one or writes one malformed; the engine gives the property no meaning of its own.
 *
 * @param target what carries the property
 * @param name the property's key, e.g. {@code clinical}
 * @param kind the form its value must have
 * @param choices for {@link Kind#ONE_OF}, the allowed values (case ignored); empty otherwise
 * @param presence how many of the targets must carry it
 * @param description why the plugin needs it, shown with the problem to administrators
 */
public record PropertyRequirement(Target target, String name, Kind kind, List<String> choices, Presence presence,
        String description) {

    /** What carries a property. */
    public enum Target {
        STATUS, TRANSITION, RESOLUTION
    }

    /** The form of a property's value. */
    public enum Kind {
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A positive duration such as {@code 1d}, {@code 12h}, {@code 30m} or {@code P2D}. */
        DURATION,
        /** Any text that is not blank. */
        TEXT,
        /** One of {@link PropertyRequirement#choices()}. */
        ONE_OF
    }

    /** How many targets must carry the property. */
    public enum Presence {
        /** Every status, transition or resolution. */
        EVERY,
        /**
         * Exactly one; for a {@link Kind#BOOLEAN} property, exactly one has it {@code true} (others may
         * write {@code false}).
         */
        EXACTLY_ONE,
        /** Any number, none included; where written, it must be well-formed. */
        OPTIONAL
    }

    public PropertyRequirement {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(presence, "presence");
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (kind == Kind.ONE_OF && choices.isEmpty()) {
            throw new IllegalArgumentException("A one-of property needs choices: " + name);
        }
        description = description == null ? "" : description;
    }

    /**
     * Reads a {@link Kind#DURATION} value: {@code 90s}, {@code 30m}, {@code 12h}, {@code 1d} or ISO-8601
     * ({@code P2D}); empty when it is not a positive duration.
     */
    public static java.util.Optional<java.time.Duration> duration(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            java.time.Duration d = org.springframework.boot.convert.DurationStyle.detectAndParse(value.strip());
            return d.isNegative() || d.isZero() ? java.util.Optional.empty() : java.util.Optional.of(d);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public static PropertyRequirement everyStatus(String name, Kind kind, String description) {
        return new PropertyRequirement(Target.STATUS, name, kind, List.of(), Presence.EVERY, description);
    }

    public static PropertyRequirement optional(Target target, String name, Kind kind, String description) {
        return new PropertyRequirement(target, name, kind, List.of(), Presence.OPTIONAL, description);
    }

    /** Exactly one transition or resolution has this boolean property {@code true}. */
    public static PropertyRequirement exactlyOne(Target target, String name, String description) {
        return new PropertyRequirement(target, name, Kind.BOOLEAN, List.of(), Presence.EXACTLY_ONE, description);
    }
}
