package com.pathway.clinic;

/**
 * One field of a lead's form whose value differs between two leads, as text to show (empty text for
 * no value). {@code mayEmpty} is false for fields a merge never empties: consents, which are
 * combined, and fields a lead always has (name, source, self-pay, priority).
 */
public record FieldDifference(String field, String label, String leftValue, String rightValue, boolean mayEmpty) {
}
