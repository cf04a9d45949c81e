package com.pathway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Processor time a part of a scenario costs the application and, on PostgreSQL, the database server (every process
 * of this machine named {@code postgres}; H2 runs inside the application). On a machine whose two processors the
 * load saturates, time per request is a steadier measure of a change than requests per second or latency, which
 * follow whatever else the machine does in that minute.
 */
final class ProcessorTime {

    private final AppUnderTest app;
    private final boolean postgres;
    private final double appAtStart;
    private final double databaseAtStart;
    private final Map<String, Double> threadsAtStart;

    private ProcessorTime(AppUnderTest app, boolean postgres) throws IOException {
        this.app = app;
        this.postgres = postgres;
        this.threadsAtStart = app.threadCpuSeconds();
        this.appAtStart = app.cpuSeconds();
        this.databaseAtStart = postgres ? postgresSeconds() : 0;
    }

    /**
     * The application's threads in the groups the scenarios print: its web server's request threads, the garbage
     * collector's, the JIT compilers', and every other thread (connection pool, background work, the JVM's own).
     */
    enum ThreadKind {
        REQUESTS, GARBAGE_COLLECTOR, COMPILERS, OTHER;

        /** The group of a thread by its name as the kernel keeps it. */
        static ThreadKind of(String name) {
            if (name.startsWith("http-nio-")) {
                return REQUESTS;
            }
            if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                return GARBAGE_COLLECTOR;
            }
            if (name.contains("CompilerThre")) {
                return COMPILERS;
            }
            return OTHER;
        }
    }

    /** Starts counting now. */
    static ProcessorTime start(BenchContext context) throws IOException {
        return new ProcessorTime(context.app(), context.config().postgres());
    }

    /** What the part cost since the start, per one of {@code requests}. */
    Cost per(long requests) throws IOException {
        double appSeconds = app.cpuSeconds() - appAtStart;
        double databaseSeconds = postgres ? postgresSeconds() - databaseAtStart : 0;
        Map<String, Double> threadsNow = app.threadCpuSeconds();
        long n = Math.max(1, requests);
        Map<ThreadKind, Double> byKind = new EnumMap<>(ThreadKind.class);
        threadsNow.forEach((name, seconds) -> byKind.merge(ThreadKind.of(name),
                (seconds - threadsAtStart.getOrDefault(name, 0.0)) * 1000 / n, Double::sum));
        return new Cost(appSeconds * 1000 / n, databaseSeconds * 1000 / n, byKind);
    }

    /**
     * Milliseconds of processor time per request, in the application and in the database server, and the
     * application's by its threads' groups (threads that ended meanwhile are in {@code appMs} only).
     */
    record Cost(double appMs, double databaseMs, Map<ThreadKind, Double> appMsByThreads) {

        double threads(ThreadKind kind) {
            return appMsByThreads.getOrDefault(kind, 0.0);
        }
    }

    private static double postgresSeconds() throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToDouble(ProcessorTime::ifPostgres).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A process's processor time if its name is {@code postgres}, else 0; one that ended meanwhile counts 0. */
    private static double ifPostgres(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return AppUnderTest.name(stat).equals("postgres") ? AppUnderTest.cpuSeconds(stat) : 0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
