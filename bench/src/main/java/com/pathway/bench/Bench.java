package com.pathway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs every scenario at one scale against the packaged application and writes the results. The
 * application runs as its own process on 127.0.0.1 with a fresh database (H2 files under
 * {@code target/bench/app}, or the PostgreSQL database {@code pathway_bench}, created here), migrated
 * and loaded with the scale's generated leads before the application starts.
 */
public final class Bench {

    static final String PG_DATABASE = "pathway_bench";
    /** The benchmark's own key for encryption at rest (fictional data only; not a secret). */
    static final String BENCH_ENCRYPTION_KEY = "YmVuY2gta2V5LWZpY3Rpb25hbC1kYXRhLW9ubHkhISE=";

    private final BenchConfig config;
    private final Path workDir;

    Bench(BenchConfig config) {
        this.config = config;
        this.workDir = config.workDir();
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config;
        try {
            config = BenchConfig.parse(args).requireJar();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Report report = new Bench(config).run();
        report.writeTo(config.out());
        System.out.println(report.toMarkdown());
        System.out.println("Results: " + config.out().resolve("results.json") + " and results.md");
    }

    Report run() throws Exception {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String loadBefore = loadAverage();
        freshDatabase();
        List<ScenarioResult> results = new ArrayList<>();
        BenchContext.LoadedData data = DataLoad.load(config);
        AppUnderTest started;
        try {
            started = start();
        } catch (IllegalStateException e) {
            log("start-up failed: " + e.getMessage());
            results.add(ScenarioResult.failed("start-up", e.getMessage()));
            return new Report(startedAt, config.scale().label(), config.db(),
                    machine("load average " + loadBefore + " at the start, " + loadAverage() + " at the end"), results);
        }
        try (AppUnderTest app = started) {
            log("start-up: " + app.startup().toMillis() / 1000.0 + " s");
            try {
                log("report summary: " + DashboardScenario.awaitSummary(config));
            } catch (Exception e) {
                log("report summary: not known (" + e.getMessage() + ")");
            }
            BenchContext context = new BenchContext(config, app, new Api(app.base()), data);
            for (Scenario scenario : scenarios()) {
                if (config.runs(scenario.name())) {
                    results.add(runOne(scenario, context));
                }
            }
        }
        if (config.runs(DurabilityCheck.NAME)) {
            // Last, with its own starts: it kills the application.
            log("scenario: " + DurabilityCheck.NAME);
            try {
                results.add(new DurabilityCheck(config, this::start).run());
            } catch (Exception | AssertionError e) {
                log("  failed: " + e);
                results.add(ScenarioResult.failed(DurabilityCheck.NAME, e.getClass().getSimpleName() + ": "
                        + e.getMessage()));
            }
        }
        return new Report(startedAt, config.scale().label(), config.db(),
                machine("load average " + loadBefore + " at the start, " + loadAverage() + " at the end"), results);
    }

    /** Every scenario of the benchmark issue, in the order they run. */
    static List<Scenario> scenarios() {
        return List.of(new StartupScenario(),
                new IntakeScenario(),
                new TransitionScenario(),
                new LeadListScenario(),
                new BoardScenario(),
                new MyWorkScenario(),
                new DashboardScenario(),
                new UiUsersScenario(),
                new UiProfileScenario(),
                new BoardDragScenario(),
                new SecurityCostScenario());
    }

    private ScenarioResult runOne(Scenario scenario, BenchContext context) {
        log("scenario: " + scenario.name());
        try {
            ScenarioResult result = scenario.run(context);
            log("  " + result.status() + " " + result.rows());
            return result;
        } catch (Exception | AssertionError e) {
            log("  failed: " + e);
            return ScenarioResult.failed(scenario.name(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A production start (no demo profile): the users, API token included, are written by {@link DataLoad}. */
    private AppUnderTest start() throws IOException, InterruptedException {
        return AppUnderTest.start(config, workDir, arguments(config), environment(config));
    }

    /** The application's arguments in every start of a run. */
    static List<String> arguments(BenchConfig config) {
        List<String> args = new ArrayList<>(List.of(
                // The per-address limit of the inquiry API (10 per hour) would answer 429 after ten
                // inquiries from the load client; the limiter itself still runs for every request.
                "--pathway.inquiries.requests-per-address=1000000000",
                // Likewise the ceiling for all addresses together (1,000 per hour by default).
                "--pathway.inquiries.global-requests=1000000000",
                // The load client signs in with a password alone; the second step's own cost is one TOTP
                // check and one extra page (measured separately, see docs/benchmarks.md).
                "--pathway.security.mfa.required-roles="));
        if (config.postgres()) {
            args.add("--spring.profiles.active=postgres");
        }
        return args;
    }

    /** The application's environment in every start of a run: the run's database and its encryption key. */
    static Map<String, String> environment(BenchConfig config) {
        return Map.of("PATHWAY_DB_URL", config.benchJdbcUrl(), "PATHWAY_DB_USERNAME", config.dbUser(),
                "PATHWAY_DB_PASSWORD", "", "PATHWAY_ENCRYPTION_KEYS_BENCH", BENCH_ENCRYPTION_KEY,
                "PATHWAY_ENCRYPTION_CURRENT_KEY", "bench");
    }

    private void freshDatabase() throws IOException, SQLException {
        if (config.postgres()) {
            try (Connection c = DriverManager.getConnection(config.pgAdminUrl(), "postgres", "");
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + config.pgDatabase() + " with (force)");
                s.execute("create database " + config.pgDatabase());
            }
            return;
        }
        Path data = workDir.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private Report.Machine machine(String load) throws IOException {
        long memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        return new Report.Machine(Runtime.getRuntime().availableProcessors(), memoryKb / 1024,
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), databaseVersion(), load);
    }

    private String databaseVersion() {
        if (!config.postgres()) {
            return "H2 " + org.h2.engine.Constants.VERSION + " (file, PostgreSQL mode)";
        }
        try (Connection c = DriverManager.getConnection(config.benchJdbcUrl(), config.dbUser(), "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        } catch (SQLException e) {
            return "PostgreSQL (version unknown: " + e.getMessage() + ")";
        }
    }

    static void log(String line) {
        System.out.println("[bench] " + line);
    }
}
