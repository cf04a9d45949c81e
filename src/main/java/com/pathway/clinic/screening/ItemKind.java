package com.pathway.clinic.screening;

/** How a checklist item is answered: yes or no (with an optional note), or free text only. */
public enum ItemKind {
    YES_NO,
    TEXT
}
