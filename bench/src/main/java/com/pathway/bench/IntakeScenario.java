package com.pathway.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Web-to-lead intake over loopback HTTP to {@code POST /api/v1/inquiries}: the throughput a few
 * clients sending back to back sustain, then the latency when inquiries are offered at the target
 * rate, once the app is warm ({@link Warm}: inquiries and preflights, back to back and offered at the rate, until its
 * JIT compilers are quiet, three minutes at most). The floor is
 * the CORS preflight of the same path, which passes the same filters and does no work. The app runs with the per-address limit raised (docs/benchmarks.md);
 * the limiter still runs for every request.
 */
public final class IntakeScenario implements Scenario {

    private static final int CLIENTS = 4;
    private static final int MAX_IN_FLIGHT = 64;
    private static final int OFFERED_SECONDS = 10;
    /** One warm-up call in this many is the preflight, the others inquiries. */
    private static final int PREFLIGHT_EVERY = 4;
    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(5);
    private static final Duration WARM_UP_CAP = Duration.ofMinutes(3);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Override
    public String name() {
        return "web-to-lead intake";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        Api api = context.api();
        Scale scale = context.scale();
        int rate = scale.inquiriesPerSecond();
        // Both calls the scenario measures, mixed as a site's visitors send them, so that neither is compiled for the
        // other alone; and both ways it sends them, in turn: back to back by four clients, and offered at the rate
        // with up to MAX_IN_FLIGHT at once. Warmed by four clients alone, the app met the offered run's many
        // connections cold: Tomcat started a thread for each, code that had run four times ran interpreted, and the
        // run's first half second queued (p99 62-109 ms; offered again at once, 10-11 ms).
        Warm.Result warm = Warm.untilCompiled(api, WARM_UP_CAP, round -> {
            Load.Call call = i -> i % PREFLIGHT_EVERY == 0 ? preflight(api) == 200
                    : send(api, "w" + round + "-" + i) == 201;
            Load.Result result = round % 2 == 0 ? Load.closed(Integer.MAX_VALUE, CLIENTS, WARM_UP_ROUND, call)
                    : Load.paced((int) (rate * WARM_UP_ROUND.toSeconds()), rate, WARM_UP_ROUND, MAX_IN_FLIGHT, call);
            return result.ok() + result.failed();
        });
        Duration cap = Duration.ofSeconds(60);
        Load.Result floor = Load.closed(scale.inquiries(), CLIENTS, cap, i -> preflight(api) == 200);
        Inbox.drained(context.config(), Duration.ofMinutes(5));
        long sustainedStarted = System.nanoTime();
        Load.Result sustained = Load.closed(scale.inquiries(), CLIENTS, cap, i -> send(api, "s" + i) == 201);
        long waitingAtEnd = Inbox.waiting(context.config());
        Duration catchUp = Inbox.drained(context.config(), Duration.ofMinutes(5));
        double leadsPerSecond = sustained.ok() / ((System.nanoTime() - sustainedStarted) / 1e9);
        int offered = Math.min(scale.inquiries(), rate * OFFERED_SECONDS);
        Duration offeredCap = Duration.ofSeconds(OFFERED_SECONDS);
        // The offered run's floor comes after it: measured just before it, the floor's seconds of preflights alone had
        // the JIT compile parts of the request pipeline again as the offered inquiries began (a profile showed them
        // deoptimized, then recompiled, in the run's first tenths of a second).
        Load.Result paced = Load.paced(offered, rate, offeredCap, MAX_IN_FLIGHT, i -> send(api, "p" + i) == 201);
        Duration pacedCatchUp = Inbox.drained(context.config(), Duration.ofMinutes(5));
        Load.Result pacedFloor = Load.paced(offered, rate, offeredCap, MAX_IN_FLIGHT, i -> preflight(api) == 200);
        return ScenarioResult.measured(name(), String.format(java.util.Locale.ROOT,
                "After the app %s: %d inquiries by %d clients back to back (at most 60 s; %d answered other than 201), "
                        + "then %d offered at %d/s for at most %d s (at most %d in flight; %d accepted, latency from "
                        + "the moment each was due). Floor: the CORS preflight OPTIONS of the same path, loaded the "
                        + "same way, before the back-to-back run and after the offered one. An inquiry is accepted "
                        + "once stored in the inbox; after the back-to-back run %d were still waiting for their "
                        + "lead, all had one %.1f s later (%.1f s after the paced run).",
                warm.describe(), sustained.ok() + sustained.failed(), CLIENTS, sustained.failed(), paced.ok() + paced.failed(),
                rate, OFFERED_SECONDS, MAX_IN_FLIGHT, paced.ok(), waitingAtEnd, catchUp.toMillis() / 1000.0,
                pacedCatchUp.toMillis() / 1000.0), List.of(
                Row.figure("sustained accepted inquiries per second", sustained.okPerSecond(), "/s",
                        Target.valueAtLeast(1_000, "/s")),
                Row.figure("leads created per second, back to back, until the last had its lead", leadsPerSecond,
                        "/s", null),
                Row.latency("inquiry latency, " + CLIENTS + " clients", sustained.latency(), floor.latency(), null),
                Row.latency("floor: preflight, " + CLIENTS + " clients", floor.latency(), null, null),
                Row.figure("accepted inquiries per second at " + rate + "/s offered", paced.okPerSecond(), "/s", null),
                // A refusal (429, 503) answers fast: the latency target holds only if every inquiry was accepted.
                Row.figure("answered other than 201 at " + rate + "/s offered", paced.failed(), "answers",
                        Target.valueAtMost(0, "answers")),
                Row.latency("inquiry latency at " + rate + "/s offered", paced.latency(), pacedFloor.latency(),
                        Target.p99AtMost(50)),
                Row.latency("floor: preflight at " + rate + "/s offered", pacedFloor.latency(), null, null)));
    }

    private static int send(Api api, String suffix) throws Exception {
        String id = RUN + suffix;
        String body = """
                {"firstName": "Bench", "lastName": "Load%s", "email": "bench.%s@example.org",
                 "phone": "(202) 555-%04d", "conditionOfInterest": "PTSD", "message": "Please call me back.",
                 "preferredContact": "phone", "utm": {"source": "bench", "medium": "load", "campaign": "%s"},
                 "consent": {"contact": true, "privacyNotice": true}, "website": ""}
                """.formatted(id, id, Math.floorMod(id.hashCode(), 10_000), RUN);
        return api.status(api.request("/api/v1/inquiries").header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + id).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static int preflight(Api api) throws Exception {
        return api.status(api.request("/api/v1/inquiries").header("Origin", "https://clinic.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }
}
