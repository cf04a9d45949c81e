package com.pathway.security.web;

import java.io.IOException;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

import com.pathway.security.internal.ApiAuthThrottle;
import com.pathway.shared.web.Problems;

/**
 * Before API credentials are checked: an address that has used up its allowance of failed authentications
 * gets 429 problem+json with {@code Retry-After} for every request that carries credentials. Requests without
 * credentials (the public inquiry form, calendar feeds, the health check) go on as before.
 */
class ApiAuthThrottleFilter extends OncePerRequestFilter {

    private final ApiAuthThrottle throttle;
    private final Problems problems;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    ApiAuthThrottleFilter(ApiAuthThrottle throttle, Problems problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            chain.doFilter(request, response);
            return;
        }
        OptionalLong wait = throttle.refuse(request.getRemoteAddr(), username(request));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
        ProblemDetail problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                "Too many failed authentications came from this address. Try again in " + wait.getAsLong()
                        + " seconds with a valid API token.");
        problem.setProperty("retryAfterSeconds", wait.getAsLong());
        problems.write(request, response, problem);
    }

    private String username(HttpServletRequest request) {
        try {
            var token = basic.convert(request);
            return token == null ? null : token.getName();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
