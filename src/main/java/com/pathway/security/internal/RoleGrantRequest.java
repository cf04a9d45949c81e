package com.pathway.security.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

import com.pathway.security.Role;

/**
 * Roles one administrator asked to grant that a second administrator must approve. Decided once: an
 * approved or declined request never changes again.
 */
@Entity
@Table(name = "role_grant_request")
public class RoleGrantRequest {

    public enum Status { PENDING, APPROVED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_grant_request_role", joinColumns = @JoinColumn(name = "request_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected RoleGrantRequest() {
    }

    public RoleGrantRequest(long userId, Set<Role> roles, String requestedBy, Instant now) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A grant request needs at least one role");
        }
        this.userId = userId;
        this.roles = EnumSet.copyOf(roles);
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.status = Status.PENDING;
    }

    /** Records the decision; refused once decided, so a request is approved or declined only once. */
    public void decide(boolean approve, String administrator, Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Grant request " + id + " was already " + status);
        }
        this.status = approve ? Status.APPROVED : Status.DECLINED;
        this.decidedBy = administrator;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles);
    }
}
