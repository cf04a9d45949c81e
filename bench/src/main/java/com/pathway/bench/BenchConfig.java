package com.pathway.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line of a run: {@code --scale=small|100k|1M|2M --db=h2|postgres --port=N --jar=PATH
 * --out=DIR [--pg-url=JDBC-URL-OF-AN-EXISTING-DATABASE] [--profile=true] [--only=lead-list,start-up]}.
 * {@code --only} runs just the named scenarios (names in lower case, spaces as hyphens). With {@code --profile}
 * the application records a Java Flight Recording ({@code app/app.jfr}) for
 * {@code jfr view hot-methods}.
 */
public record BenchConfig(Scale scale, String db, int port, Path jar, Path out, String pgAdminUrl, boolean profile,
        Set<String> only) {

    static final int DEFAULT_PORT = 8105;

    private static final Set<String> KNOWN = Set.of("scale", "db", "port", "jar", "out", "pg-url", "profile", "only");

    public static BenchConfig parse(String... args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0 || !KNOWN.contains(arg.substring(2, eq))) {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'; use --" + String.join("=…, --", KNOWN)
                        + "=…");
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        String db = options.getOrDefault("db", "h2");
        if (!db.equals("h2") && !db.equals("postgres")) {
            throw new IllegalArgumentException("Unknown database '" + db + "'; use h2 or postgres.");
        }
        int port = Integer.parseInt(options.getOrDefault("port", String.valueOf(DEFAULT_PORT)));
        if (port < 1024 || port > 65535) {
            throw new IllegalArgumentException("Use a port between 1024 and 65535, not " + port + ".");
        }
        Path jar = Path.of(options.getOrDefault("jar", "target/pathway-0.1.0-SNAPSHOT.jar"));
        return new BenchConfig(Scale.parse(options.getOrDefault("scale", "small")), db, port, jar,
                Path.of(options.getOrDefault("out", "target/bench")),
                options.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/test"),
                Boolean.parseBoolean(options.getOrDefault("profile", "false")),
                Arrays.stream(options.getOrDefault("only", "").split(",")).map(String::strip).filter(n -> !n.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** Fails with a clear message when the jar to run is missing. */
    public BenchConfig requireJar() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No application jar at " + jar
                    + "; build it first (bench/run does: ./mvnw -Pbench,production verify).");
        }
        return this;
    }

    public boolean postgres() {
        return db.equals("postgres");
    }

    /** Whether a scenario runs: all do unless {@code --only} names some. */
    public boolean runs(String scenario) {
        return only.isEmpty() || only.contains(scenario.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    }

    /** Where the application runs: its log, and its H2 files. */
    public Path workDir() {
        return out.toAbsolutePath().resolve("app");
    }

    /**
     * The database of the run. H2 runs with {@code AUTO_SERVER} so that the lead-list floor can query
     * the file the application holds open.
     */
    public String benchJdbcUrl() {
        if (postgres()) {
            return pgAdminUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + pgDatabase());
        }
        return "jdbc:h2:file:" + workDir().resolve("data").resolve("pathway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=10000"
                + ";QUERY_CACHE_SIZE=256;AUTO_SERVER=TRUE";
    }

    /**
     * The PostgreSQL database of the run: {@code pathway_bench} on the default port, {@code pathway_bench_PORT}
     * on any other, so that runs on different ports of one machine do not drop each other's database.
     */
    public String pgDatabase() {
        return port == DEFAULT_PORT ? Bench.PG_DATABASE : Bench.PG_DATABASE + "_" + port;
    }

    public String dbUser() {
        return postgres() ? "postgres" : "sa";
    }
}
