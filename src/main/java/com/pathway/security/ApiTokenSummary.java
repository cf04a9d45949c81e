package com.pathway.security;

import java.time.Instant;

/** A personal API token as listed (never its value). */
public record ApiTokenSummary(long id, String name, String hint, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
