package com.pathway.shared.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds load on the API before the database pool runs dry: at most {@code pathway.api.max-concurrent-requests}
 * API requests run at once (by default two fewer than the pool has connections, so the pages and the
 * scheduler keep theirs). A request that finds no room within {@code pathway.api.queue-wait} answers
 * 503 problem+json with {@code Retry-After}, at once, instead of waiting 30 seconds for a connection and
 * failing without a word. Runs before the security filters: a flood of requests is turned away before
 * any of them costs a token check.
 */
@Configuration(proxyBeanMethods = false)
public class LoadShedding {

    static final int RETRY_AFTER_SECONDS = 1;

    @Bean
    FilterRegistrationBean<Filter> apiLoadShedding(DataSource dataSource, Problems problems,
            @Value("${pathway.api.max-concurrent-requests:0}") int configured,
            @Value("${pathway.api.queue-wait:200ms}") java.time.Duration queueWait) {
        int limit = configured > 0 ? configured : defaultLimit(dataSource);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(limit, queueWait, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setName("apiLoadShedding");
        return registration;
    }

    static int defaultLimit(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return Math.max(1, hikari.getMaximumPoolSize() - 2);
        }
        return 8;
    }

    /** The filter: a semaphore with a short wait. */
    public static final class Filter extends OncePerRequestFilter {

        private final Semaphore room;
        private final long waitNanos;
        private final int limit;
        private final Problems problems;

        Filter(int limit, java.time.Duration wait, Problems problems) {
            this.room = new Semaphore(limit, true);
            this.waitNanos = wait.toNanos();
            this.limit = limit;
            this.problems = problems;
        }

        public int limit() {
            return limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean admitted;
            try {
                admitted = room.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                admitted = false;
            }
            if (!admitted) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
                problems.write(request, response, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                        "Too busy", "The server is busy with other requests; send this one again in "
                                + RETRY_AFTER_SECONDS + " second."));
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                room.release();
            }
        }
    }
}
