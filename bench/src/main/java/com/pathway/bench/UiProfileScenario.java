package com.pathway.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * UI users at a realistic load: the profile of Atlassian's Data Center performance toolkit (200
 * concurrent users, 54,500 actions an hour, so one action every 13.2 s per user) applied to Pathway's
 * own actions, mixed as a clinic's staff would use them ({@link Action}). Each user signs in with an
 * account of its own (during a ramp of two a second and a minute to settle, not measured: the sign-in storm is
 * its own scenario), then acts at random intervals around the profile's pace for the scale's duration. Every
 * server round trip (bootstrap and UIDL) is timed; an action that fails is an error and the user opens a fresh
 * page.
 * <p>Memory: the live heap after a full collection before the users arrive, once all are signed in,
 * and at the end; the difference per session, and the growth while the sessions stay open.
 * <p>Capacity: afterwards the same sessions act faster, step by step (doubling, or halving when the
 * profile's pace already misses), and each step's round-trip p95 is measured; users × pace is the
 * number of such users the node serves. The step that first passes 100 ms ends the search.
 */
public final class UiProfileScenario implements Scenario {

    /** Seconds between one user's actions in the toolkit's profile: 200 users × 3,600 s / 54,500 actions. */
    static final double SECONDS_PER_ACTION = 200 * 3_600.0 / 54_500;
    private static final double P95_BOUND_MS = 100;
    private static final String[] SEARCHES = {"mar", "jo", "smi", "ann", "lee", "ro"};

    /** Pathway's actions and their share of all actions (per cent), after the toolkit's Jira mix. */
    enum Action {
        MY_WORK(10), LEAD_LIST(15), SEARCH(12), LEAD_PAGE(35), EDIT(6), TRANSITION(6), BOARD(8), BOARD_MOVE(4),
        NOTE(4);

        final int share;

        Action(int share) {
            this.share = share;
        }

        /** The action as the results name it, e.g. "lead page". */
        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** The action whose share covers {@code percent} (0–99) when the shares are laid end to end. */
        static Action at(int percent) {
            int sum = 0;
            for (Action a : values()) {
                sum += a.share;
                if (percent < sum) {
                    return a;
                }
            }
            throw new IllegalArgumentException("percent " + percent);
        }
    }

    @Override
    public String name() {
        return "realistic UI load";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        Scale scale = context.scale();
        int users = scale.profileUsers();
        List<String> keys = context.api().leadKeys("", 2_000);
        if (keys.isEmpty()) {
            return ScenarioResult.failed(name(), "No leads for the UI users to open.");
        }
        HttpClient http = VaadinClient.httpClient();
        long heapBefore = context.app().liveHeapBytes();
        AtomicReference<Latencies> current = new AtomicReference<>(new Latencies());
        AtomicReference<Map<Action, Latencies>> perAction = new AtomicReference<>(perAction());
        AtomicReference<Double> pace = new AtomicReference<>(1.0);
        AtomicLong actions = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong signInFailures = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.CountDownLatch signedIn = new java.util.concurrent.CountDownLatch(users);
        // Two sign-ins a second: a clinic's staff arrive over minutes, and the sign-in storm (BCrypt's deliberate
        // cost) is a scenario of its own; then a minute to settle before the steady state is measured.
        Duration ramp = Duration.ofSeconds(Math.max(10, users / 2));
        Duration settle = Duration.ofSeconds(60);
        List<Step> steps = new ArrayList<>();
        long heapSteadyStart;
        long heapSteadyEnd;
        Latencies steady;
        Map<Action, Latencies> steadyPerAction;
        double steadySeconds;
        long steadyActions;
        long steadyErrors;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                Thread.sleep(ramp.toMillis() / users);
                String user = BenchUsers.username(u);
                threads.execute(() -> person(new UiSession(new VaadinClient(http, context.app().base()), user), keys,
                        current, perAction, pace, actions, errors, signInFailures, signedIn, stop));
            }
            if (!signedIn.await(ramp.toSeconds() + 300, TimeUnit.SECONDS)) {
                Bench.log("  not every UI user had signed in after the ramp and 5 minutes");
            }
            Thread.sleep(settle.toMillis());
            // Steady state: the sessions are open; measure from here.
            heapSteadyStart = context.app().liveHeapBytes();
            current.set(new Latencies());
            perAction.set(perAction());
            long actionsAtStart = actions.get();
            long errorsAtStart = errors.get();
            long started = System.nanoTime();
            Thread.sleep(scale.profileDuration().toMillis());
            steadySeconds = (System.nanoTime() - started) / 1e9;
            steady = current.get();
            steadyPerAction = perAction.get();
            perAction.set(perAction());
            steadyActions = actions.get() - actionsAtStart;
            steadyErrors = errors.get() - errorsAtStart;
            heapSteadyEnd = context.app().liveHeapBytes();
            capacitySearch(scale.capacityStep(), users, current, pace, steps, steady.summary().p95Ms());
            stop.set(true);
            threads.shutdown();
            threads.awaitTermination(2, TimeUnit.MINUTES);
        }
        int sessions = users - (int) signInFailures.get();
        if (sessions <= 0) {
            return ScenarioResult.failed(name(), "None of the " + users + " UI users could sign in (the first refusal is in "
                    + "the run's log).");
        }
        double perSessionKb = sessions <= 0 ? 0 : (heapSteadyStart - heapBefore) / 1024.0 / sessions;
        double growth = heapSteadyStart <= 0 ? 0 : (heapSteadyEnd - heapSteadyStart) * 100.0 / heapSteadyStart;
        Latencies.Summary s = steady.summary();
        double errorRate = steadyActions == 0 ? 0 : steadyErrors * 100.0 / steadyActions;
        List<Row> rows = new ArrayList<>(List.of(
                Row.latency("server round trip (bootstrap and UIDL)", s, null, Target.p95AtMost(P95_BOUND_MS)),
                Row.latency("server round trip: p99", s, null, Target.p99AtMost(300)),
                Row.figure("actions per hour (all users)", steadyActions * 3_600 / steadySeconds, "/h", null),
                Row.figure("actions that failed", errorRate, "%", Target.valueAtMost(0.1, "%")),
                Row.figure("retained heap per UI session", perSessionKb, "KB", Target.valueAtMost(500, "KB")),
                Row.figure("heap growth over the run, sessions open", growth, "%", Target.valueAtMost(5, "%"))));
        steadyPerAction.forEach((action, latencies) -> {
            if (latencies.count() > 0) {
                rows.add(Row.latency("steady, round trips of: " + action.label(), latencies.summary(), null, null));
            }
        });
        for (Step step : steps) {
            rows.add(Row.latency(String.format(Locale.ROOT, "capacity step: %,.0f users' worth (%d sessions at %s× pace)",
                    users * step.pace(), users, trim(step.pace())), step.latency(), null, Target.p95AtMost(P95_BOUND_MS)));
        }
        rows.add(Row.figure("capacity: users one node serves with round-trip p95 ≤ 100 ms", capacity(users, steps),
                "users", null));
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "%d users (each signed in with an account of its own over a %d s ramp and a minute to settle, not measured;"
                        + " %d refused), "
                        + "then %.0f s of steady use: one action every %.1f s per user on average (Atlassian DC "
                        + "toolkit profile: 200 users, 54,500 actions/h), mixed %s. %,d actions, %d failed. "
                        + "Live heap after full GC: %.1f MB before, %.1f MB with the sessions open, %.1f MB at the "
                        + "end. Capacity: the same sessions at a faster pace (steps of %d s, %s).",
                users, ramp.toSeconds(), signInFailures.get(), steadySeconds, SECONDS_PER_ACTION, mix(), steadyActions,
                steadyErrors, heapBefore / 1048576.0, heapSteadyStart / 1048576.0, heapSteadyEnd / 1048576.0,
                scale.capacityStep().toSeconds(), steps.isEmpty() ? "none run" : "users' worth = sessions × pace"),
                rows);
    }

    /** One step of the capacity search: the pace relative to the profile's and its round trips. */
    record Step(double pace, Latencies.Summary latency) {
        /** Within bound only when round trips were made: a step in which nothing answered holds no one. */
        boolean within() {
            return latency.count() > 0 && latency.p95Ms() <= P95_BOUND_MS;
        }
    }

    /**
     * Doubles the pace while p95 stays within bound (at most 32×), or halves it while the profile's own
     * pace misses (down to 1/8), measuring each step for {@code stepLength}.
     */
    private static void capacitySearch(Duration stepLength, int users, AtomicReference<Latencies> current,
            AtomicReference<Double> pace, List<Step> steps, double steadyP95) throws InterruptedException {
        boolean up = steadyP95 <= P95_BOUND_MS;
        double next = up ? 2 : 0.5;
        while (next <= 32 && next >= 0.125) {
            pace.set(next);
            Thread.sleep(Math.min(10_000, stepLength.toMillis() / 4));
            current.set(new Latencies());
            Thread.sleep(stepLength.toMillis());
            Step step = new Step(next, current.get().summary());
            steps.add(step);
            Bench.log(String.format(Locale.ROOT, "  capacity: %.0f users' worth, p95 %.1f ms", users * next,
                    step.latency().p95Ms()));
            if (up != step.within()) {
                break;
            }
            next = up ? next * 2 : next / 2;
        }
        pace.set(1.0);
    }

    /** Users' worth of the fastest step within bound (or of the profile's pace when no step ran above it). */
    static double capacity(int users, List<Step> steps) {
        double best = steps.stream().filter(Step::within).mapToDouble(Step::pace).max().orElse(0);
        boolean up = !steps.isEmpty() && steps.getFirst().pace() > 1;
        if (up && best == 0) {
            best = 1;
        }
        return users * best;
    }

    /** A fresh histogram per action, so that the slow ones can be told apart. */
    private static Map<Action, Latencies> perAction() {
        Map<Action, Latencies> map = new java.util.EnumMap<>(Action.class);
        for (Action a : Action.values()) {
            map.put(a, new Latencies());
        }
        return map;
    }

    private static void person(UiSession session, List<String> keys, AtomicReference<Latencies> current,
            AtomicReference<Map<Action, Latencies>> perAction, AtomicReference<Double> pace, AtomicLong actions,
            AtomicLong errors, AtomicLong signInFailures,
            java.util.concurrent.CountDownLatch signedIn, AtomicBoolean stop) {
        try {
            session.signIn("", new Latencies());
        } catch (Exception e) {
            if (signInFailures.getAndIncrement() == 0) {
                Bench.log("  first refused UI sign-in: " + e);
            }
            signedIn.countDown();
            return;
        }
        signedIn.countDown();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boolean onBoard = false;
        while (!stop.get()) {
            try {
                // Uniform between half and one and a half of the mean: the profile's rate on average,
                // without users acting in step.
                Thread.sleep((long) (SECONDS_PER_ACTION * 1_000 * (0.5 + random.nextDouble()) / pace.get()));
            } catch (InterruptedException e) {
                return;
            }
            if (stop.get()) {
                return;
            }
            Action action = Action.at(random.nextInt(100));
            String key = keys.get(random.nextInt(keys.size()));
            Latencies latencies = current.get().andInto(perAction.get().get(action));
            actions.incrementAndGet();
            try {
                switch (action) {
                    case MY_WORK -> session.myWork(latencies);
                    case LEAD_LIST -> session.leadList(latencies);
                    case SEARCH -> session.search(SEARCHES[random.nextInt(SEARCHES.length)], latencies);
                    case LEAD_PAGE -> session.leadPage(key, latencies);
                    case EDIT -> session.edit(key, latencies);
                    case TRANSITION -> session.transition(key, latencies);
                    case BOARD -> session.board(latencies);
                    case BOARD_MOVE -> {
                        if (!onBoard) {
                            session.board(latencies);
                        }
                        session.dragToNextColumn(latencies, new Latencies());
                    }
                    case NOTE -> session.note(key, latencies);
                }
                onBoard = action == Action.BOARD || action == Action.BOARD_MOVE;
            } catch (Exception | AssertionError e) {
                if (errors.getAndIncrement() == 0) {
                    Bench.log("  first failed UI action (" + action + ", " + session.user() + "): " + e);
                }
                try {
                    session.open("", latencies);
                    onBoard = false;
                } catch (Exception again) {
                    // Counted once, with the action that failed; the user tries a fresh page next time.
                    onBoard = false;
                }
            }
        }
    }

    private static String mix() {
        StringBuilder text = new StringBuilder();
        for (Action a : Action.values()) {
            text.append(text.isEmpty() ? "" : ", ").append(a.label())
                    .append(' ').append(a.share).append(" %");
        }
        return text.toString();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
