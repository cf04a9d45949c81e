package com.pathway.clinic;

import java.time.Instant;

/**
 * A consent a lead gave: when, and how it was obtained (for example {@code web form} or
 * {@code phone call}).
 */
public record Consent(Instant at, String source) {
}
