package com.pathway.clinic.screening;

/**
 * An answer on a screening, with the item's wording as it was asked.
 *
 * @param yes the answer to a yes/no item, {@code null} while unanswered (and always for a text item)
 * @param note free text, or {@code null}
 */
public record Answer(long itemId, String label, ItemKind kind, boolean contraindication, Boolean yes, String note) {
}
