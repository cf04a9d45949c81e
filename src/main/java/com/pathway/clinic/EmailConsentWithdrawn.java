package com.pathway.clinic;

import java.time.Instant;

/**
 * A lead's e-mail consent was withdrawn (from the lead page, the API or an unsubscribe link), published
 * in the transaction that records it, so that a listener stops pending e-mail before it commits.
 *
 * @param how where it was withdrawn, e.g. {@code unsubscribe link} or {@code lead edited by dana}
 */
public record EmailConsentWithdrawn(long leadId, String key, String how, Instant at) {
}
