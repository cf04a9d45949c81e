package com.pathway.clinic;

/** One field of a lead's form whose value differs between two leads, as text to show. */
public record FieldDifference(String field, String label, String leftValue, String rightValue) {
}
