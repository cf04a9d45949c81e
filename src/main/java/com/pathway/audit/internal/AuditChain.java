package com.pathway.audit.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.pathway.audit.AuditOutcome;

/**
 * Writes audit entries. Entries recorded in a transaction wait until it is about to commit (or until the trail is
 * read in it); then each is inserted with a row in {@code audit_pending}, by one statement in the transaction's own
 * connection, so that both commit with it or neither. Nothing is locked that another transaction waits for: after the
 * commit the {@link AuditSealer} links the entries into the hash chain. A transaction that rolls back writes nothing.
 */
@Component
public class AuditChain {

    /** An entry as recorded, before it has its place in the chain. */
    public record Pending(Instant occurredAt, String actor, String action, String entityType, String entityId,
            AuditOutcome outcome, String clientAddress, String details) {
    }

    private static final String VALUES = "audit_entry (occurred_at, actor, action, entity_type, entity_id, outcome,"
            + " client_address, details) values (?, ?, ?, ?, ?, ?, ?, ?)";
    /** An entry and its waiting row, one statement: H2 reads the new entry's id from the insert's final table. */
    private static final String INSERT_H2 = "insert into audit_pending (entry_id) select id from final table (insert into "
            + VALUES + ")";
    /** The same on PostgreSQL, where an insert in a WITH clause returns the new entry's id. */
    private static final String INSERT_POSTGRES = "with entry as (insert into " + VALUES
            + " returning id) insert into audit_pending (entry_id) select id from entry";

    private final JdbcTemplate jdbc;
    private final AuditSealer sealer;
    private final AuditDatabase database;

    public AuditChain(JdbcTemplate jdbc, AuditSealer sealer, AuditDatabase database) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.database = database;
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
     * checking) was most of the cost of auditing a page. Each entry and its waiting row are one statement: an
     * audited transaction runs as many statements as it would if entries were not chained.
     */
    private void append(List<Pending> pending) {
        String insert = database.postgres() ? INSERT_POSTGRES : INSERT_H2;
        int[][] counts = jdbc.batchUpdate(insert, pending, pending.size(), AuditChain::bind);
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    throw new IllegalStateException("An audit entry was written with " + count
                            + " waiting rows instead of one");
                }
            }
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
