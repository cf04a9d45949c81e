package com.pathway.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kills the application with SIGKILL in the middle of sustained intake and checks, after a restart, that
 * every inquiry answered 201 is stored exactly once: its reference is a lead, its idempotency key replays
 * the same answer, and sending it again creates nothing.
 */
final class DurabilityCheck {

    static final String NAME = "durability";
    private static final int CLIENTS = 4;
    /** Load runs at least this long, and until this many inquiries were acknowledged (at most LOAD_CAP). */
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(5);
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;
    private static final Duration LOAD_CAP = Duration.ofMinutes(2);
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    /** Starts the application; {@link Bench} passes its own start so the set-up is the same. */
    @FunctionalInterface
    interface Starter {
        AppUnderTest start() throws Exception;
    }

    private final BenchConfig config;
    private final Starter starter;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    DurabilityCheck(BenchConfig config, Starter starter) {
        this.config = config;
        this.starter = starter;
    }

    ScenarioResult run() throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger failedOrCut = new AtomicInteger();
        Map<String, Integer> refusals = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AppUnderTest app = starter.start();
        Api api = new Api(app.base());
        List<Thread> clients = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(Thread.ofPlatform().name("durability-" + c).start(() -> {
                while (!stop.get()) {
                    String id = run + "-" + next.getAndIncrement();
                    try {
                        HttpResponse<String> answer = api.send(inquiry(api, id));
                        Matcher reference = REFERENCE.matcher(answer.body());
                        if (answer.statusCode() == 201 && reference.find()) {
                            acknowledged.put(id, reference.group(1));
                        } else {
                            failedOrCut.incrementAndGet();
                            refusals.merge(answer.statusCode() + " " + answer.body().substring(0,
                                    Math.min(160, answer.body().length())), 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        failedOrCut.incrementAndGet(); // the connection broke when the process died
                    }
                }
            }));
        }
        long started = System.nanoTime();
        Thread.sleep(LOAD_BEFORE_KILL.toMillis());
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() - started < LOAD_CAP.toNanos()) {
            Thread.sleep(50);
        }
        long loadedSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        app.kill();
        stop.set(true);
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(40));
        }
        int sent = next.get();
        Bench.log("  killed the application with SIGKILL after " + acknowledged.size() + " acknowledged inquiries");

        try (AppUnderTest restarted = starter.start()) {
            Api again = new Api(restarted.base());
            // Inquiries answered before the kill may still wait in the inbox: the restarted node creates their leads.
            long waitingAtRestart = Inbox.waiting(config);
            Duration caughtUp = Inbox.drained(config, Duration.ofMinutes(2));
            long stored = countStored(acknowledged.values());
            int replayedSame = 0;
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                HttpResponse<String> answer = again.send(inquiry(again, ack.getKey()));
                Matcher reference = REFERENCE.matcher(answer.body());
                if (answer.statusCode() == 201 && reference.find() && reference.group(1).equals(ack.getValue())) {
                    replayedSame++;
                }
            }
            long leadsOfRun = countLeadsOfRun();
            int lost = acknowledged.size() - (int) stored;
            String note = ("%d inquiries sent by %d clients for %d s, then SIGKILL; %d answered 201, %d cut off or "
                    + "refused. After the restart (%d waiting in the inbox, all with their lead %.1f s later): "
                    + "%d of the %d acknowledged are stored, %d idempotency keys replay "
                    + "the same reference, and the run has %d leads (one per acknowledged inquiry at most, as many "
                    + "as were stored; an inquiry stored but cut off before its answer also counts).")
                    .formatted(sent, CLIENTS, loadedSeconds, acknowledged.size(), failedOrCut.get(),
                            waitingAtRestart, caughtUp.toMillis() / 1000.0, stored, acknowledged.size(), replayedSame, leadsOfRun);
            List<Row> rows = List.of(
                    Row.figure("acknowledged inquiries lost after SIGKILL", lost, "", Target.valueAtMost(0, "")),
                    Row.figure("acknowledged inquiries stored twice after a resend", duplicates(), "", Target.valueAtMost(0, "")),
                    Row.figure("acknowledged inquiries whose key replays a different answer",
                            acknowledged.size() - replayedSame, "", Target.valueAtMost(0, "")));
            if (!refusals.isEmpty()) {
                note += " Answers other than 201 before the kill: " + refusals + ".";
            }
            if (acknowledged.isEmpty()) {
                return ScenarioResult.failed(NAME, "No inquiry was acknowledged before the kill, so nothing was "
                        + "checked. " + note);
            }
            return ScenarioResult.measured(NAME, note, rows);
        }
    }

    private HttpRequest inquiry(Api api, String id) {
        String body = """
                {"firstName": "Durable", "lastName": "Kill%s", "email": "durable.%s@example.org",
                 "phone": "(202) 555-%04d", "conditionOfInterest": "PTSD", "message": "Please call me back.",
                 "preferredContact": "phone", "utm": {"source": "bench", "medium": "durability", "campaign": "%s"},
                 "consent": {"contact": true, "privacyNotice": true}, "website": ""}
                """.formatted(id, id, Math.floorMod(id.hashCode(), 10_000), run);
        return api.request("/api/v1/inquiries").header("Content-Type", "application/json")
                .header("Idempotency-Key", "durability-" + id).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private long countStored(java.util.Collection<String> references) throws Exception {
        long stored = 0;
        try (Connection db = DriverManager.getConnection(config.benchJdbcUrl(), config.dbUser(), "");
                PreparedStatement q = db.prepareStatement("select count(*) from lead where inquiry_reference = ?")) {
            for (String reference : references) {
                q.setString(1, reference);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    stored += rs.getLong(1);
                }
            }
        }
        return stored;
    }

    private long countLeadsOfRun() throws Exception {
        try (Connection db = DriverManager.getConnection(config.benchJdbcUrl(), config.dbUser(), "");
                PreparedStatement q = db.prepareStatement("select count(*) from lead where campaign_name = ?")) {
            q.setString(1, run);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Leads of this run whose last name (one per inquiry sent) appears more than once. */
    private long duplicates() throws Exception {
        try (Connection db = DriverManager.getConnection(config.benchJdbcUrl(), config.dbUser(), "");
                PreparedStatement q = db.prepareStatement("select count(*) from (select last_name from lead "
                        + "where campaign_name = ? group by last_name having count(*) > 1) twice")) {
            q.setString(1, run);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
