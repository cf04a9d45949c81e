package com.pathway.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;

/**
 * What the second sign-in step and the audit's hash chain cost (issue: neither may slow sign-in or a lead page by
 * more than 10 %). In one run, one client at a time:
 * <ul>
 * <li>sign-in with a password only (an intake coordinator without a second step) against sign-in with a password and
 * an authenticator app's code (an account enrolled with a known secret, the code computed with the library the
 * application uses, posted from the plain {@code /two-factor} page), each from the sign-in page to the first page
 * after it, the two interleaved so that drift
 * touches both alike; each account with a second step signs in once (a code is accepted once); each sign-in then
 * signs out, untimed, so that the sessions do not pile up in the heap;</li>
 * <li>the lead page as the API reads it ({@code GET /api/v1/leads/{key}}: token check, visibility rule, one audit
 * entry, linked into the chain after the commit), by one client and by eight at once (until the entries were
 * linked after their commit, the chain's head row was locked at each commit and eight readers took turns there),
 * and the lead's route in the UI; against {@code GET /api/v1/me}, the same token check and JSON without a lead
 * read or an audit entry.</li>
 * </ul>
 * The hash chain is always on, so its "before" is the lead page figures of runs before it existed
 * (docs/benchmarks.md); the ratio to {@code /api/v1/me} bounds what reading and auditing a lead adds.
 */
public final class SecurityCostScenario implements Scenario {

    /** Sign-ins per flow, and so the number of accounts with a second step (each signs in once). */
    static final int SIGN_INS = 300;
    static final String NAME = "security-cost";
    /**
     * The most sign-ins of each flow before the measured ones ({@link Warm}: until the JIT compilers are quiet, three
     * minutes at most); the second step's use accounts of their own.
     */
    static final int WARM_UP = 900;
    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(5);
    private static final Duration WARM_UP_CAP = Duration.ofMinutes(3);
    private static final int CONCURRENT = 8;
    /** The fewest reads of a lead through the API, per measure (one client, eight at once, the token check). */
    static final int API_READS = 2_000;
    /**
     * The reads by eight clients at once: some twenty seconds of them, as a few seconds' worth spread a fifth between
     * runs of one jar on two processors.
     */
    static final int CONCURRENT_READS = 12_000;
    /**
     * The reads of a warm-up round of the API's reads: a few seconds of them. The sign-ins' warm-up compiles other
     * code; without a warm-up of their own, the JIT compilers still compiled the reads' code while eight clients
     * read, for 15–19 % of the application's processor time, and more or less from one run to the next
     * (docs/benchmarks.md, "Runs of 2026-12-07, late night").
     */
    static final int READ_WARM_UP_ROUND = 1_500;
    /** The fewest round trips to a lead's page in the UI. */
    static final int UI_READS = 1_000;
    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        HttpClient http = VaadinClient.httpClient();
        int plainAccounts = Math.max(1, context.scale().uiAccounts());
        int[] warmed = {0};
        Warm.Result warm = Warm.untilCompiled(context.api(), WARM_UP_CAP, round -> {
            long roundEnds = System.nanoTime() + WARM_UP_ROUND.toNanos();
            int before = warmed[0];
            for (; warmed[0] < WARM_UP && System.nanoTime() < roundEnds; warmed[0]++) {
                int i = warmed[0];
                signOut(signInWithPassword(http, context, BenchUsers.username(i % plainAccounts)));
                signOut(signInWithSecondStep(http, context, BenchUsers.mfaUsername(SIGN_INS + i), new Latencies(),
                        new Latencies(), new Latencies()));
            }
            return 2L * (warmed[0] - before);
        });
        Latencies passwordOnly = new Latencies();
        Latencies withSecondStep = new Latencies();
        Latencies secondStepAlone = new Latencies();
        Latencies stepPage = new Latencies();
        Latencies stepPost = new Latencies();
        int failed = 0;
        int notSignedOut = 0;
        for (int i = 0; i < SIGN_INS; i++) {
            long start = System.nanoTime();
            VaadinClient plain = signInWithPassword(http, context, BenchUsers.username(i % plainAccounts));
            passwordOnly.recordNanos(System.nanoTime() - start);
            notSignedOut += signOut(plain) ? 0 : 1;
            start = System.nanoTime();
            VaadinClient second = signInWithSecondStep(http, context, BenchUsers.mfaUsername(i), secondStepAlone,
                    stepPage, stepPost);
            withSecondStep.recordNanos(System.nanoTime() - start);
            notSignedOut += signOut(second) ? 0 : 1;
            failed += (plain != null ? 0 : 1) + (second != null ? 0 : 1);
        }

