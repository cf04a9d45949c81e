package com.pathway.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Start-up and idle memory of the instance the other scenarios use: from process launch to health UP
 * on the migrated database with the generated leads (a production start, without the demo profile),
 * and its resident memory after it has been idle a few seconds.
 */
public final class StartupScenario implements Scenario {

    private static final long IDLE_MILLIS = 5_000;
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
        rows.add(Row.figure(String.format(Locale.ROOT, "to health UP (%,d generated leads)",
                context.data().leads()), warm, "s", Target.valueAtMost(10, "s")));
        rows.add(Row.figure("processor time used until UP", context.app().startupCpuSeconds(), "s", null));
        rows.add(Row.figure("resident memory when idle", rss, "MB", Target.valueAtMost(500, "MB")));
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "java -Xmx1g -jar (production build), timed from process launch to /actuator/health UP; the "
                        + "processor time (user + system, /proc/PID/stat) shows the work apart from competing load. "
                        + "RSS from /proc/PID/status %d s after start.", IDLE_MILLIS / 1000), rows);
    }
}
