package com.pathway.shared.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * An address under {@code /api/} or {@code /actuator/} that no controller or endpoint serves answers
 * 404 problem+json. Without this, Vaadin's catch-all mapping would answer it with the application's
 * HTML page and 200, which tells an API client that a mistyped call succeeded. Consulted after every
 * controller and actuator endpoint (so a known address with the wrong method still answers 405), and
 * before Vaadin's mapping and the static resources (both at {@code Ordered.LOWEST_PRECEDENCE - 1}).
 * The security filter chain runs first: who may not call the API at all gets 401 or 403 instead.
 */
@Configuration(proxyBeanMethods = false)
public class UnknownApiPaths {

    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(Problems problems) {
        HttpRequestHandler notFound = (request, response) -> problems.write(request, response,
                Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                        "There is no API operation at this address."));
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound, "/actuator/**", notFound), ORDER);
    }
}