        Api api = context.api();
        List<String> keys = api.leadKeys("", 500);
        if (keys.isEmpty()) {
            return ScenarioResult.failed(name(), "No leads to open.");
        }
        // Reads of a lead take milliseconds: many more of them than the scale's samples, so that a difference of a
        // tenth stands out of this machine's noise (200 reads by eight clients spread some 30 % between runs).
        int samples = Math.max(context.scale().samples(), API_READS);
        Duration cap = Duration.ofSeconds(60);
        Warm.Result readsWarm = Warm.untilCompiled(api, WARM_UP_CAP, round -> {
            Load.Result many = Load.closed(READ_WARM_UP_ROUND, CONCURRENT, WARM_UP_ROUND,
                    i -> get(api, lead(keys, i)));
            Load.Result one = Load.closed(READ_WARM_UP_ROUND / 10, 1, WARM_UP_ROUND, i -> get(api, lead(keys, i)));
            Load.Result token = Load.closed(READ_WARM_UP_ROUND / 10, 1, WARM_UP_ROUND, i -> get(api, "/api/v1/me"));
            return many.ok() + many.failed() + one.ok() + one.failed() + token.ok() + token.failed();
        });
        Load.Result me = Load.closed(samples, 1, cap, i -> get(api, "/api/v1/me"));
        Load.Result leadOne = Load.closed(samples, 1, cap, i -> get(api, lead(keys, i)));
        int concurrentReads = Math.max(samples, CONCURRENT_READS);
        // Marks the window in the output, for a profiler started from outside (docs/benchmarks.md).
        Bench.log(NAME + ": " + CONCURRENT + " clients read leads");
        ProcessorTime manyTime = ProcessorTime.start(context);
        Load.Result leadMany = Load.closed(concurrentReads, CONCURRENT, cap.multipliedBy(2),
                i -> get(api, lead(keys, i)));
        ProcessorTime.Cost manyCost = manyTime.per(leadMany.ok() + leadMany.failed());
        Bench.log(NAME + ": " + CONCURRENT + " clients done");
        Latencies uiLead = new Latencies();
        UiSession session = new UiSession(new VaadinClient(http, context.app().base()), BenchUsers.username(0));
        session.signIn("", new Latencies());
        int uiSamples = UI_READS;
        ProcessorTime uiTime = ProcessorTime.start(context);
        for (int i = 0; i < uiSamples; i++) {
            session.leadPage(keys.get(i % keys.size()), uiLead);
        }
        ProcessorTime.Cost uiCost = uiTime.per(uiSamples);

