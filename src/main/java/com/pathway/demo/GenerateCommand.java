package com.pathway.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.pathway.shared.crypto.ColumnCipher;

/**
 * The command line of the generator, for the benchmark harness:
 * {@code generate --leads 1000000 --months 12 --seed 42 --jdbc-url jdbc:postgresql://127.0.0.1:5432/pathway_bench}
 * (optional {@code --user}, {@code --password}, {@code --now 2026-12-01T00:00:00Z}, {@code --no-migrate}).
 * Brings the schema up to date with the app's Flyway migrations first, then prints the rows written
 * and the seconds taken.
 */
public final class GenerateCommand {

    static final String USAGE = "usage: generate --leads N --jdbc-url URL [--months 12] [--seed 42] [--user U]"
            + " [--password P] [--now 2026-12-01T00:00:00Z] [--no-migrate]";
    private static final List<String> FLAGS = List.of("--no-migrate");
    private static final List<String> OPTIONS = List.of("--leads", "--months", "--seed", "--jdbc-url", "--user",
            "--password", "--now");

    private static final String KEY_VARIABLE = "PATHWAY_ENCRYPTION_KEYS_";

    private GenerateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status (0 done, 1 failed, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), out, err);
    }

    /** Runs the command with these environment variables (the encryption keys, as the application reads them). */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Map<String, String> options;
        GenerationSpec spec;
        try {
            options = parse(args);
            spec = spec(options);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(options.get("--jdbc-url"),
                options.getOrDefault("--user", ""), options.getOrDefault("--password", ""));
        try {
            if (!options.containsKey("--no-migrate")) {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            }
            out.printf("Generating %,d leads over %d months (seed %d, up to %s)%n", spec.leads(), spec.months(),
                    spec.seed(), spec.now());
            GenerationReport report = generator(environment, out).generate(dataSource, spec);
            out.println(report);
            out.println("by status: " + report.leadsByStatus());
            out.printf(java.util.Locale.ROOT, "seconds=%.1f rows=%d leads=%d history=%d changes=%d%n", report.seconds(),
                    report.rows(), report.leads(), report.historyRows(), report.changeRows());
            return 0;
        } catch (RuntimeException e) {
            err.println("Generation failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * A generator that encrypts the people's messages with the application's keys
     * ({@code PATHWAY_ENCRYPTION_KEYS_<ID>}, {@code PATHWAY_ENCRYPTION_CURRENT_KEY}), or writes them as plain
     * text when no current key is set (the application reads those, and its rotation command encrypts them).
     */
    static DataGenerator generator(Map<String, String> environment, PrintStream out) {
        String current = environment.get("PATHWAY_ENCRYPTION_CURRENT_KEY");
        if (current == null || current.isBlank()) {
            out.println("PATHWAY_ENCRYPTION_CURRENT_KEY is not set: messages are written as plain text "
                    + "(the application's rotation command, pathway.encryption.rotate, encrypts them)");
            return new DataGenerator(out::println);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(KEY_VARIABLE)) {
                keys.put(name.substring(KEY_VARIABLE.length()), value);
            }
        });
        return new DataGenerator(out::println, ColumnCipher.of(keys, current));
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        int i = 0;
        if (args.length > 0 && "generate".equals(args[0])) {
            i = 1;
        }
        for (; i < args.length; i++) {
            String name = args[i];
            if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (OPTIONS.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + name);
            }
        }
        if (!options.containsKey("--leads") || !options.containsKey("--jdbc-url")) {
            throw new IllegalArgumentException("--leads and --jdbc-url are required");
        }
        return options;
    }

    static GenerationSpec spec(Map<String, String> options) {
        int leads = number(options, "--leads", null).intValue();
        int months = number(options, "--months", 12L).intValue();
        long seed = number(options, "--seed", 42L);
        Instant now;
        try {
            now = options.containsKey("--now") ? Instant.parse(options.get("--now")) : Instant.now();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--now must be an instant such as 2026-12-01T00:00:00Z");
        }
        return new GenerationSpec(leads, months, seed, now);
    }

    private static Long number(Map<String, String> options, String name, Long fallback) {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + text);
        }
    }
}
