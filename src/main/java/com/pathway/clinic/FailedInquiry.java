package com.pathway.clinic;

import java.time.Instant;

/**
 * A web inquiry whose lead could not be created after its attempts: kept in the inquiry inbox until an
 * administrator tries it again. Only what identifies it is shown, never the form (it is the person's).
 *
 * @param reference the reference its sender was given
 * @param receivedAt when it was accepted
 * @param attempts how often its lead was tried
 * @param failedAt when it was set aside
 * @param error the exceptions' simple class names, outermost first (never a message, which could quote the form)
 */
public record FailedInquiry(String reference, Instant receivedAt, int attempts, Instant failedAt, String error) {
}
