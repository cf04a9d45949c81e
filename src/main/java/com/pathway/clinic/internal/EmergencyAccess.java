package com.pathway.clinic.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One emergency access: a user may read one lead outside their scope, for a reason, until it expires. */
@Entity
@Immutable
@Table(name = "emergency_access")
public class EmergencyAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "item_key", nullable = false, length = 24)
    private String itemKey;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected EmergencyAccess() {
    }

    public EmergencyAccess(String username, String itemKey, String reason, Instant grantedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(grantedAt)) {
            throw new IllegalArgumentException("Emergency access must last a while");
        }
        this.username = username;
        this.itemKey = itemKey;
        this.reason = reason;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    /** Whether it still opens the lead at {@code now}: from the grant up to, not including, its expiry. */
    public boolean isActiveAt(Instant now) {
        return !now.isBefore(grantedAt) && now.isBefore(expiresAt);
    }

    public String getUsername() {
        return username;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getReason() {
        return reason;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
