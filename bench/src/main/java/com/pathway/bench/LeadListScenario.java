package com.pathway.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lead list through the app's real path ({@code GET /api/v1/leads}, and {@code POST /api/v1/leads/search} for a
 * text: token check, LeadService with
 * method security, the audit line, JSON) against its floor: the same count and page as hand-written
 * SQL over JDBC on the same database, in this process.
 */
public final class LeadListScenario implements Scenario {

    private static final String COLUMNS = "select i.item_key, l.first_name, l.last_name, l.phone, l.email, i.status,"
            + " i.status_category, l.source, l.condition_of_interest, l.priority, l.coordinator, l.clinician,"
            + " l.created_at from lead l join wf_item i on i.id = l.id";
    private static final String PAGE = " order by l.created_at desc, l.id desc limit 50 offset 0";

    /**
     * One query of the list: the API's address (with a JSON {@code body}, a {@code POST} of the list's search, which
     * takes the text the address may not hold) and the same query by hand; {@code count} for the list's bounded
     * count ({@code GET /api/v1/leads/count}, {@code POST /api/v1/leads/search/count}), whose floor counts at most
     * 10,001 matches by hand.
     */
    record Query(String name, String path, String body, String where, List<String> params, boolean count) {

        Query(String name, String path, String where, List<String> params) {
            this(name, path, null, where, params, false);
        }

        Query(String name, String path, String body, String where, List<String> params) {
            this(name, path, body, where, params, false);
        }

        Query counted(String countName) {
            if (body != null) {
                return new Query(countName, path + "/count", body.replaceAll(",?\\s*\"size\"\\s*:\\s*\\d+", ""),
                        where, params, true);
            }
            return new Query(countName, path.replace("/api/v1/leads?", "/api/v1/leads/count?")
                    .replaceAll("[?&]size=\\d+", ""), null, where, params, true);
        }
    }

    static final List<Query> PAGES = List.of(
            new Query("first page", "/api/v1/leads?size=50", "", List.of()),
            new Query("filtered page (in progress, web form)", "/api/v1/leads?category=IN_PROGRESS&source=WEB_FORM&size=50",
                    " where i.status_category = ? and l.source = ?", List.of("IN_PROGRESS", "WEB_FORM")),
            new Query("text search 'mar'", "/api/v1/leads/search", "{\"q\": \"mar\", \"size\": 50}",
                    " where (l.name_lower like ? escape '\\' or l.last_name_lower like ? escape '\\'"
                            + " or l.email_lower like ? escape '\\')", List.of("mar%", "mar%", "mar%")));

    /** Each page, then each count with the same filters. */
    static final List<Query> QUERIES = List.of(PAGES.get(0), PAGES.get(1), PAGES.get(2),
            PAGES.get(0).counted("count of every lead (bounded)"),
            PAGES.get(1).counted("count: in progress, web form (bounded)"),
            PAGES.get(2).counted("count: text search 'mar' (bounded)"));

    @Override
    public String name() {
        return "lead list";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        Api api = context.api();
        int samples = context.scale().samples();
        Duration cap = Duration.ofSeconds(60);
        Duration warmUpCap = Duration.ofSeconds(15);
        List<Row> rows = new ArrayList<>();
        long leads;
        try (Connection db = DriverManager.getConnection(context.config().benchJdbcUrl(), context.config().dbUser(), "")) {
            leads = count(db);
            for (Query q : QUERIES) {
                Load.closed(samples / 10, 1, warmUpCap, i -> get(api, q));
                Load.closed(samples / 10, 1, warmUpCap, i -> floor(db, q));
                Load.Result floor = Load.closed(samples, 1, cap, i -> floor(db, q));
                Load.Result app = Load.closed(samples, 1, cap, i -> get(api, q));
                boolean postgres = context.config().postgres();
                Row row = Row.latency(q.name(), app.latency(), floor.latency(), postgres ? Target.p95AtMost(50) : null);
                rows.add(row);
                rows.add(Row.latency("floor: " + q.name() + " (JDBC)", floor.latency(), null, null));
                if (row.floorRatio() != null) {
                    rows.add(Row.figure(q.name() + ": p95 over the floor's", row.floorRatio(), "×",
                            postgres ? Target.valueAtMost(2, "×") : null));
                }
            }
        }
        String data = String.format(Locale.ROOT, "%,d of them generated with %,d history rows by %s in %.0f s, any "
                + "others sent by the scenarios before", context.data().leads(), context.data().historyRows(), context.data().method(),
                context.data().seconds());
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "%,d leads (%s). Each query %d times (at most 60 s), one client, after %d to warm up; the app "
                        + "as the intake coordinator. Floor: the same count and page as hand-written SQL over JDBC (for the counts: the same count of at most 10,001 matches). "
                        + "Target p95 ≤ 50 ms on PostgreSQL at 1M leads, within 2× of the floor.",
                leads, data, samples, samples / 10), rows);
    }

    private static boolean get(Api api, Query q) throws Exception {
        var request = api.authorized(q.path(), Api.INTAKE);
        if (q.body() != null) {
            request.header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(q.body()));
        }
        return api.status(request.build()) == 200;
    }

    private static boolean floor(Connection db, Query q) throws SQLException {
        if (q.count()) {
            try (PreparedStatement count = db.prepareStatement("select count(*) from (select 1 from lead l join wf_item i"
                    + " on i.id = l.id" + q.where() + " limit 10001) matching")) {
                bind(count, q.params());
                try (ResultSet rs = count.executeQuery()) {
                    return rs.next();
                }
            }
        }
        long total;
        try (PreparedStatement count = db.prepareStatement("select count(*) from lead l join wf_item i on i.id = l.id"
                + q.where())) {
            bind(count, q.params());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        if (total == 0) {
            return true;
        }
        try (PreparedStatement page = db.prepareStatement(COLUMNS + q.where() + PAGE)) {
            bind(page, q.params());
            int n = 0;
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    rs.getString(1);
                    rs.getObject(13);
                    n++;
                }
            }
            return n > 0;
        }
    }

    private static void bind(PreparedStatement statement, List<String> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setString(i + 1, params.get(i));
        }
    }

    private static long count(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from lead")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
