package com.pathway.security.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal API token. Only its SHA-256 hash is stored; the value is shown once, at creation. It is
 * refused from {@code expiresAt} on, and a read-only token may only read (GET and HEAD).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, length = 16)
    private String tokenHint;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "read_only", nullable = false)
    private boolean readOnly;

    protected ApiToken() {
    }

    /** A token that may read and write for the default lifetime. */
    public ApiToken(long userId, String name, String tokenHash, String tokenHint, Instant now) {
        this(userId, name, tokenHash, tokenHint, now, DEFAULT_LIFETIME, false);
    }

    public ApiToken(long userId, String name, String tokenHash, String tokenHint, Instant now, Duration lifetime,
            boolean readOnly) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("A token must live for some time: " + lifetime);
        }
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
        this.readOnly = readOnly;
    }

    /** The authority a request signed with a read-only token carries: the API lets it GET and HEAD only. */
    public static final String READ_ONLY_AUTHORITY = "TOKEN_READ_ONLY";

    /** How long a token lives unless its owner chooses otherwise. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void markUsed(Instant now) {
        lastUsedAt = now;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Whether the token has expired at {@code now} (it is refused from its expiry on). */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getTokenHint() {
        return tokenHint;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
