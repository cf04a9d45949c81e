package com.pathway.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a lead list request written with query parameters ({@code get("/api/v1/leads").param("q", …)}) as its
 * {@code POST …/search} twin, the parameters as the JSON body: the API refuses a search text in the address, and
 * tests find their own leads by a unique name. {@code /api/v1/leads}, {@code /count} and {@code /export} go to
 * {@code /api/v1/leads/search}, {@code /search/count} and {@code /search/export}.
 */
public final class SearchInBody implements RequestPostProcessor {

    private static final Map<String, String> TWINS = Map.of("/api/v1/leads", "/api/v1/leads/search",
            "/api/v1/leads/count", "/api/v1/leads/search/count", "/api/v1/leads/export", "/api/v1/leads/search/export");
    private static final Set<String> NUMBERS = Set.of("page", "size");
    private static final Set<String> LISTS = Set.of("status");

    private SearchInBody() {
    }

    public static SearchInBody searchInBody() {
        return new SearchInBody();
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        String twin = TWINS.get(request.getRequestURI());
        if (twin == null || !"GET".equals(request.getMethod())) {
            throw new IllegalArgumentException("No search twin for " + request.getMethod() + " " + request.getRequestURI());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> body.put(name, value(name, values)));
        request.removeAllParameters();
        request.setQueryString(null);
        request.setMethod("POST");
        request.setRequestURI(twin);
        if (request.getPathInfo() != null) {
            request.setPathInfo(twin);
        }
        request.setContentType(MediaType.APPLICATION_JSON_VALUE);
        request.setContent(JsonMapper.builder().build().writeValueAsBytes(body));
        return request;
    }

    private static Object value(String name, String[] values) {
        if (LISTS.contains(name)) {
            return List.of(values);
        }
        if (NUMBERS.contains(name)) {
            return Integer.valueOf(values[0]);
        }
        if ("overdue".equals(name)) {
            return Boolean.valueOf(values[0]);
        }
        return values[0];
    }
}
