package com.pathway.clinic.screening;

import java.time.Instant;

/** A clinician records the treatment consent: when it was signed and how it was taken (one of {@link ScreeningService#CONSENT_METHODS}). */
public record TreatmentConsentInput(Instant signedAt, String method) {
}
