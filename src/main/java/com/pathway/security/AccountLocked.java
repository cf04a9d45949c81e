package com.pathway.security;

import java.time.Instant;

/**
 * An account was locked after repeated failed sign-ins, published in the transaction that locked it, so
 * that its owner can be told (the mail module writes one e-mail). Carries no health data.
 *
 * @param email the owner's address, or {@code null} when the account has none
 */
public record AccountLocked(String username, String displayName, String email, Instant lockedUntil) {
}
