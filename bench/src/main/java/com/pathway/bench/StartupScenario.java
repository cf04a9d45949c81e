package com.pathway.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Start-up and idle memory. First the instance the other scenarios use: from process launch to health
 * UP on the migrated database with the generated leads (a production start, without the demo profile,
 * from the packaged jar), and its resident memory after it has been idle (see {@link #IDLE_MILLIS}). Then, on the
 * next port and the same database, the jar as a clinic runs it with the JDK's ahead-of-time cache
 * (JEP 483/514): extracted by Spring Boot's {@code jarmode=tools extract}, started once without a cache
 * (cold), once to train ({@code -XX:AOTCacheOutput}: a full start, the sign-in page asked for, then a
 * graceful stop that writes the cache), and once with the cache ({@code -XX:AOTCache}). The extracted starts
 * take the options the README gives a clinic for idle memory ({@link #IDLE_MEMORY}): G1 then collects once
 * the application has been idle for ten seconds and gives back what it does not need. Memory is read after
 * {@value #IDLE_MILLIS} ms idle, enough for that collection.
 */
public final class StartupScenario implements Scenario {

    static final long IDLE_MILLIS = 25_000;
    /**
     * The README's options for a clinic's server: a G1 collection after 10 s without one (JEP 346), and a heap
     * that shrinks to 40 % free at most (G1's default keeps up to 70 % free), so an idle application returns
     * memory it took during start-up or a busy hour.
     */
    static final List<String> IDLE_MEMORY = List.of("-XX:G1PeriodicGCInterval=10000", "-XX:MinHeapFreeRatio=20",
            "-XX:MaxHeapFreeRatio=40");
    private static final Duration TRAINING_STOP = Duration.ofMinutes(5);

    @Override
    public String name() {
        return "start-up";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        List<Row> rows = new ArrayList<>();
        measure(String.format(Locale.ROOT, "packaged jar (%,d generated leads)", context.data().leads()), context.app(),
                rows);
        String cacheNote;
        try {
            cacheNote = withCache(context, rows);
        } catch (IOException | IllegalStateException e) {
            Bench.log("  the AOT cache starts failed: " + e.getMessage());
            cacheNote = "The starts with the AOT cache failed: " + e.getMessage();
        }
        return ScenarioResult.measured(name(), String.format(Locale.ROOT,
                "java -Xmx1g -jar, timed from process launch to /actuator/health UP; the processor time (user + "
                        + "system, /proc/PID/stat) shows the work apart from competing load. RSS from /proc/PID/status "
                        + "%d s after start. %s", IDLE_MILLIS / 1000, cacheNote), rows);
    }

    /** The extracted jar without and with the AOT cache, each started on the next port and stopped again. */
    private static String withCache(BenchContext context, List<Row> rows) throws IOException, InterruptedException {
        BenchConfig config = context.config();
        Path dir = config.workDir().resolve("aot");
        Path jar = extract(config.jar(), dir.resolve("application"));
        Path cache = dir.resolve("pathway.aot");
        Files.deleteIfExists(cache);
        int port = config.port() + 1;
        List<String> args = Bench.arguments(config);
        var env = Bench.environment(config);
        try (AppUnderTest cold = AppUnderTest.start(new AppUnderTest.Launch(jar, port, IDLE_MEMORY, "cold.log"), dir,
                args, env)) {
            measure("extracted, no cache", cold, rows);
        }
        long trainingStarted = System.nanoTime();
        AppUnderTest training = AppUnderTest.start(new AppUnderTest.Launch(jar, port,
                with(IDLE_MEMORY, "-XX:AOTCacheOutput=" + cache.toAbsolutePath()), "training.log"), dir, args, env);
        signInPage(training.base());
        training.stop(TRAINING_STOP);
        double trainingSeconds = (System.nanoTime() - trainingStarted) / 1e9;
        if (!Files.exists(cache)) {
            throw new IllegalStateException("The training run wrote no AOT cache; see " + dir.resolve("training.log"));
        }
        try (AppUnderTest cached = AppUnderTest.start(new AppUnderTest.Launch(jar, port,
                with(IDLE_MEMORY, "-XX:AOTCache=" + cache.toAbsolutePath()), "cached.log"), dir, args, env)) {
            measure("with the AOT cache", cached, rows);
        }
        return String.format(Locale.ROOT, "The extracted jar (java -Djarmode=tools -jar … extract) on the next port "
                + "and the same database, with the README's idle-memory options (" + String.join(" ", IDLE_MEMORY)
                + "): cold, then a training run with -XX:AOTCacheOutput (start, the sign-in page, "
                + "graceful stop; %.0f s in all, cache %.0f MB), then with -XX:AOTCache.", trainingSeconds,
                Files.size(cache) / 1048576.0);
    }

    private static List<String> with(List<String> options, String option) {
        List<String> all = new ArrayList<>(options);
        all.add(option);
        return all;
    }

    /** Start-up, processor time and idle memory of a started instance, after it has been idle {@value #IDLE_MILLIS} ms. */
    private static void measure(String label, AppUnderTest app, List<Row> rows) throws IOException, InterruptedException {
        Thread.sleep(IDLE_MILLIS);
        rows.add(Row.figure(label + ": to health UP", app.startup().toMillis() / 1000.0, "s", Target.valueAtMost(10, "s")));
        rows.add(Row.figure(label + ": processor time until UP", app.startupCpuSeconds(), "s", null));
        rows.add(Row.figure(label + ": resident memory when idle", app.residentMb(), "MB", Target.valueAtMost(500, "MB")));
    }

    /** Spring Boot's {@code extract}: the jar beside its libraries, as the AOT cache needs a plain class path. */
    static Path extract(Path packaged, Path destination) throws IOException, InterruptedException {
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", packaged.toAbsolutePath().toString(), "extract", "--force", "--destination",
                destination.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes());
        if (!run.waitFor(5, TimeUnit.MINUTES) || run.exitValue() != 0) {
            throw new IllegalStateException("jarmode=tools extract failed: " + out.strip());
        }
        Path jar = destination.resolve(packaged.getFileName());
        if (!Files.exists(jar)) {
            throw new IllegalStateException("extract wrote no " + jar);
        }
        return jar;
    }

    /** One page of the UI, so that the training run loads the web and Vaadin classes a first request needs. */
    private static void signInPage(URI base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        http.send(HttpRequest.newBuilder(base.resolve("/login")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
