package com.pathway.clinic.screening;

/** An administrator's new or changed checklist item; {@code version} is the item's, {@code null} for a new one. */
public record ChecklistItemEdit(String label, ItemKind kind, boolean contraindication, boolean active, Long version) {
}
