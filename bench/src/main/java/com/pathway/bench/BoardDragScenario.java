package com.pathway.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intake coordinators dragging cards on the board through the Vaadin protocol, as the browser sends a
 * drag: {@code dragstart} on the card, then the drop on the next column's cell with the card's
 * {@code dragend}; the move dialog's first choice and the transition's screen, when they open, are
 * confirmed as they stand. A move the workflow does not allow (no transition leads there, a condition
 * or validator refuses, someone else moved the card first) comes back refused, with its reason beside
 * the card. Every open board also receives the others' moves (the board's live updates).
 */
public final class BoardDragScenario implements Scenario {

    private static final Duration THINK = Duration.ofSeconds(2);

    @Override
    public String name() {
        return "board drags";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        int users = context.scale().dragUsers();
        int drags = context.scale().dragsPerUser();
        HttpClient http = VaadinClient.httpClient();
        Latencies roundTrips = new Latencies();
        Latencies drops = new Latencies();
        Map<UiSession.DragOutcome, AtomicLong> outcomes = new EnumMap<>(UiSession.DragOutcome.class);
        for (UiSession.DragOutcome o : UiSession.DragOutcome.values()) {
            outcomes.put(o, new AtomicLong());
        }
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                Thread.sleep(Duration.ofSeconds(Math.max(5, users / 10)).toMillis() / users);
                String user = BenchUsers.username(u);
                threads.execute(() -> {
                    UiSession session = new UiSession(new VaadinClient(http, context.app().base()), user);
                    try {
                        session.signIn("board", new Latencies());
                        for (int d = 0; d < drags; d++) {
                            Thread.sleep((long) (THINK.toMillis() * (0.5 + ThreadLocalRandom.current().nextDouble())));
                            outcomes.get(session.dragToNextColumn(roundTrips, drops)).incrementAndGet();
                        }
                    } catch (Exception | AssertionError e) {
                        if (failed.getAndIncrement() == 0) {
                            Bench.log("  first failed board user: " + e);
                        }
                    }
                });
            }
            threads.shutdown();
            if (!threads.awaitTermination(10, TimeUnit.MINUTES)) {
                threads.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long moved = outcomes.get(UiSession.DragOutcome.MOVED).get();
        long refused = outcomes.get(UiSession.DragOutcome.REFUSED).get();
        long unanswered = outcomes.get(UiSession.DragOutcome.NOT_ANSWERED).get();
        long attempted = moved + refused + unanswered;
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "%d intake coordinators on the board, %d drags each to the next column (%d ms between drags on "
                        + "average), all done after %.0f s; %d users failed. %d drags: %d moved, %d refused by the "
                        + "workflow (no transition to that column, a condition, or a concurrent move), %d without "
                        + "either answer; %d times no card could be dragged. Round trips: dragstart, the drop with "
                        + "dragend, and the move dialog's or the screen's confirmation when one opened.",
                users, drags, THINK.toMillis(), seconds, failed.get(), attempted, moved, refused, unanswered,
                outcomes.get(UiSession.DragOutcome.NO_CARD).get()), List.of(
                Row.latency("server round trip (drag, drop, confirmation)", roundTrips.summary(), null,
                        Target.p95AtMost(100)),
                Row.latency("drop (the move itself)", drops.summary(), null, null),
                Row.figure("drags moved", moved, "", null),
                Row.figure("drags refused", refused, "", null),
                Row.figure("drags refused (share)", attempted == 0 ? 0 : refused * 100.0 / attempted, "%", null)));
    }
}
