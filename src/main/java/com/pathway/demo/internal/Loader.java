package com.pathway.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.pathway.demo.GenerationReport;
import com.pathway.demo.GenerationSpec;
import com.pathway.shared.Databases;

/**
 * Loads one specification. On PostgreSQL in a single transaction: the project row stays locked
 * until the commit, so the key counter moves by exactly the number of leads written, or not at all
 * when the load fails. On H2 (and other databases) each chunk of 10,000 leads is a transaction of
 * its own that locks the project row, takes the next numbers and moves the counter past them, so
 * keys stay gap-free after every commit; a failed load keeps the chunks committed before it. The next chunk is generated (and on PostgreSQL encoded) on a second thread while the
 * current one is written.
 */
public final class Loader {

    static final int CHUNK = 10_000;
    /** From this many leads on, PostgreSQL loads rebuild the tables' indexes afterwards (see {@link PostgresIndexes}). */
    static final int REBUILD_INDEXES_FROM = 50_000;
    static final List<String> TABLES = List.of("wf_item", "lead", "wf_history", "wf_item_change", "wf_item_user");

    private final Consumer<String> progress;
    private final int rebuildIndexesFrom;
    private final int chunkSize;
    private final UnaryOperator<String> message;

    /** @param message what goes into the lead's message column for a message (its envelope, when encrypted) */
    public Loader(Consumer<String> progress, UnaryOperator<String> message) {
        this(progress, REBUILD_INDEXES_FROM, CHUNK, message);
    }

    Loader(Consumer<String> progress, int rebuildIndexesFrom, int chunkSize) {
        this(progress, rebuildIndexesFrom, chunkSize, UnaryOperator.identity());
    }

    Loader(Consumer<String> progress, int rebuildIndexesFrom, int chunkSize, UnaryOperator<String> message) {
        this.progress = progress;
        this.rebuildIndexesFrom = rebuildIndexesFrom;
        this.chunkSize = chunkSize;
        this.message = message;
    }

    /** Rows written so far. */
    private static final class Counts {
        final Map<String, Long> byStatus = new TreeMap<>();
        long history;
        long changes;

        void add(List<Journey> chunk, long historyRows, long changeRows) {
            chunk.forEach(j -> byStatus.merge(j.status(), 1L, Long::sum));
            history += historyRows;
            changes += changeRows;
        }
    }

