package com.pathway.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Web-to-lead intake over loopback HTTP: inquiries offered at a fixed rate to
 * {@code POST /api/v1/inquiries}; the floor is the CORS preflight of the same path, which passes the
 * same filters and does no work. The app runs with the per-address limit raised (docs/benchmarks.md);
 * the limiter still runs for every request.
 */
public final class IntakeScenario implements Scenario {

    private static final int MAX_IN_FLIGHT = 64;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Override
    public String name() {
        return "web-to-lead intake";
    }

    @Override
    public ScenarioResult run(BenchContext context) {
        Api api = context.api();
        Scale scale = context.scale();
        int rate = scale.inquiriesPerSecond();
        Duration cap = Duration.ofSeconds(scale.inquiries() / rate + 30);
        int warmUp = Math.min(1_000, scale.inquiries() / 3);
        Load.closed(warmUp, 4, Duration.ofSeconds(60), i -> send(api, "w" + i) == 201);
        Load.Result floor = Load.paced(scale.inquiries(), rate, cap, MAX_IN_FLIGHT, i -> preflight(api) == 200);
        Load.Result intake = Load.paced(scale.inquiries(), rate, cap, MAX_IN_FLIGHT, i -> send(api, "m" + i) == 201);
        return ScenarioResult.measured(name(), String.format(java.util.Locale.ROOT,
                "%d inquiries offered at %d/s (at most %d in flight) after %d to warm up; %d answered other than 201. "
                        + "Floor: CORS preflight OPTIONS of the same path at the same rate.",
                intake.ok() + intake.failed(), rate, MAX_IN_FLIGHT, warmUp, intake.failed()), List.of(
                Row.figure("accepted inquiries per second", intake.okPerSecond(), "/s", Target.valueAtLeast(1_000, "/s")),
                Row.latency("inquiry latency", intake.latency(), floor.latency(), Target.p99AtMost(50)),
                Row.latency("floor: preflight", floor.latency(), null, null)));
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
