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
 * the card. Every open board also receives the others' moves (the board's live updates). Two runs one after the
 * other: at the pace of Atlassian's Data Center toolkit ({@link #TOOLKIT}), then at one that saturates two
 * processors ({@link #BUSY}), so that the figures say both what a team sees and where a node's limit is.
 */
public final class BoardDragScenario implements Scenario {

    /** The pace that saturates two processors: a drag every 2 s per user. */
    static final Duration BUSY = Duration.ofSeconds(2);
    /**
     * Atlassian's Data Center toolkit pace: 54,500 actions an hour for 200 users is one action every 13.2 s per
     * user. Every action here is a drag, still far more drags than an intake team makes.
     */
    static final Duration TOOLKIT = Duration.ofMillis(13_200);

    @Override
    public String name() {
        return "board drags";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        int users = context.scale().dragUsers();
        Phase toolkit = phase(context, users, Math.max(5, context.scale().dragsPerUser() / 4), TOOLKIT);
        Phase busy = phase(context, users, context.scale().dragsPerUser(), BUSY);
        List<Row> rows = new java.util.ArrayList<>();
        rows.addAll(toolkit.rows("at the toolkit's pace, a drag every 13 s: "));
        rows.addAll(busy.rows("a drag every 2 s: "));
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "%d intake coordinators on the board, each dragging cards to the next column, in two runs one after "
                        + "the other: first at the pace of Atlassian's Data Center toolkit (an action every %.1f s "
                        + "per user, every action a drag), then a drag every %d s per user. %s %s Round trips: "
                        + "dragstart, the drop with dragend, and the move dialog's or the screen's confirmation when "
                        + "one opened.",
                users, TOOLKIT.toMillis() / 1000.0, BUSY.toSeconds(), toolkit.describe("At the toolkit's pace"),
                busy.describe("Every 2 s")), rows);
    }

    /** One run: each user signs in to the board, then drags {@code drags} times, {@code think} apart on average. */
    private static Phase phase(BenchContext context, int users, int drags, Duration think) throws Exception {
        HttpClient http = VaadinClient.httpClient();
        Phase phase = new Phase(users, drags, think);
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
                            Thread.sleep((long) (think.toMillis() * (0.5 + ThreadLocalRandom.current().nextDouble())));
                            phase.outcomes.get(session.dragToNextColumn(phase.roundTrips, phase.drops))
                                    .incrementAndGet();
                        }
                    } catch (Exception | AssertionError e) {
                        if (phase.failed.getAndIncrement() == 0) {
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
        phase.seconds = (System.nanoTime() - start) / 1e9;
        return phase;
    }

    /** What one run measured. */
    private static final class Phase {
        final int users;
        final int drags;
        final Duration think;
        final Latencies roundTrips = new Latencies();
        final Latencies drops = new Latencies();
        final Map<UiSession.DragOutcome, AtomicLong> outcomes = new EnumMap<>(UiSession.DragOutcome.class);
        final AtomicLong failed = new AtomicLong();
        double seconds;

        Phase(int users, int drags, Duration think) {
            this.users = users;
            this.drags = drags;
            this.think = think;
            for (UiSession.DragOutcome o : UiSession.DragOutcome.values()) {
                outcomes.put(o, new AtomicLong());
            }
        }

        long count(UiSession.DragOutcome outcome) {
            return outcomes.get(outcome).get();
        }

        long attempted() {
            return count(UiSession.DragOutcome.MOVED) + count(UiSession.DragOutcome.REFUSED)
                    + count(UiSession.DragOutcome.NOT_ANSWERED);
        }

        String describe(String heading) {
            return String.format(Locale.ROOT, "%s: %d drags each (%d ms apart on average), all done after %.0f s, "
                    + "%.1f drags a second; %d users failed; %d drags: %d moved, %d refused by the workflow (no "
                    + "transition to that column, a condition, or a concurrent move), %d without either answer; %d "
                    + "times no card could be dragged; %d times the card had gone (moved by someone else) when "
                    + "its drag started.", heading, drags, think.toMillis(), seconds,
                    seconds == 0 ? 0 : attempted() / seconds, failed.get(), attempted(),
                    count(UiSession.DragOutcome.MOVED), count(UiSession.DragOutcome.REFUSED),
                    count(UiSession.DragOutcome.NOT_ANSWERED), count(UiSession.DragOutcome.NO_CARD),
                    count(UiSession.DragOutcome.GONE));
        }

        List<Row> rows(String prefix) {
            long attempted = attempted();
            long refused = count(UiSession.DragOutcome.REFUSED);
            return List.of(
                    Row.latency(prefix + "server round trip (drag, drop, confirmation)", roundTrips.summary(), null,
                            Target.p95AtMost(100)),
                    Row.latency(prefix + "drop (the move itself)", drops.summary(), null, null),
                    Row.figure(prefix + "drags moved", count(UiSession.DragOutcome.MOVED), "", null),
                    Row.figure(prefix + "drags refused", refused, "", null),
                    Row.figure(prefix + "drags refused (share)", attempted == 0 ? 0 : refused * 100.0 / attempted,
                            "%", null),
                    Row.figure(prefix + "drags whose card had gone when the drag started",
                            count(UiSession.DragOutcome.GONE), "", null),
                    Row.figure(prefix + "users that failed", failed.get(), "", null));
        }
    }
}
