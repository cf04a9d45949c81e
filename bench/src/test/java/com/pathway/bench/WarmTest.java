package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The warm-up's rounds against a stand-in for the application's metrics endpoint, answering from a script. */
class WarmTest {

    private HttpServer server;
    private final Deque<Double> compiledMillis = new ArrayDeque<>();
    private final List<String> authorizations = new ArrayList<>();
    private int status = 200;
    private Api api;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/metrics/jvm.compilation.time", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = ("{\"name\":\"jvm.compilation.time\",\"baseUnit\":\"milliseconds\",\"measurements\":"
                    + "[{\"statistic\":\"COUNT\",\"value\":" + compiledMillis.removeFirst() + "}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        api = new Api(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void roundsGoOnUntilTwoRunningSpentLittleTimeCompiling() throws Exception {
        // Each round lasts about 50 ms: 40 ms compiling is busy, 1 ms quiet; a busy round between quiet ones
        // starts the count again.
        compiledMillis.addAll(List.of(1_000.0, 1_040.0, 1_041.0, 1_081.0, 1_082.0, 1_083.0));
        List<Integer> rounds = new ArrayList<>();

        Warm.Result result = Warm.untilCompiled(api, Duration.ofMinutes(1), round -> {
            rounds.add(round);
            Thread.sleep(50);
            return 10;
        });

        assertThat(rounds).containsExactly(0, 1, 2, 3, 4);
        assertThat(result.quiet()).isTrue();
        assertThat(result.calls()).isEqualTo(50);
        assertThat(result.lastShare()).isLessThan(Warm.QUIET);
        assertThat(result.describe()).contains("50 calls in 5 rounds").contains("until the JIT compilers were quiet");
        assertThat(authorizations).allSatisfy(header -> assertThat(header).startsWith("Basic "));
    }

    @Test
    void theCapEndsAWarmUpThatNeverQuietensAndSaysSo() throws Exception {
        for (int i = 0; i < 100; i++) {
            compiledMillis.add(i * 1_000.0);
        }

        Warm.Result result = Warm.untilCompiled(api, Duration.ofMillis(120), round -> {
            Thread.sleep(50);
            return 1;
        });

        assertThat(result.quiet()).isFalse();
        assertThat(result.rounds()).isPositive();
        assertThat(compiledMillis).as("the rounds stopped at the cap").isNotEmpty();
        assertThat(result.describe()).contains("without the JIT compilers becoming quiet");
    }

    @Test
    void anUnreadableCompileTimeStopsTheRunWithTheAnswer() {
        status = 403;
        compiledMillis.add(0.0);

        assertThatThrownBy(() -> Warm.untilCompiled(api, Duration.ofMinutes(1), round -> 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HTTP 403");
    }
}
