package com.pathway.clinic;

/** A referring provider to choose in a filter or a form. */
public record ReferrerOption(long id, String name) {
}
