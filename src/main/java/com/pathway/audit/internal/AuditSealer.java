package com.pathway.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.pathway.audit.AuditProperties;
import com.pathway.shared.BackgroundWorker;

/**
 * Links written audit entries into the hash chain, after their transactions committed. A round takes the entries
 * waiting in {@code audit_pending} (at most {@value #PAGE}), locks the chain's head, gives each the next number and
 * the hash of the one before it in {@code audit_link}, moves the head on and removes their waiting rows, all in one
 * transaction: one sealer at a time, across nodes too. The chain's order is the order in which entries were linked.
 *
 * <p>A commit that wrote entries wakes the sealer, which waits {@code pathway.audit.seal-delay} so that one round
 * links many transactions' entries; without a wake it looks every {@code pathway.audit.seal-interval} (entries of
 * another node, or left waiting when the application stopped). A waiting row whose entry is gone is left where it
 * is, and each round passes over it: the check of the chain reports it as an entry deleted before it was linked.
 *
 * <p>A round's work grows with the entries waiting, never with the trail: it reads the waiting rows alone, then their
 * entries by key, each statement planned by key for its values ({@link #PLANS_BY_KEY}).
 */
@Component
public class AuditSealer implements SmartLifecycle {

    static final int PAGE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);

    // Each read names one table and finds its rows by key, so that no planner can join the waiting rows to the trail
    // from the trail's side: PostgreSQL did, where the tables had no statistics, and each round walked every entry.
    static final String ANY_WAITING = "select entry_id from audit_pending order by entry_id fetch first 1 rows only";
    static final String WAITING = "select entry_id from audit_pending where entry_id > ? order by entry_id"
            + " fetch first " + PAGE + " rows only";
    static final String ENTRIES = "select e.id, " + AuditHashes.ENTRY_COLUMNS
            + " from audit_entry e where e.id = any (?) order by e.id";
    /**
     * How PostgreSQL plans the round's statements, for the round's transaction: each for its values, by key. The
     * driver prepares a statement on the server from its fifth execution on a connection, and PostgreSQL may then keep
     * one generic plan for it, made for the tables as they were, for as long as the connection lives; and for a trail
     * it has never analysed (a new database, or a server without autovacuum) it guesses rows some 1,300 bytes wide, so
     * far fewer of them than there are, and plans a page of 500 ids as a walk through the trail that compares each
     * entry with each id. In a benchmark run two rounds in five walked all 32,000 entries. Every statement of a round
     * finds its rows by a primary key, so no sequential scan is wanted.
     */
    static final String PLANS_BY_KEY = "select set_config('plan_cache_mode', 'force_custom_plan', true),"
            + " set_config('enable_seqscan', 'off', true)";
    private static final String LOCK_HEAD = "update audit_chain_head set last_seq = last_seq where id = ?";
    private static final String READ_HEAD = "select last_seq, last_hash from audit_chain_head where id = ?";
    private static final String MOVE_HEAD = "update audit_chain_head set last_seq = ?, last_hash = ? where id = ?";
    private static final String LINK = "insert into audit_link (seq, entry_id, prev_hash, entry_hash) values (?, ?, ?, ?)";
    static final String LINKED = "delete from audit_pending where entry_id = any (?)";

    private static final RowMapper<Waiting> ROW = (rs, n) -> new Waiting(rs.getLong("id"), AuditHashes.fields(0, rs));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final AuditProperties properties;
    private final BackgroundWorker background = new BackgroundWorker("audit-sealer", this::sealQuietly);
    private final AuditDatabase database;

    public AuditSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditProperties properties,
            AuditDatabase database) {
        this.jdbc = jdbc;
        this.database = database;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
    }

    private record Waiting(long id, AuditHashes.Fields fields) {
    }

    /**
     * Links every entry committed and waiting now, in transactions of its own; how many it linked. The check of
     * the chain calls it first, so that it sees every entry written before it began.
     */
    public int sealNow() {
        int total = 0;
        Round round = new Round(0, Long.MIN_VALUE, false);
        do {
            long after = round.last();
            round = ownTransaction.execute(status -> round(after));
            total += round == null ? 0 : round.linked();
        } while (round != null && round.more());
        return total;
    }

    /** What a round linked, the last waiting row it saw, and whether more were waiting after it. */
    private record Round(int linked, long last, boolean more) {
    }

    /**
     * Links the entries of up to {@value #PAGE} waiting rows after {@code after}. A waiting row whose entry is gone
     * is passed over: the page after it starts behind it.
     */
    private Round round(long after) {
        if (database.postgres()) {
            jdbc.execute(PLANS_BY_KEY);
        }
        // Looked for without the lock first: most rounds a wake or the interval starts find nothing left to link.
        if (jdbc.queryForList(ANY_WAITING, Long.class).isEmpty()) {
            return new Round(0, after, false);
        }
        Map<String, Object> head = lockedHead();
        long seq = ((Number) head.get("last_seq")).longValue();
        String hash = (String) head.get("last_hash");
        // Read after the lock: another sealer that held it has committed, and what it linked is no longer waiting.
        List<Long> ids = jdbc.queryForList(WAITING, Long.class, after);
        if (ids.isEmpty()) {
            return new Round(0, after, false);
        }
        List<Waiting> waiting = jdbc.query(ENTRIES, ids(ids), ROW);
        List<Object[]> links = new ArrayList<>(waiting.size());
        for (Waiting w : waiting) {
            seq++;
            String entryHash = AuditHashes.hash(hash, w.fields().at(seq));
            links.add(new Object[] {seq, w.id(), hash, entryHash});
            hash = entryHash;
        }
        if (!waiting.isEmpty()) {
            jdbc.batchUpdate(LINK, links);
            jdbc.update(MOVE_HEAD, seq, hash, AuditChainHead.ID);
            jdbc.update(LINKED, ids(waiting.stream().map(Waiting::id).toList()));
        }
        return new Round(waiting.size(), ids.getLast(), ids.size() == PAGE);
    }

    /** Binds {@code ids} as the statement's one parameter, an array of BIGINT. */
    private static PreparedStatementSetter ids(List<Long> ids) {
        return statement -> statement.setArray(1, statement.getConnection().createArrayOf("BIGINT", ids.toArray()));
    }

    /**
     * The head, locked until the transaction ends. On PostgreSQL with SELECT ... FOR UPDATE, which the driver prepares
     * once per connection. H2 parses and plans such a statement again at every call; so on H2 an update that changes
     * nothing locks the row, and a plain read, which H2 keeps prepared, follows it: after the lock, it sees the head
     * as the last sealer committed it.
     */
    private Map<String, Object> lockedHead() {
        if (database.postgres()) {
            return jdbc.queryForList(READ_HEAD + " for update", AuditChainHead.ID).stream().findFirst()
                    .orElseThrow(AuditSealer::noHead);
        }
        if (jdbc.update(LOCK_HEAD, AuditChainHead.ID) != 1) {
            throw noHead();
        }
        return jdbc.queryForMap(READ_HEAD, AuditChainHead.ID);
    }

    private static IllegalStateException noHead() {
        return new IllegalStateException("The audit chain has no head row (migration V30)");
    }

    /** After a commit that wrote entries: a round within the seal delay, one for many such commits. */
    void wake() {
        background.wake(properties.sealDelay());
    }

    private void sealQuietly() {
        try {
            sealNow();
        } catch (RuntimeException e) {
            LOG.warn("Linking audit entries into the hash chain failed; trying again in {}",
                    properties.sealInterval(), e);
        }
    }

    @Override
    public void start() {
        background.start(properties.sealInterval());
    }

    /** Stops after the web server and the other background work, linking what they wrote last. */
    @Override
    public void stop() {
        if (background.isRunning()) {
            background.stop();
            sealQuietly();
        }
    }

    @Override
    public boolean isRunning() {
        return background.isRunning();
    }

    /** Started before, and stopped after, every lifecycle bean of the default phase (the web server among them). */
    @Override
    public int getPhase() {
        return 0;
    }
}
