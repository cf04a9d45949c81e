package com.pathway.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import com.pathway.security.Role;

/**
 * A person who signs in to Pathway. Never deleted: deactivated instead, so history keeps its names. An update
 * writes only the columns that changed: a sign-in then leaves the encrypted second-step secret as it is instead of
 * encrypting it again (key rotation re-encrypts the column itself, {@code shared.crypto}).
 */
@Entity
@Table(name = "app_user")
@DynamicUpdate
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "previous_login_at")
    private Instant previousLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Convert(converter = AccountEncryption.MfaSecret.class)
    @Column(name = "mfa_secret")
    private String mfaSecret;

    @Column(name = "mfa_enabled_at")
    private Instant mfaEnabledAt;

    @Column(name = "mfa_last_step")
    private Long mfaLastStep;

    @Version
    @Column(nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, Set<Role> roles,
            String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.active = true;
        this.passwordChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void updateProfile(String displayName, String email, Set<Role> roles, Instant now) {
        this.displayName = displayName;
        this.email = email;
        this.roles.clear();
        this.roles.addAll(roles);
        this.updatedAt = now;
    }

    /** The user set their own password: any change an administrator required is done. */
    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.updatedAt = now;
        this.passwordMustChange = false;
    }

    /**
     * An administrator set the password: someone besides the user knows it, so the user must choose their
     * own at their next sign-in before anything else.
     */
    public void setPasswordByAdministrator(String passwordHash, Instant now) {
        changePassword(passwordHash, now);
        this.passwordMustChange = true;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void reactivate(Instant now) {
        this.active = true;
        unlock(now);
    }

    /** Counts a failed sign-in; returns true when this failure locks the account. */
    public boolean recordFailedLogin(Instant now, int maxFailures, Duration lockout) {
        failedLoginCount++;
        if (failedLoginCount >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLoginCount = 0;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLoginCount = 0;
        lockedUntil = null;
        previousLoginAt = lastLoginAt;
        lastLoginAt = now;
    }

    public void unlock(Instant now) {
        failedLoginCount = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    /** Turns on two-factor sign-in with a secret the user has just proven to hold (by a code of {@code step}). */
    public void enableTwoFactor(String secret, long step, Instant now) {
        this.mfaSecret = secret;
        this.mfaEnabledAt = now;
        this.mfaLastStep = step;
        this.updatedAt = now;
    }

    public void disableTwoFactor(Instant now) {
        this.mfaSecret = null;
        this.mfaEnabledAt = null;
        this.mfaLastStep = null;
        this.updatedAt = now;
    }

    /**
     * Accepts a code of time step {@code step} once: returns false for a step at or before the last one
     * accepted, so a code seen over someone's shoulder cannot be used again.
     */
    public boolean acceptTwoFactorStep(long step) {
        if (mfaLastStep != null && step <= mfaLastStep) {
            return false;
        }
        mfaLastStep = step;
        return true;
    }

    public boolean hasTwoFactor() {
        return mfaSecret != null;
    }

    public String getMfaSecret() {
        return mfaSecret;
    }

    public Instant getMfaEnabledAt() {
        return mfaEnabledAt;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** The sign-in before the latest one, so users can spot one they did not make. */
    public Instant getPreviousLoginAt() {
        return previousLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
