package com.pathway.clinic.screening;

/** A screening is a draft until a clinician signs it; then it is locked. */
public enum ScreeningState {
    DRAFT,
    SIGNED
}
