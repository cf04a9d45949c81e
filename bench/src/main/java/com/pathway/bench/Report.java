package com.pathway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of one run, written as {@code results.json} (for tools) and {@code results.md} (for
 * docs/benchmarks.md).
 *
 * @param startedAt when the run began (UTC, ISO-8601)
 * @param scale the scale label
 * @param database {@code h2} or {@code postgres}
 * @param machine what the run ran on
 * @param scenarios every scenario, in the order they ran
 */
public record Report(String startedAt, String scale, String database, Machine machine,
        List<ScenarioResult> scenarios) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("Scale `").append(scale).append("` on ").append(database).append(", run ").append(startedAt)
                .append(".\n\n").append(machine.describe()).append("\n\n");
        md.append("| scenario | measure | n | p50 ms | p95 ms | p99 ms | value | × floor (p95) | target | verdict |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n");
        for (ScenarioResult s : scenarios) {
            if (s.rows().isEmpty()) {
                md.append(line(s.scenario(), "*" + s.status() + "*", "", "", "", "", "", "", "", ""));
            }
            for (Row r : s.rows()) {
                Latencies.Summary l = r.latency();
                md.append(line(s.scenario(), r.measure(), l == null ? "" : String.valueOf(l.count()),
                        l == null ? "" : number(l.p50Ms()), l == null ? "" : number(l.p95Ms()),
                        l == null ? "" : number(l.p99Ms()), r.value() == null ? "" : number(r.value()) + " " + r.unit(),
                        r.floorRatio() == null ? "" : number(r.floorRatio()) + "×", r.target() == null ? "" : r.target(),
                        r.verdict() == null ? "" : r.verdict()));
            }
        }
        md.append('\n');
        for (ScenarioResult s : scenarios) {
            md.append("- **").append(s.scenario()).append("** (").append(s.status()).append("): ").append(s.note())
                    .append('\n');
        }
        return md.toString();
    }

    private static String line(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** Writes {@code results.json} and {@code results.md} into {@code folder}. */
    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("results.json"), toJson());
        Files.writeString(folder.resolve("results.md"), toMarkdown());
    }

    /** A number as the table shows it: no decimals when whole, else at most two. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    /**
     * The machine a run ran on.
     *
     * @param cpus processors the JVM sees
     * @param memoryMb physical memory
     * @param jdk the JDK of the harness and the application
     * @param os the operating system
     * @param database the database product and version
     * @param load the load averages (1, 5, 15 minutes) at the start and the end of the run: other work
     *        on a shared machine shows here
     */
    public record Machine(int cpus, long memoryMb, String jdk, String os, String database, String load) {

        String describe() {
            return "Machine: " + cpus + " CPUs, " + number(memoryMb) + " MB memory, JDK " + jdk + ", " + os
                    + ", database " + database + "; " + load + ".";
        }
    }
}
