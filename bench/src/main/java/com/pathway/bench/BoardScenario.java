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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opening the clinic's board through the app's real path ({@code GET /api/v1/boards/PW}: token check,
 * BoardService with method security, the clinic's card source under the read rule, the audit line of
 * the cards shown, JSON): every column with its true count and its first 20 cards. Floor: the same
 * grouped count and the same page per column as hand-written SQL over JDBC.
 */
public final class BoardScenario implements Scenario {

    static final String PATH = "/api/v1/boards/PW?limit=20";
    private static final String CARD = "select l.item_key, l.first_name, l.last_name, l.status, l.status_changed_at,"
            + " l.coordinator, l.priority, l.condition_of_interest, l.tags from lead l where l.status in (%s)"
            + " order by l.status_changed_at %s, l.id %s limit 20";

    @Override
    public String name() {
        return "board";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        Api api = context.api();
        int samples = context.scale().samples();
        Duration cap = Duration.ofSeconds(60);
        List<List<String>> columns = new ArrayList<>();
        JsonNode board = JsonMapper.builder().build().readTree(api.send(api.authorized(PATH, Api.INTAKE).build()).body());
        for (JsonNode column : board.path("columns")) {
            List<String> statuses = new ArrayList<>();
            column.path("statuses").forEach(s -> statuses.add(s.asString()));
            columns.add(statuses);
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("The board API answered no columns: " + board);
        }
        List<Row> rows = new ArrayList<>();
        long leads;
        long open;
        try (Connection db = DriverManager.getConnection(context.config().benchJdbcUrl(), context.config().dbUser(), "")) {
            leads = count(db, "select count(*) from lead");
            open = count(db, "select count(*) from lead where status_category <> 'DONE'");
            Load.closed(samples / 10, 1, Duration.ofSeconds(15), i -> get(api));
            Load.closed(samples / 10, 1, Duration.ofSeconds(15), i -> floor(db, columns));
            Load.Result floor = Load.closed(samples, 1, cap, i -> floor(db, columns));
            Load.Result app = Load.closed(samples, 1, cap, i -> get(api));
            boolean postgres = context.config().postgres();
            Row row = Row.latency("open the board (" + columns.size() + " columns, counts and 20 cards each)",
                    app.latency(), floor.latency(), postgres ? Target.p95AtMost(200) : null);
            rows.add(row);
            rows.add(Row.latency("floor: the same counts and pages (JDBC)", floor.latency(), null, null));
            if (row.floorRatio() != null) {
                rows.add(Row.figure("board: p95 over the floor's", row.floorRatio(), "\u00D7",
                        postgres ? Target.valueAtMost(2, "\u00D7") : null));
            }
        }
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "%,d leads, %,d of them open. The board %d times (at most 60 s), one client, after %d to warm up;"
                        + " the app as the intake coordinator. Floor: one grouped count and a page of 20 per column"
                        + " as hand-written SQL over JDBC. Target p95 \u2264 200 ms on PostgreSQL at 10,000 open leads"
                        + " and 100,000 in all, within 2\u00D7 of the floor.",
                leads, open, samples, samples / 10), rows);
    }

    private static boolean get(Api api) throws Exception {
        return api.status(api.authorized(PATH, Api.INTAKE).build()) == 200;
    }

    private static boolean floor(Connection db, List<List<String>> columns) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select status, count(*) from lead group by status")) {
            while (rs.next()) {
                rs.getLong(2);
            }
        }
        int cards = 0;
        for (int c = 0; c < columns.size(); c++) {
            List<String> statuses = columns.get(c);
            String direction = c == columns.size() - 1 ? "desc" : "asc";
            String sql = String.format(CARD, String.join(", ", statuses.stream().map(x -> "?").toList()), direction,
                    direction);
            try (PreparedStatement page = db.prepareStatement(sql)) {
                for (int i = 0; i < statuses.size(); i++) {
                    page.setString(i + 1, statuses.get(i));
                }
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                        cards++;
                    }
                }
            }
        }
        return cards > 0;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
