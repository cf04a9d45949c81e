package com.pathway.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * My work and the task list at scale: one open task for every fifth lead (200,000 at 1M leads), due from
 * a month ago to two months ahead, one in ten of them the benchmark coordinator's, the rest spread over 49
 * colleagues (the {@code id % 20 == 1} rule meant for unassigned tasks never holds for a fifth lead, so none is
 * nobody's; kept so that runs stay comparable). Measured through the app's real path, the task API as
 * the coordinator: the task list ({@code GET /api/v1/tasks}, a page of 50 with its count) and My work's
 * three lists (overdue, due today, upcoming: a page of 20 and a count each, as three calls). Floor: the
 * same page and count as hand-written SQL over JDBC.
 */
public final class MyWorkScenario implements Scenario {

    static final String LIST = "/api/v1/tasks?size=50";
    static final String[] MY_WORK = {"/api/v1/tasks?due=overdue&size=20", "/api/v1/tasks?due=today&size=20",
            "/api/v1/tasks?due=upcoming&size=20"};
    private static final String ORIGIN = "bench";
    private static final String FLOOR = "select id, item_key, title, due_at from task where state = 'OPEN'"
            + " and (assignee = ? or assignee is null) order by due_at, id limit 50";
    private static final String FLOOR_COUNT = "select count(*) from task where state = 'OPEN'"
            + " and (assignee = ? or assignee is null)";

    @Override
    public String name() {
        return "my-work";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        Api api = context.api();
        int samples = context.scale().samples();
        Duration cap = Duration.ofSeconds(60);
        List<Row> rows = new ArrayList<>();
        long open;
        long mine;
        try (Connection db = DriverManager.getConnection(context.config().benchJdbcUrl(), context.config().dbUser(), "")) {
            insertTasks(db);
            freshStatistics(db, context.config().postgres());
            open = count(db, "select count(*) from task where state = 'OPEN'");
            mine = count(db, "select count(*) from task where state = 'OPEN' and (assignee = '"
                    + BenchUsers.API_USER + "' or assignee is null)");
            Load.closed(samples / 10, 1, Duration.ofSeconds(15), i -> list(api));
            Load.closed(samples / 10, 1, Duration.ofSeconds(15), i -> myWork(api));
            Load.closed(samples / 10, 1, Duration.ofSeconds(15), i -> floor(db));
            Load.Result floor = Load.closed(samples, 1, cap, i -> floor(db));
            Load.Result list = Load.closed(samples, 1, cap, i -> list(api));
            Load.Result myWork = Load.closed(samples, 1, cap, i -> myWork(api));
            boolean postgres = context.config().postgres();
            rows.add(Row.latency("task list: one's open tasks, a page of 50 with its count", list.latency(),
                    floor.latency(), postgres ? Target.p95AtMost(100) : null));
            rows.add(Row.latency("My work: overdue, today and upcoming, 20 and a count each (3 calls)",
                    myWork.latency(), null, postgres ? Target.p95AtMost(100) : null));
            rows.add(Row.latency("floor: the same page and count (JDBC)", floor.latency(), null, null));
        }
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "%,d open tasks (%,d of them the coordinator's or nobody's). Each measure %d times (at most 60 s),"
                        + " one client, after %d to warm up; the app through the task API as an intake coordinator."
                        + " Target p95 \u2264 100 ms on PostgreSQL at 1M leads and 200,000 open tasks.",
                open, mine, samples, samples / 10), rows);
    }

    /** One open task for every fifth lead, written once per database. */
    static void insertTasks(Connection db) throws SQLException {
        if (count(db, "select count(*) from task where origin = '" + ORIGIN + "'") > 0) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement leads = db.createStatement();
                ResultSet rs = leads.executeQuery("select id, item_key from lead where mod(id, 5) = 0");
                PreparedStatement insert = db.prepareStatement("insert into task (item_id, item_key, title, task_type,"
                        + " due_at, assignee, state, origin, created_at, created_by, version)"
                        + " values (?, ?, 'Call back', 'CALL', ?, ?, 'OPEN', '" + ORIGIN + "', ?, 'bench', 0)")) {
            int n = 0;
            while (rs.next()) {
                long id = rs.getLong(1);
                insert.setLong(1, id);
                insert.setString(2, rs.getString(2));
                insert.setTimestamp(3, Timestamp.from(now.plus(Duration.ofHours(id % 2160 - 720))));
                insert.setString(4, id % 50 == 0 ? BenchUsers.API_USER : id % 20 == 1 ? null : "coord-" + id % 49);
                insert.setTimestamp(5, Timestamp.from(now));
                insert.addBatch();
                if (++n % 5000 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
            Bench.log("my-work: " + n + " open tasks written");
        } finally {
            db.setAutoCommit(auto);
        }
    }

    /**
     * Planner statistics and the visibility map for the tasks just written, as the data load gives its own
     * tables. Without them PostgreSQL takes the task table for empty (its statistics predate the insert;
     * autovacuum, which would catch up within a minute on a production server, may be off on a test
     * machine) and pages one person's tasks through the due-time index, reading all 200,000 open tasks
     * for every page and every count.
     */
    static void freshStatistics(Connection db, boolean postgres) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(true); // VACUUM runs outside a transaction
        try (Statement s = db.createStatement()) {
            s.execute(postgres ? "vacuum analyze task" : "analyze table task");
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private static boolean list(Api api) throws Exception {
        return api.status(api.authorized(LIST, Api.INTAKE).build()) == 200;
    }

    private static boolean myWork(Api api) throws Exception {
        boolean ok = true;
        for (String path : MY_WORK) {
            ok &= api.status(api.authorized(path, Api.INTAKE).build()) == 200;
        }
        return ok;
    }

    private static boolean floor(Connection db) throws SQLException {
        int found = 0;
        try (PreparedStatement page = db.prepareStatement(FLOOR); PreparedStatement total = db.prepareStatement(FLOOR_COUNT)) {
            page.setString(1, BenchUsers.API_USER);
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    found++;
                }
            }
            total.setString(1, BenchUsers.API_USER);
            try (ResultSet rs = total.executeQuery()) {
                rs.next();
            }
        }
        return found > 0;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
