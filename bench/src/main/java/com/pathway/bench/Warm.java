package com.pathway.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warms the application up until its JIT compilers have little left to do: rounds of a scenario's own calls until
 * the compilers spent less than {@link #QUIET} of a round's time compiling, two rounds running, or the cap passes.
 * On two processors the C2 compiler keeps compiling for about a minute of intake load, taking a quarter of the
 * machine meanwhile; a throughput measured before that measures the compiler as much as the application
 * (docs/benchmarks.md, "Runs of 2026-12-07, late morning"). The compile time is the application's own metric
 * {@code jvm.compilation.time}, read as the benchmark's administrator.
 */
final class Warm {

    /** The share of a round's time spent compiling below which the compilers count as quiet. */
    static final double QUIET = 0.10;
    private static final int QUIET_ROUNDS = 2;
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");

    private Warm() {
    }

    /** One round of warming calls, numbered from 0; how many calls it made. */
    @FunctionalInterface
    interface Round {
        long run(int round) throws Exception;
    }

    /** What the warm-up did; {@code lastShare} is the last round's compile time over its length. */
    record Result(int rounds, long calls, Duration elapsed, boolean quiet, double lastShare) {

        String describe() {
            return String.format(Locale.ROOT, "warmed up with %,d calls in %d rounds (%.0f s) %s (%.0f %% of the last "
                    + "round's time spent compiling)", calls, rounds, elapsed.toMillis() / 1000.0,
                    quiet ? "until the JIT compilers were quiet" : "without the JIT compilers becoming quiet",
                    lastShare * 100);
        }
    }

    static Result untilCompiled(Api api, Duration cap, Round round) throws Exception {
        double compiled = compilationMillis(api);
        long started = System.nanoTime();
        long calls = 0;
        int rounds = 0;
        int quietRounds = 0;
        double share;
        do {
            long roundStarted = System.nanoTime();
            calls += round.run(rounds++);
            double now = compilationMillis(api);
            share = (now - compiled) / ((System.nanoTime() - roundStarted) / 1e6);
            compiled = now;
            quietRounds = share < QUIET ? quietRounds + 1 : 0;
        } while (quietRounds < QUIET_ROUNDS && System.nanoTime() - started < cap.toNanos());
        return new Result(rounds, calls, Duration.ofNanos(System.nanoTime() - started), quietRounds >= QUIET_ROUNDS,
                share);
    }

    /** The application's JIT compile time so far, in milliseconds. */
    static double compilationMillis(Api api) throws IOException, InterruptedException {
        HttpResponse<String> answer = api.send(api.authorized("/actuator/metrics/jvm.compilation.time", Api.ADMIN)
                .GET().build());
        Matcher value = VALUE.matcher(answer.body());
        if (answer.statusCode() != 200 || !value.find()) {
            throw new IllegalStateException("The application's compile time could not be read (HTTP "
                    + answer.statusCode() + "): " + answer.body());
        }
        return Double.parseDouble(value.group(1));
    }
}
