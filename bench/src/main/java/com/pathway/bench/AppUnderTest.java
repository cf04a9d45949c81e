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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application, started as its own process on 127.0.0.1 for one part of a run. Start-up
 * is timed from the moment the process is launched until {@code /actuator/health} answers UP.
 */
public final class AppUnderTest implements AutoCloseable {

    private static final Duration START_CAP = Duration.ofMinutes(12);
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

    private final Process process;
    private final Duration startup;
    private final double startupCpuSeconds;
    private final URI base;
    /** The instance's log: each class histogram taken is kept beside it ({@link #liveHeapBytes}). */
    private final Path log;
    private final AtomicInteger histograms = new AtomicInteger();

    private AppUnderTest(Process process, Duration startup, URI base, Path log) throws IOException {
        this.process = process;
        this.startup = startup;
        this.startupCpuSeconds = cpuSeconds(process.pid());
        this.base = base;
        this.log = log;
    }

    /** Starts the jar with {@code arguments} and {@code environment}, and waits until it is healthy. */
    public static AppUnderTest start(BenchConfig config, Path workDir, List<String> arguments,
            Map<String, String> environment) throws IOException, InterruptedException {
        List<String> jvm = config.profile()
                ? List.of("-XX:FlightRecorderOptions=stackdepth=256",
                        "-XX:StartFlightRecording=filename=app.jfr,settings=profile,dumponexit=true")
                : List.of();
        return start(new Launch(config.jar(), config.port(), jvm, "app.log"), workDir, arguments, environment);
    }

    /**
     * How to launch one instance.
     *
     * @param jar the executable jar (the packaged one, or the one {@code extract} wrote beside its libraries)
     * @param port the HTTP port on 127.0.0.1
     * @param jvmOptions options for the JVM besides {@code -Xmx1g}, e.g. an AOT cache
     * @param logName the file in the working directory that receives its output
     */
    public record Launch(Path jar, int port, List<String> jvmOptions, String logName) {
    }

    /** Starts an instance as {@code launch} says and waits until it is healthy. */
    public static AppUnderTest start(Launch launch, Path workDir, List<String> arguments,
            Map<String, String> environment) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        requireFreePort(launch.port());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g"));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.jar().toAbsolutePath().toString(), "--server.port=" + launch.port(),
                "--server.address=127.0.0.1"));
        command.addAll(arguments);
        Path log = workDir.resolve(launch.logName());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long launched = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + launch.port());
        return new AppUnderTest(process, waitUntilHealthy(process, base, launched, log), base, log);
    }

    /** Refuses to start when something already listens on the port: its answers would be measured. */
    static void requireFreePort(int port) throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        } catch (java.net.BindException e) {
            throw new IllegalStateException("Port " + port + " is already in use on 127.0.0.1; stop what listens "
                    + "there or choose another port (BENCH_PORT).");
        }
    }

    private static Duration waitUntilHealthy(Process process, URI base, long launched, Path log)
            throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - launched < START_CAP.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during start-up (exit "
                        + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - launched);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application was not healthy within " + START_CAP + "; see " + log);
    }

    public URI base() {
        return base;
    }

    public Duration startup() {
        return startup;
    }

    /**
     * Processor time the process had used when it first answered UP. Unlike the wall-clock start-up,
     * this hardly changes when other work competes for the processors.
     */
    public double startupCpuSeconds() {
        return startupCpuSeconds;
    }

    /** User and system time the application's process has used so far, in seconds. */
    public double cpuSeconds() throws IOException {
        return cpuSeconds(process.pid());
    }

    /**
     * User and system time the application's threads have used so far, in seconds, summed by the name of each
     * thread ({@code /proc/PID/task/TID/stat}; a name as the kernel keeps it, at most 15 characters). A thread that
     * ended is not counted.
     */
    public Map<String, Double> threadCpuSeconds() throws IOException {
        Map<String, Double> seconds = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    seconds.merge(name(stat), cpuSeconds(stat), Double::sum);
                } catch (IOException ended) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return seconds;
    }

    /** User and system time of a process from {@code /proc/PID/stat}, in seconds (100 ticks a second). */
    static double cpuSeconds(long pid) throws IOException {
        return cpuSeconds(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
    }

    /** The name in one process's or thread's {@code /proc/.../stat} line, as the kernel keeps it. */
    static String name(String stat) {
        return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    }

    /** User and system time in one process's {@code /proc/PID/stat} line, in seconds. */
    static double cpuSeconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** Resident memory of the process now, from {@code /proc/PID/status}, in megabytes. */
    public double residentMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("No VmRSS for process " + process.pid());
    }

    /**
     * Bytes of live objects on the heap: {@code jcmd GC.class_histogram} runs a full collection first,
     * so what it counts is what is retained. Each histogram is kept beside the instance's log
     * ({@code app-heap-1.txt}, {@code app-heap-2.txt}, …), so that what a scenario's sessions hold can be read
     * per class.
     */
    public long liveHeapBytes() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes());
        if (!run.waitFor(2, TimeUnit.MINUTES) || run.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.class_histogram failed: " + out.lines().findFirst().orElse(""));
        }
        String stem = log.getFileName().toString().replaceFirst("\\.log$", "");
        Files.writeString(log.resolveSibling(stem + "-heap-" + histograms.incrementAndGet() + ".txt"), out);
        Matcher total = HISTOGRAM_TOTAL.matcher(out);
        if (!total.find()) {
            throw new IllegalStateException("No total in the class histogram");
        }
        return Long.parseLong(total.group(1));
    }

    /** Ends the process with SIGKILL, as a power cut or an out-of-memory kill would: nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * Asks the process to stop (SIGTERM, a graceful shutdown) and waits up to {@code patience} for it:
     * a JVM that writes an AOT cache at exit needs longer than an ordinary stop.
     */
    public int stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
