package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.jfr.Recording;

class ProfileShareTest {

    private static volatile long sink;

    @Test
    void attributesThePartOfAScopeFromTheRecordingsSamples(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("work.jfr");
        String type = ProfileShareTest.class.getName();
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.start();
            // On a busy machine (the whole suite on two cores) the sampler takes far fewer samples than one a
            // millisecond: the work goes on, half a second at a time, until the scope has enough of them.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long sampled;
            do {
                long until = System.nanoTime() + Duration.ofMillis(500).toNanos();
                while (System.nanoTime() < until) {
                    scope();
                    outside();
                }
                recording.dump(file);
                sampled = ProfileShare.of(file, type + ".scope", type + ".part", List.of()).scope();
            } while (sampled < 200 && System.nanoTime() < deadline);
            recording.stop();
            recording.dump(file);
        }
        assertThat(Files.size(file)).isPositive();

        ProfileShare.Share share = ProfileShare.of(file, type + ".scope", type + ".part", List.of());
        ProfileShare.Share without = ProfileShare.of(file, type + ".scope", type + ".part",
                List.of(type + ".part"));
        ProfileShare.Share whole = ProfileShare.of(file, type, type + ".part", List.of());

        // The scope spins in its part about two thirds of its time, and outside it a third.
        assertThat(share.scope()).as("samples within the scope").isGreaterThan(50);
        assertThat(share.percent()).as(share.describe("scope", "part")).isBetween(40.0, 90.0);
        assertThat(without.part()).as("a part excluded counts nothing").isZero();
        assertThat(without.scope()).isEqualTo(share.scope());
        assertThat(whole.scope()).as("a type stands for all its methods").isGreaterThan(share.scope());
        assertThat(ProfileShare.of(file, "no.Such.method", type + ".part", List.of()).percent()).isZero();
    }

    private static void scope() {
        long until = System.nanoTime() + 1_000_000;
        long n = 0;
        while (System.nanoTime() < until) {
            n++;
        }
        sink = n + part();
    }

    private static long part() {
        long until = System.nanoTime() + 2_000_000;
        long n = 0;
        while (System.nanoTime() < until) {
            n++;
        }
        return n;
    }

    private static void outside() {
        long until = System.nanoTime() + 1_000_000;
        long n = 0;
        while (System.nanoTime() < until) {
            n++;
        }
        sink = n;
    }
}
