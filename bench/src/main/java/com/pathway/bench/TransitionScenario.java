package com.pathway.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;

/**
 * Transitions through the engine over its REST API: "Contact" on leads in "New inquiry", each with its
 * history row, changelog, audit line and events. The floor is {@code GET /api/v1/me}: the same token
 * check, no work.
 */
public final class TransitionScenario implements Scenario {

    private static final int WORKERS = 4;

    @Override
    public String name() {
        return "workflow transitions";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        Api api = context.api();
        int wanted = context.scale().transitions();
        List<String> keys = api.leadKeys("status=New%20inquiry", wanted + wanted / 5);
        if (keys.size() < 10) {
            return ScenarioResult.failed(name(), "Only " + keys.size() + " leads in 'New inquiry' to transition.");
        }
        int warmUp = keys.size() - Math.min(wanted, keys.size() * 5 / 6);
        List<String> measured = keys.subList(warmUp, keys.size());
        Duration cap = Duration.ofMinutes(3);
        Load.closed(warmUp, WORKERS, cap, i -> contact(api, keys.get(i)) == 204);
        Load.Result floor = Load.closed(measured.size(), WORKERS, cap, i -> me(api) == 200);
        Load.Result result = Load.closed(measured.size(), WORKERS, cap, i -> contact(api, measured.get(i)) == 204);
        return ScenarioResult.measured(name(), String.format(java.util.Locale.ROOT,
                "'Contact' on %d leads by %d clients at once (%d first to warm up), %d answered other than 204. "
                        + "Floor: GET /api/v1/me with the same token.",
                measured.size(), WORKERS, warmUp, result.failed()), List.of(
                Row.figure("transitions per second", result.okPerSecond(), "/s", null),
                Row.latency("transition latency", result.latency(), floor.latency(), null),
                Row.latency("floor: GET /api/v1/me", floor.latency(), null, null)));
    }

    private static int contact(Api api, String key) throws Exception {
        return api.status(api.authorized("/api/v1/items/" + key + "/transitions", Api.INTAKE)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"transition\": \"Contact\"}")).build());
    }

    private static int me(Api api) throws Exception {
        return api.status(api.authorized("/api/v1/me", Api.INTAKE).build());
    }
}
