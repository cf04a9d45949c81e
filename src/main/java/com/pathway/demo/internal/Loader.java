package com.pathway.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.pathway.demo.GenerationReport;
import com.pathway.demo.GenerationSpec;

/**
 * Loads one specification in a single transaction: the project row stays locked until the commit,
 * so the key counter moves by exactly the number of leads written, or not at all when the load
 * fails. Journeys of the next chunk are generated on a second thread while the current one is
 * written.
 */
public final class Loader {

    static final int CHUNK = 10_000;

    private final Consumer<String> progress;

    public Loader(Consumer<String> progress) {
        this.progress = progress;
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
        boolean postgres = database.toLowerCase(java.util.Locale.ROOT).contains("postgres");
        Instant since = spec.now().atZone(ZoneOffset.UTC).minusMonths(spec.months()).toInstant();
        Target target = Targets.prepare(c, spec.now(), since);
        RowSink sink = postgres ? new PostgresCopySink(c) : new JdbcBatchSink(c);
        Journeys journeys = new Journeys(target.paths(), spec);
        Map<String, Long> byStatus = new TreeMap<>();
        long history = 0;
        long changes = 0;
        CompletableFuture<List<Journey>> next = chunk(journeys, 0, spec.leads());
        for (int from = 0; from < spec.leads(); from += CHUNK) {
            List<Journey> chunk = join(next);
            next = chunk(journeys, from + CHUNK, spec.leads());
            long[] counts = write(sink, target, chunk, target.firstNumber() + from);
            history += counts[0];
            changes += counts[1];
            chunk.forEach(j -> byStatus.merge(j.status(), 1L, Long::sum));
            if ((from / CHUNK + 1) % 10 == 0) {
                progress.accept(String.format(java.util.Locale.ROOT, "%,d leads written (%.0f s)",
                        from + chunk.size(), seconds(started)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("update wf_project set next_number = ? where id = ?")) {
            ps.setLong(1, target.firstNumber() + spec.leads());
            ps.setLong(2, target.projectId());
            ps.executeUpdate();
        }
        String firstKey = spec.leads() == 0 ? null : target.projectKey() + "-" + target.firstNumber();
        return new GenerationReport(database, sink.method(), spec.leads(), history, changes,
                target.referrersCreated(), Map.copyOf(byStatus), firstKey, 0);
    }

    private static long[] write(RowSink sink, Target target, List<Journey> chunk, long firstNumber)
            throws SQLException {
        List<Object[]> items = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            items.add(LeadRows.item(chunk.get(i), target, firstNumber + i));
        }
        long[] ids = sink.items(items);
        List<Object[]> leads = new ArrayList<>(chunk.size());
        List<Object[]> history = new ArrayList<>(chunk.size() * 6);
        List<Object[]> changes = new ArrayList<>(chunk.size() * 2);
        for (int i = 0; i < chunk.size(); i++) {
            Journey j = chunk.get(i);
            leads.add(LeadRows.lead(j, target, ids[i], firstNumber + i));
            history.addAll(LeadRows.history(j, ids[i]));
            changes.addAll(LeadRows.changes(j, ids[i]));
        }
        sink.rows(Table.LEAD, leads);
        sink.rows(Table.HISTORY, history);
        sink.rows(Table.CHANGE, changes);
        return new long[] {history.size(), changes.size()};
    }

    private static CompletableFuture<List<Journey>> chunk(Journeys journeys, int from, int total) {
        if (from >= total) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.supplyAsync(() -> {
            List<Journey> list = new ArrayList<>(Math.min(CHUNK, total - from));
            for (int i = from; i < Math.min(total, from + CHUNK); i++) {
                list.add(journeys.journey(i));
            }
            return list;
        });
    }

    private static List<Journey> join(CompletableFuture<List<Journey>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** After the commit: fresh planner statistics on PostgreSQL, so the app's first queries plan well. */
    private static GenerationReport finish(Connection c, GenerationReport r, long started) throws SQLException {
        if (r.database().toLowerCase(java.util.Locale.ROOT).contains("postgres") && r.leads() > 0) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("analyze wf_item, wf_history, wf_item_change, lead");
            }
        }
        return new GenerationReport(r.database(), r.method(), r.leads(), r.historyRows(), r.changeRows(),
                r.referrersCreated(), r.leadsByStatus(), r.firstKey(), seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
