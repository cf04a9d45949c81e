package com.pathway.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Start-up and idle memory. The cold start (empty database: migrations and demo data) is measured by
 * {@link Bench} before anything else and handed in; this reports it with the start of the instance
 * the other scenarios use and that instance's resident memory after it has been idle a few seconds.
 */
public final class StartupScenario implements Scenario {

    private static final long IDLE_MILLIS = 5_000;
    private final Double coldSeconds;

    public StartupScenario(Double coldSeconds) {
        this.coldSeconds = coldSeconds;
    }

    @Override
    public String name() {
        return "start-up";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        Thread.sleep(IDLE_MILLIS);
        double warm = context.app().startup().toMillis() / 1000.0;
        double rss = context.app().residentMb();
        List<Row> rows = new ArrayList<>();
        if (coldSeconds != null) {
            rows.add(Row.figure("to health UP, empty database (migrations, demo data)", coldSeconds, "s",
                    Target.valueAtMost(10, "s")));
        }
        rows.add(Row.figure("to health UP, database ready" + (context.data() == null ? "" : " with generated data"),
                warm, "s", Target.valueAtMost(10, "s")));
        rows.add(Row.figure("resident memory when idle", rss, "MB", Target.valueAtMost(500, "MB")));
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "java -Xmx1g -jar (production build), timed from process launch to /actuator/health UP; "
                        + "RSS from /proc/PID/status %d s after start.", IDLE_MILLIS / 1000), rows);
    }
}
