package com.pathway.audit.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.pathway.audit.AuditOutcome;

/**
 * Writes audit entries. Entries recorded in a transaction wait until it is about to commit (or until the trail is
 * read in it); then each is inserted with a row in {@code audit_pending}, in the transaction's own connection, so
 * that both commit with it or neither. Nothing is locked that another transaction waits for: after the commit the
 * {@link AuditSealer} links the entries into the hash chain. A transaction that rolls back writes nothing.
 */
@Component
public class AuditChain {

    /** An entry as recorded, before it has its place in the chain. */
    public record Pending(Instant occurredAt, String actor, String action, String entityType, String entityId,
            AuditOutcome outcome, String clientAddress, String details) {
    }

    private static final String INSERT = "insert into audit_entry (occurred_at, actor, action, entity_type, entity_id,"
            + " outcome, client_address, details) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PENDING = "insert into audit_pending (entry_id) values (?)";
    private static final String[] ID = {"id"};

    private final JdbcTemplate jdbc;
    private final AuditSealer sealer;

    public AuditChain(JdbcTemplate jdbc, AuditSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    /** Records {@code entry} with the current transaction (which must exist), written when it commits. */
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
        KeyHolder keys = new GeneratedKeyHolder();
        if (pending.size() == 1) {
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement(INSERT, ID);
                bind(insert, pending.getFirst());
                return insert;
            }, keys);
        } else {
            jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT, ID),
                    new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement insert, int i) throws SQLException {
                            bind(insert, pending.get(i));
                        }

                        @Override
                        public int getBatchSize() {
                            return pending.size();
                        }
                    }, keys);
        }
        List<Object[]> ids = keys.getKeyList().stream()
                .map(key -> new Object[] {((Number) key.values().iterator().next()).longValue()}).toList();
        if (ids.size() != pending.size()) {
            throw new IllegalStateException("The database returned " + ids.size() + " ids for " + pending.size()
                    + " audit entries");
        }
        if (ids.size() == 1) {
            jdbc.update(INSERT_PENDING, ids.getFirst());
        } else {
            jdbc.batchUpdate(INSERT_PENDING, ids);
        }
    }

    private static void bind(PreparedStatement insert, Pending p) throws SQLException {
        insert.setObject(1, p.occurredAt().atOffset(ZoneOffset.UTC));
        insert.setString(2, p.actor());
        insert.setString(3, p.action());
        insert.setString(4, p.entityType());
        insert.setString(5, p.entityId());
        insert.setString(6, p.outcome().name());
        insert.setString(7, p.clientAddress());
        insert.setString(8, p.details());
    }

    /** The entries one transaction recorded and not yet written. Runs after every other synchronization. */
    private final class Batch implements TransactionSynchronization, Ordered {

        private final List<Pending> pending = new ArrayList<>();
        private boolean committing;
        private boolean wrote;

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
                wrote = true;
            }
        }

        @Override
        public void afterCommit() {
            if (wrote) {
                sealer.wake();
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
