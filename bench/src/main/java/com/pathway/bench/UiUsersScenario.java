package com.pathway.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent users of the Vaadin UI through its real client-server protocol ({@link VaadinClient}).
 * Each user signs in as an intake coordinator of its own ({@link BenchUsers}), opens the lead list, asks for the grid's first page,
 * searches, opens the search result and goes home, with a pause between steps as a person makes.
 * Every UIDL request is one server round trip. The sessions stay open afterwards, and the live heap
 * (after a full collection) with them open, minus the live heap before, divided by the users, is the
 * heap each UI session retains.
 */
public final class UiUsersScenario implements Scenario {

    private static final Duration THINK = Duration.ofMillis(500);
    private static final Duration CAP = Duration.ofMinutes(6);

    @Override
    public String name() {
        return "concurrent UI users";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        int users = context.scale().uiUsers();
        HttpClient http = VaadinClient.httpClient();
        journey(new VaadinClient(http, context.app().base()), "intake", new Latencies(), new Latencies(), Duration.ZERO);
        long heapBefore = context.app().liveHeapBytes();
        Latencies roundTrips = new Latencies();
        Latencies signIns = new Latencies();
        AtomicInteger failed = new AtomicInteger();
        // Users arrive over a ramp so that sign-ins (BCrypt) do not all land in the same second.
        long rampNanos = Duration.ofSeconds(Math.max(5, users / 10)).toNanos() / users;
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                Thread.sleep(Duration.ofNanos(rampNanos));
                String user = BenchUsers.username(u);
                threads.execute(() -> {
                    try {
                        journey(new VaadinClient(http, context.app().base()), user, roundTrips, signIns, THINK);
                    } catch (Exception | AssertionError e) {
                        if (failed.getAndIncrement() == 0) {
                            Bench.log("  first failed UI user: " + e);
                        }
                    }
                });
            }
            threads.shutdown();
            if (!threads.awaitTermination(CAP.toSeconds(), TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = context.app().liveHeapBytes();
        int open = users - failed.get();
        double perSessionKb = open <= 0 ? 0 : (heapAfter - heapBefore) / 1024.0 / open;
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "%d users arriving over %.0f s (all done after %.0f s), %d failed; each: sign-in, bootstrap, open the "
                        + "lead list, its first page, search 'mar', open the result and its first page, home; %d ms "
                        + "between steps. Live heap after full GC (jcmd GC.class_histogram): %.1f MB before, %.1f MB "
                        + "with the sessions open.",
                users, rampNanos * users / 1e9, seconds, failed.get(), THINK.toMillis(), heapBefore / 1048576.0,
                heapAfter / 1048576.0), List.of(
                Row.latency("server round trip (bootstrap and UIDL)", roundTrips.summary(), null, Target.p95AtMost(100)),
                Row.latency("sign-in (form POST, BCrypt)", signIns.summary(), null, null),
                Row.figure("retained heap per UI session", perSessionKb, "KB", Target.valueAtMost(500, "KB"))));
    }

    private static void journey(VaadinClient client, String user, Latencies roundTrips, Latencies signIns,
            Duration think) throws Exception {
        long t = System.nanoTime();
        if (!client.signIn(user, BenchUsers.PASSWORD)) {
            throw new IllegalStateException("sign-in refused");
        }
        signIns.recordNanos(System.nanoTime() - t);
        timed(roundTrips, () -> client.bootstrap("leads"));
        timed(roundTrips, () -> client.navigate("leads", ""));
        Thread.sleep(think);
        timed(roundTrips, () -> client.callServer("leads-grid", "setViewportRange", 0, 50));
        Thread.sleep(think);
        timed(roundTrips, () -> client.type("lead-search", "mar"));
        timed(roundTrips, () -> client.navigate("leads", "q=mar"));
        timed(roundTrips, () -> client.callServer("leads-grid", "setViewportRange", 0, 50));
        Thread.sleep(think);
        timed(roundTrips, () -> client.navigate("", ""));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void timed(Latencies latencies, Step step) throws Exception {
        long t = System.nanoTime();
        step.run();
        latencies.recordNanos(System.nanoTime() - t);
    }
}
