package com.pathway.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last link of the audit trail's hash chain: one row, locked by the {@link AuditSealer} while it links. */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final short ID = 1;

    @Id
    private Short id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }
}
