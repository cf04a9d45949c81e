package com.pathway.clinic.screening;

import java.time.Instant;

/**
 * The lead's treatment consent: when it was signed, how it was taken and by whom ({@code method} and
 * {@code takenBy} are {@code null} for consents recorded before they were asked). {@code null} as a whole
 * while none is recorded.
 */
public record TreatmentConsent(Instant signedAt, String method, String takenBy) {
}
