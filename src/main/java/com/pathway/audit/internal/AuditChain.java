package com.pathway.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.pathway.audit.AuditOutcome;

/**
 * Appends entries to the audit trail's hash chain. Entries recorded in a transaction wait until it is
 * about to commit (or until the trail is read in it); then the chain's head row is locked, each entry
 * takes the next sequence number and the hash of the one before it, and the head moves on. The lock is
 * held only from then until the commit, so a long transaction does not hold up everyone else's
 * auditing, and a denial audited in a transaction of its own (inside one that audited already) never
 * waits for its own caller. A transaction that rolls back writes nothing, as before.
 */
@Component
public class AuditChain {

    /** An entry as recorded, before it has its place in the chain. */
    public record Pending(Instant occurredAt, String actor, String action, String entityType, String entityId,
            AuditOutcome outcome, String clientAddress, String details) {
    }

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository heads;
    private final EntityManager entityManager;

    public AuditChain(AuditEntryRepository entries, AuditChainHeadRepository heads, EntityManager entityManager) {
        this.entries = entries;
        this.heads = heads;
        this.entityManager = entityManager;
    }

    /** Records {@code entry} with the current transaction (which must exist), chained when it commits. */
    public void add(Pending entry) {
        Batch batch = batch();
        if (batch == null) {
            batch = new Batch();
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.add(entry);
    }

    /** Writes what the current transaction recorded so far, so that a read in it sees its own entries. */
    public void writePending() {
        Batch batch = batch();
        if (batch != null) {
            batch.write();
        }
    }

    private static Batch batch() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Audit entries are written inside a transaction");
        }
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Batch.class::isInstance).map(Batch.class::cast).findFirst().orElse(null);
    }

    private void append(List<Pending> pending) {
        // Other changes of the transaction first, so that it holds their row locks before the head's and
        // never waits for a row while holding the head.
        entityManager.flush();
        AuditChainHead head = heads.lockHead()
                .orElseThrow(() -> new IllegalStateException("The audit chain has no head row (migration V30)"));
        for (Pending p : pending) {
            long seq = head.lastSeq() + 1;
            AuditHashes.Fields fields = new AuditHashes.Fields(seq, p.occurredAt(), p.actor(), p.action(),
                    p.entityType(), p.entityId(), p.outcome().name(), p.clientAddress(), p.details());
            AuditEntry entry = entries.save(AuditEntry.chained(fields, p.outcome(), head.lastHash()));
            head.advance(seq, entry.getEntryHash());
        }
        entityManager.flush();
    }

    /** The entries one transaction recorded and not yet written. Runs after every other synchronization. */
    private final class Batch implements TransactionSynchronization, Ordered {

        private final List<Pending> pending = new ArrayList<>();
        private boolean committing;

        void add(Pending entry) {
            pending.add(entry);
            if (committing) {
                write();
            }
        }

        void write() {
            if (!pending.isEmpty()) {
                List<Pending> now = List.copyOf(pending);
                pending.clear();
                append(now);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            write();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