    public GenerationReport load(DataSource dataSource, GenerationSpec spec) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                GenerationReport report = load(c, spec, started);
                c.commit();
                return finish(c, report, started);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating " + spec.leads() + " leads failed: " + e.getMessage(), e);
        }
    }

    private GenerationReport load(Connection c, GenerationSpec spec, long started) throws SQLException {
        String database = c.getMetaData().getDatabaseProductName();
        boolean postgres = Databases.isPostgres(database);
        Instant since = spec.now().atZone(ZoneOffset.UTC).minusMonths(spec.months()).toInstant();
        Target target = Targets.prepare(c, spec.now(), since);
        Journeys journeys = new Journeys(target.paths(), spec);
        boolean rebuild = postgres && spec.leads() >= rebuildIndexesFrom;
        List<String> rebuildIndexes = rebuild ? PostgresIndexes.suspend(c, TABLES) : List.of();
        Counts counts = postgres ? copy(c, journeys, target, spec.leads(), started)
                : batches(c, journeys, target, spec.leads(), started);
        if (rebuild) {
            progress.accept(String.format(Locale.ROOT, "rebuilding %d indexes and constraints (%.0f s)",
                    rebuildIndexes.size(), seconds(started)));
            PostgresIndexes.execute(c, rebuildIndexes);
        }
        if (postgres) {
            moveCounter(c, target, target.firstNumber() + spec.leads());
        }
        // every screening outcome written above comes with the signed checklist the clinic's rules expect
        Screenings.sign(c);
        // the rows went past the events that keep the dashboard's per-lead summary: it is rebuilt when the app starts
        try (Statement s = c.createStatement()) {
            s.execute("delete from report_summary_state");
        }
        String firstKey = spec.leads() == 0 ? null : target.projectKey() + "-" + target.firstNumber();
        String method = postgres ? "COPY" + (rebuild ? ", indexes rebuilt after" : "") : "JDBC batches";
        return new GenerationReport(database, method, spec.leads(), counts.history, counts.changes,
                target.referrersCreated(), Map.copyOf(counts.byStatus), firstKey, 0);
    }

    private Counts copy(Connection c, Journeys journeys, Target target, int total, long started) throws SQLException {
        PostgresCopySink sink = new PostgresCopySink(c);
        Counts counts = new Counts();
        CompletableFuture<PostgresCopySink.Encoded> next = encode(sink, journeys, target, 0, total);
        for (int from = 0; from < total; from += chunkSize) {
            PostgresCopySink.Encoded chunk = join(next);
            next = encode(sink, journeys, target, from + chunkSize, total);
            sink.write(chunk);
            counts.add(chunk.journeys(), chunk.historyRows(), chunk.changeRows());
            report(from + chunk.journeys().size(), started);
        }
        return counts;
    }

    private CompletableFuture<PostgresCopySink.Encoded> encode(PostgresCopySink sink, Journeys journeys,
            Target target, int from, int total) throws SQLException {
        if (from >= total) {
            return CompletableFuture.completedFuture(null);
        }
        int size = Math.min(chunkSize, total - from);
        long[] ids = sink.reserveIds(size);
        return CompletableFuture.supplyAsync(() -> PostgresCopySink.encode(generate(journeys, from, size), target,
                target.firstNumber() + from, ids, message));
    }

    private Counts batches(Connection c, Journeys journeys, Target target, int total, long started)
            throws SQLException {
        JdbcBatchSink sink = new JdbcBatchSink(c);
        Counts counts = new Counts();
        CompletableFuture<List<Journey>> next = generateAsync(journeys, 0, total);
        long firstNumber = target.firstNumber();
        for (int from = 0; from < total; from += chunkSize) {
            List<Journey> chunk = join(next);
            next = generateAsync(journeys, from + chunkSize, total);
            if (from > 0) {
                firstNumber = lockCounter(c, target);
            }
            List<Object[]> items = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                items.add(LeadRows.item(chunk.get(i), target, firstNumber + i));
            }
            long[] ids = sink.items(items);
            List<Object[]> leads = new ArrayList<>(chunk.size());
            List<Object[]> history = new ArrayList<>(chunk.size() * 6);
            List<Object[]> changes = new ArrayList<>(chunk.size() * 2);
            List<Object[]> users = new ArrayList<>(chunk.size() * 2);
            for (int i = 0; i < chunk.size(); i++) {
                leads.add(LeadRows.lead(chunk.get(i), target, ids[i], firstNumber + i, message));
                history.addAll(LeadRows.history(chunk.get(i), ids[i]));
                changes.addAll(LeadRows.changes(chunk.get(i), ids[i]));
                users.addAll(LeadRows.users(chunk.get(i), ids[i]));
            }
            sink.rows(Table.LEAD, leads);
            sink.rows(Table.HISTORY, history);
            sink.rows(Table.CHANGE, changes);
            sink.rows(Table.USER, users);
            counts.add(chunk, history.size(), changes.size());
            moveCounter(c, target, firstNumber + chunk.size());
            // H2 commits a very large transaction slowly: each chunk is one, with the counter moved in it.
            c.commit();
            report(from + chunk.size(), started);
        }
        return counts;
    }

    /** Locks the project row again (after a chunk's commit) and reads the next free item number. */
    private static long lockCounter(Connection c, Target target) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select next_number from wf_project where id = ? for update")) {
            ps.setLong(1, target.projectId());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void moveCounter(Connection c, Target target, long nextNumber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update wf_project set next_number = ? where id = ?")) {
            ps.setLong(1, nextNumber);
            ps.setLong(2, target.projectId());
            ps.executeUpdate();
        }
    }

    private CompletableFuture<List<Journey>> generateAsync(Journeys journeys, int from, int total) {
        if (from >= total) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.supplyAsync(() -> generate(journeys, from, Math.min(chunkSize, total - from)));
    }

    private static List<Journey> generate(Journeys journeys, int from, int size) {
        List<Journey> list = new ArrayList<>(size);
        for (int i = from; i < from + size; i++) {
            list.add(journeys.journey(i));
        }
        return list;
    }

    private void report(int written, long started) {
        if (written % (10 * CHUNK) == 0) {
            progress.accept(String.format(Locale.ROOT, "%,d leads written (%.0f s)", written, seconds(started)));
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** After the commit: fresh planner statistics on PostgreSQL, so the app's first queries plan well. */
    private static GenerationReport finish(Connection c, GenerationReport r, long started) throws SQLException {
        if (Databases.isPostgres(r.database()) && r.leads() > 0) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("analyze wf_item, wf_history, wf_item_change, wf_item_user, lead");
            }
        }
        return new GenerationReport(r.database(), r.method(), r.leads(), r.historyRows(), r.changeRows(),
                r.referrersCreated(), r.leadsByStatus(), r.firstKey(), seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
