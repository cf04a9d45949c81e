package com.pathway.webhook;

import java.time.Instant;
import java.util.List;

/** A registered webhook as lists show it; the secret is never part of it. */
public record WebhookSummary(long id, String name, String url, List<String> eventTypes, boolean active,
        String createdBy, Instant createdAt, long version) {
}