        Latencies.Summary plain = passwordOnly.summary();
        Latencies.Summary second = withSecondStep.summary();
        Latencies.Summary lead1 = leadOne.latency();
        boolean postgres = context.config().postgres();
        List<Row> rows = new ArrayList<>(List.of(
                Row.latency("sign-in, password only (sign-in page to first page)", plain, null, null),
                Row.latency("sign-in, password and app code (sign-in page to first page)", second, plain, null),
                Row.latency("  of which the second step (its page, the code posted)", secondStepAlone.summary(),
                        null, null),
                Row.latency("    its page (GET /two-factor)", stepPage.summary(), null, null),
                Row.latency("    the code posted (POST /two-factor: checked, audited, committed)", stepPost.summary(),
                        null, null),
                Row.figure("sign-in with second step / password only, p50", ratio(second.p50Ms(), plain.p50Ms()), "×",
                        Target.valueAtMost(1.10, "×")),
                Row.figure("sign-in with second step / password only, p95", ratio(second.p95Ms(), plain.p95Ms()), "×",
                        Target.valueAtMost(1.10, "×")),
                Row.figure("sign-ins that failed", failed, "", Target.valueAtMost(0, "")),
                Row.figure("sign-outs that failed (each sign-in signs out, untimed)", notSignedOut, "",
                        Target.valueAtMost(0, "")),
                Row.latency("GET /api/v1/me (token check, no lead, no audit entry)", me.latency(), null, null),
                Row.latency("lead page, API GET /api/v1/leads/{key}, 1 client", lead1, me.latency(), null),
                Row.latency("lead page, API, " + CONCURRENT + " clients at once", leadMany.latency(), lead1, null),
                Row.figure("lead page, API, " + CONCURRENT + " clients at once, reads answered per second",
                        leadMany.okPerSecond(), "/s", null)));
        rows.addAll(processorTime("read", manyCost, postgres, true));
        rows.add(Row.latency("lead page, UI route leads/{key} (round trip)", uiLead.summary(), null, null));
        rows.addAll(processorTime("round trip", uiCost, postgres, false));
        rows.addAll(List.of(
                Row.figure("lead page (API, 1 client) / GET /api/v1/me, p50", ratio(lead1.p50Ms(), me.latency().p50Ms()),
                        "×", null),
                Row.figure("lead page (API, 1 client) / GET /api/v1/me, p95", ratio(lead1.p95Ms(), me.latency().p95Ms()),
                        "×", null),
                Row.figure("lead page requests that failed", leadOne.failed() + leadMany.failed() + me.failed(), "",
                        Target.valueAtMost(0, ""))));
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "%d sign-ins per flow after the app %s, one client, the flows interleaved: password only (intake "
                        + "coordinators without a second step) and password then an authenticator code (accounts "
                        + "enrolled with a known secret, each signing in once, codes computed with dev.samstevens.totp "
                        + "as the app does). Lead page, after the reads %s: %d reads by one client, %d by %d "
                        + "clients at once, %d UI round trips to leads/{key}; the audit hash chain on, as always. "
                        + "The issue's bound: the "
                        + "second step and the chain add at most 10 %%.",
                SIGN_INS, warm.describe(), readsWarm.describe(), samples, concurrentReads, CONCURRENT, uiSamples),
                rows);
    }

    /**
     * The rows of what one {@code unit} cost in processor time: the application's, by its threads' groups if
     * {@code byThreads}, and the database server's on PostgreSQL (H2 runs inside the application, in its rows).
     */
    private static List<Row> processorTime(String unit, ProcessorTime.Cost cost, boolean postgres, boolean byThreads) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.figure("  processor time per " + unit + ", application", cost.appMs(), "ms", null));
        if (byThreads) {
            rows.add(Row.figure("    of which request threads", cost.threads(ProcessorTime.ThreadKind.REQUESTS), "ms",
                    null));
            rows.add(Row.figure("    of which the garbage collector",
                    cost.threads(ProcessorTime.ThreadKind.GARBAGE_COLLECTOR), "ms", null));
            rows.add(Row.figure("    of which the JIT compilers", cost.threads(ProcessorTime.ThreadKind.COMPILERS),
                    "ms", null));
            rows.add(Row.figure("    of which other threads", cost.threads(ProcessorTime.ThreadKind.OTHER), "ms",
                    null));
        }
        if (postgres) {
            rows.add(Row.figure("  processor time per " + unit + ", database server", cost.databaseMs(), "ms", null));
        }
        return rows;
    }

    /** The sign-in page, the password, and the first page after it; the client there, or null if not reached. */
    private static VaadinClient signInWithPassword(HttpClient http, BenchContext context, String user)
            throws Exception {
        VaadinClient client = new VaadinClient(http, context.app().base());
        if (!client.signIn(user, BenchUsers.PASSWORD)) {
            return null;
        }
        client.bootstrap("");
        client.navigate("", "");
        return client.has("home-greeting") ? client : null;
    }

    /**
     * Signs out with the page's Sign out button, as a person ends the day, so that each sign-in's session (with its
     * UI, some 400 KB) does not stay in the heap until its idle timeout: the run signs in 620 times in a minute or
     * two, far more sessions than a clinic's staff ever hold open, and the garbage collector's work on them landed on
     * both flows' tails alike. Whether the answer sends the page to the sign-in page.
     */
    private static boolean signOut(VaadinClient client) throws Exception {
        return client != null && client.signOut();
    }

    /**
     * The sign-in page, the password, the second step's page (plain HTML), the app's current code posted from it,
     * and the first page after it; the second step alone (its page and the post) is timed into {@code secondStep},
     * its page and its post each on their own into {@code page} and {@code post}; the client on that page, or null
     * if it was not reached.
     */
    private static VaadinClient signInWithSecondStep(HttpClient http, BenchContext context, String user,
            Latencies secondStep, Latencies pageTimes, Latencies postTimes) throws Exception {
        VaadinClient client = new VaadinClient(http, context.app().base());
        if (!client.signIn(user, BenchUsers.PASSWORD)) {
            return null;
        }
        long start = System.nanoTime();
        HttpResponse<String> page = client.page("/two-factor");
        long shown = System.nanoTime();
        if (page.statusCode() != 200 || !page.body().contains("id=\"two-factor-code\"")) {
            return null;
        }
        String code = code(Instant.now());
        long posting = System.nanoTime();
        HttpResponse<String> verified = client.submit("/two-factor", Map.of("code", code));
        long end = System.nanoTime();
        pageTimes.recordNanos(shown - start);
        postTimes.recordNanos(end - posting);
        secondStep.recordNanos(shown - start + end - posting);
        if (verified.statusCode() != 303 || verified.headers().firstValue("Location").orElse("").contains("two-factor")) {
            return null;
        }
        client.bootstrap("");
        client.navigate("", "");
        return client.has("home-greeting") ? client : null;
    }

    /** The 6-digit code an authenticator app shows now for the bench accounts' secret. */
    static String code(Instant now) throws Exception {
        return CODES.generate(BenchUsers.MFA_SECRET, Math.floorDiv(now.getEpochSecond(), 30));
    }

    private static String lead(List<String> keys, int i) {
        return "/api/v1/leads/" + keys.get(i % keys.size());
    }

    private static boolean get(Api api, String path) throws Exception {
        return api.status(api.authorized(path, Api.INTAKE).build()) == 200;
    }

    static double ratio(double value, double base) {
        return base <= 0 ? 0 : value / base;
    }
}
