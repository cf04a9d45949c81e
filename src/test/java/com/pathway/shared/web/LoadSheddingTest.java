package com.pathway.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

class LoadSheddingTest {

    private final LoadShedding.Filter filter = new LoadShedding.Filter(1, Duration.ofMillis(50),
            new Problems(JsonMapper.builder().build()));

    @Test
    void aRequestBeyondTheLimitIsTurnedAwayWith503AndRetryAfterWhileTheFirstRuns() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MockHttpServletResponse first = new MockHttpServletResponse();
        Thread running = Thread.ofPlatform().start(() -> {
            try {
                filter.doFilter(request(), first, (req, res) -> {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse second = new MockHttpServletResponse();
        filter.doFilter(request(), second, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201));

        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("1");
        assertThat(second.getContentType()).startsWith("application/problem+json");
        assertThat(second.getContentAsString()).contains("\"title\":\"Too busy\"", "send this one again");

        release.countDown();
        running.join(10_000);
        assertThat(first.getStatus()).isEqualTo(201);

        MockHttpServletResponse third = new MockHttpServletResponse();
        filter.doFilter(request(), third, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201));
        assertThat(third.getStatus()).as("room is given back when a request ends").isEqualTo(201);
    }

    @Test
    void theDefaultLimitLeavesTwoConnectionsOfThePoolToEverythingElse() {
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource();
        pool.setMaximumPoolSize(10);
        assertThat(LoadShedding.defaultLimit(pool)).isEqualTo(8);
        pool.setMaximumPoolSize(2);
        assertThat(LoadShedding.defaultLimit(pool)).isEqualTo(1);
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/inquiries");
        request.setRequestURI("/api/v1/inquiries");
        return request;
    }
}
