package com.pathway.clinic;

import java.time.Instant;

/** An emergency access that opens lead {@code key} to its user from {@code grantedAt} until {@code expiresAt}. */
public record EmergencyGrant(String key, String reason, Instant grantedAt, Instant expiresAt) {
}
