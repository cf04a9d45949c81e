package com.pathway.webhook;

import java.time.Instant;

/** One delivery of one event to one webhook, for the delivery log. */
public record DeliverySummary(long id, long webhookId, String eventId, String eventType, DeliveryStatus status,
        int attempts, Instant createdAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError,
        Instant nextAttemptAt, Instant deliveredAt) {
}
