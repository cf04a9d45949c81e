package com.pathway.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The managers' dashboard through the app's real path: every figure of the reports API
 * ({@code GET /api/v1/reports/{kind}}: token check, method security, SQL aggregation over the transition
 * history's per-lead summary, the audit line, JSON) over the last 12 months, one after the other as the dashboard page asks
 * for them, as a manager. Also the funnel alone. Targets: all figures ≤ 1 s on PostgreSQL, ≤ 3 s on H2.
 */
public final class DashboardScenario implements Scenario {

    static final List<String> KINDS = List.of("funnel", "conversion", "time-to", "time-in-stage", "cumulative-flow",
            "created-converted", "cohorts", "lost-reasons", "outcomes", "service-levels", "workload");

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        String summary = awaitSummary(context.config());
        Api api = context.api();
        LocalDate to = LocalDate.now();
        String range = "?from=" + to.minusMonths(12) + "&to=" + to;
        for (String kind : KINDS) {
            var answer = api.send(api.authorized("/api/v1/reports/" + kind + range, Api.MANAGER).build());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(kind + " answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        int samples = Math.max(3, Math.min(10, context.scale().samples() / 50));
        Duration cap = Duration.ofSeconds(180);
        Load.Result all = Load.closed(samples, 1, cap, i -> every(api, range));
        Load.Result funnel = Load.closed(samples, 1, cap, i -> one(api, "funnel", range));
        // what the page opens with: the last 90 days
        String opening = "?from=" + to.minusDays(89) + "&to=" + to;
        Load.Result opened = Load.closed(samples, 1, cap, i -> every(api, opening));
        // one filter and two read the stored daily totals as no filter does; three are added up when first read
        String oneFilter = range + "&source=web_form";
        String twoFilters = oneFilter + "&coordinator=" + mostCommon(context.config(), "coordinator");
        String threeFilters = twoFilters + "&condition="
                + java.net.URLEncoder.encode(mostCommon(context.config(), "condition_of_interest"),
                        java.nio.charset.StandardCharsets.UTF_8);
        Load.Result narrowed = Load.closed(samples, 1, cap, i -> every(api, oneFilter));
        Load.Result twice = Load.closed(samples, 1, cap, i -> every(api, twoFilters));
        Load.Result thrice = Load.closed(3, 1, cap, i -> every(api, threeFilters));
        boolean postgres = context.config().postgres();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.latency("all " + KINDS.size() + " figures of the dashboard, 12 months", all.latency(), null,
                Target.p95AtMost(postgres ? 1000 : 3000)));
        rows.add(Row.latency("the funnel alone, 12 months", funnel.latency(), null, null));
        rows.add(Row.latency("all " + KINDS.size() + " figures, the last 90 days (the page's opening range)",
                opened.latency(), null, null));
        rows.add(Row.latency("all " + KINDS.size() + " figures, 12 months, one filter (source: web form)",
                narrowed.latency(), null, null));
        rows.add(Row.latency("all " + KINDS.size() + " figures, 12 months, two filters (web form, the busiest"
                + " coordinator)", twice.latency(), null, null));
        rows.add(Row.latency("all " + KINDS.size() + " figures, 12 months, three filters (and the commonest"
                + " condition)", thrice.latency(), null, null));
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "%,d leads and %,d history rows. Every figure of the reports API over the last 12 months, one after"
                        + " the other, %d times (at most 180 s), one client, as a manager, after one warm-up round;"
                        + " then the funnel alone; then every figure over the last 90 days, the range the page opens"
                        + " with; then 12 months narrowed to one filter, to two, and to three (three times). Target: the whole dashboard \u2264 1 s on PostgreSQL, \u2264 3 s on H2. %s",
                context.data().leads(), context.data().historyRows(), samples, summary), rows);
    }

    /**
     * Waits (at most 20 minutes) until the app has rebuilt the per-lead summary the generator left stale, and the daily
     * totals after it, so that the figures read them; says how long that took and how many leads and rows they hold.
     * The run waits for it once after the start, before any scenario, so that the rebuild disturbs none of them.
     */
    static String awaitSummary(BenchConfig config) throws Exception {
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(20).toNanos();
        try (Connection db = DriverManager.getConnection(config.benchJdbcUrl(), config.dbUser(), "")) {
            while (true) {
                try (PreparedStatement q = db.prepareStatement("select s.leads, (select count(*) from report_day)"
                        + " from report_summary_state s join report_day_state d on d.id = s.id where s.id = 1");
                        ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return String.format(Locale.ROOT, "The figures read the per-lead summary (%,d leads) and its"
                                + " daily totals (%,d rows), which the app rebuilt after the generator (waited for %.0f s"
                                + " after the start).", rs.getLong(1), rs.getLong(2), (System.nanoTime() - started) / 1e9);
                    }
                }
                if (System.nanoTime() > deadline) {
                    return "The per-lead summary and its daily totals were not rebuilt within 20 minutes: the figures"
                            + " grouped the history or read the summary.";
                }
                Bench.log("dashboard: waiting for the per-lead summary and its daily totals");
                Thread.sleep(5_000);
            }
        }
    }

    /** The value of a lead column most leads have, for a further filter. */
    private static String mostCommon(BenchConfig config, String column) throws Exception {
        try (Connection db = DriverManager.getConnection(config.benchJdbcUrl(), config.dbUser(), "");
                PreparedStatement q = db.prepareStatement("select " + column + " from lead where " + column
                        + " is not null group by " + column + " order by count(*) desc, " + column
                        + " fetch first 1 rows only");
                ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("No lead has a " + column + " to narrow the dashboard to.");
            }
            return rs.getString(1);
        }
    }

    private static boolean every(Api api, String range) throws Exception {
        for (String kind : KINDS) {
            if (!one(api, kind, range)) {
                return false;
            }
        }
        return true;
    }

    private static boolean one(Api api, String kind, String range) throws Exception {
        return api.status(api.authorized("/api/v1/reports/" + kind + range, Api.MANAGER).build()) == 200;
    }
}
