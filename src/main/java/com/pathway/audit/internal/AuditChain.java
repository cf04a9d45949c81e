package com.pathway.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.pathway.audit.AuditOutcome;
import com.pathway.shared.Databases;

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

    private static final String INSERT = "insert into audit_entry (occurred_at, actor, action, entity_type, entity_id,"
            + " outcome, client_address, details, seq, prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String LOCK_HEAD = "update audit_chain_head set last_seq = last_seq where id = ?";
    private static final String READ_HEAD = "select last_seq, last_hash from audit_chain_head where id = ?";
    private static final String MOVE_HEAD = "update audit_chain_head set last_seq = ?, last_hash = ? where id = ?";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private volatile Boolean postgres;

    public AuditChain(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
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

    /**
     * Written with plain JDBC in the transaction's own connection: an entry is never read back or changed by the
     * application, and the persistence context's work for each (an identity insert of its own, then dirty
     * checking) was most of the cost of auditing a page.
     */
    private void append(List<Pending> pending) {
        // Other changes of the transaction first, so that it holds their row locks before the head's and
        // never waits for a row while holding the head.
        entityManager.flush();
        java.util.Map<String, Object> head = lockedHead();
        long seq = ((Number) head.get("last_seq")).longValue();
        String hash = (String) head.get("last_hash");
        List<Object[]> rows = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            seq++;
            AuditHashes.Fields fields = new AuditHashes.Fields(seq, p.occurredAt(), p.actor(), p.action(),
                    p.entityType(), p.entityId(), p.outcome().name(), p.clientAddress(), p.details());
            String entryHash = AuditHashes.hash(hash, fields);
            rows.add(new Object[] {p.occurredAt().atOffset(java.time.ZoneOffset.UTC), p.actor(), p.action(),
                    p.entityType(), p.entityId(), p.outcome().name(), p.clientAddress(), p.details(), seq, hash,
                    entryHash});
            hash = entryHash;
        }
        jdbc.batchUpdate(INSERT, rows);
        jdbc.update(MOVE_HEAD, seq, hash, AuditChainHead.ID);
    }

    /**
     * The head, locked until the transaction ends. On PostgreSQL with SELECT ... FOR UPDATE, which the driver prepares
     * once per connection. H2 parses and plans such a statement again at every call, and that was most of what the
     * chain cost an audited read there; so on H2 an update that changes nothing locks the row, and a plain read, which
     * H2 keeps prepared, follows it: after the lock, it sees the head as the last writer committed it.
     */
    private java.util.Map<String, Object> lockedHead() {
        if (postgres()) {
            return jdbc.queryForList(READ_HEAD + " for update", AuditChainHead.ID).stream().findFirst()
                    .orElseThrow(AuditChain::noHead);
        }
        if (jdbc.update(LOCK_HEAD, AuditChainHead.ID) != 1) {
            throw noHead();
        }
        return jdbc.queryForMap(READ_HEAD, AuditChainHead.ID);
    }

    private static IllegalStateException noHead() {
        return new IllegalStateException("The audit chain has no head row (migration V30)");
    }

    /**
     * Whether the database is PostgreSQL (else H2); asked once, over the transaction's own connection: asked while
     * committing, a second connection from a busy pool could keep the commit waiting.
     */
    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    Databases.isPostgres(connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
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
