package com.pathway.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP calls to the application under test with the JDK client. */
public final class Api {

    /**
     * The benchmark's API client: an intake coordinator and its token, written into the database before
     * the start ({@link BenchUsers}), since the production jar runs without demo accounts.
     */
    public static final String INTAKE = BenchUsers.API_USER + ":" + BenchUsers.API_TOKEN;
    public static final String MANAGER = BenchUsers.MANAGER_USER + ":" + BenchUsers.MANAGER_TOKEN;
    public static final String ADMIN = BenchUsers.ADMIN_USER + ":" + BenchUsers.ADMIN_TOKEN;

    private final HttpClient http;
    private final URI base;

    public Api(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    public HttpRequest.Builder authorized(String pathAndQuery, String userAndToken) {
        return request(pathAndQuery).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(userAndToken.getBytes(StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(
            "\"key\"\\s*:\\s*\"([A-Z]+-\\d+)\"");
    private static final int PAGE = 200;

    /**
     * Keys of up to {@code wanted} leads the benchmark's intake coordinator may read, from the leads API
     * ({@code filter} is its query string, e.g. {@code status=New%20inquiry}, or empty), in its order.
     */
    public java.util.List<String> leadKeys(String filter, int wanted) throws IOException, InterruptedException {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (int page = 0; keys.size() < wanted && page < 1_000; page++) {
            HttpResponse<String> answer = send(authorized("/api/v1/leads?" + (filter.isEmpty() ? "" : filter + "&")
                    + "size=" + PAGE + "&page=" + page, INTAKE).build());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET /api/v1/leads answered " + answer.statusCode());
            }
            int before = keys.size();
            java.util.regex.Matcher m = KEY.matcher(answer.body());
            while (m.find() && keys.size() < wanted) {
                keys.add(m.group(1));
            }
            if (keys.size() - before < 1) {
                break;
            }
        }
        return keys;
    }

    /** The status only; the body is read and dropped. */
    public int status(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
