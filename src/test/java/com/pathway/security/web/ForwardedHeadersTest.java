package com.pathway.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real server behind a pretend TLS proxy on 127.0.0.1: its X-Forwarded-For and X-Forwarded-Proto
 * are believed; the same headers from another peer (::1 here) are ignored. Rate limits and the audit
 * trail see the address the trusted proxy names; HSTS and the Secure {@code __Host-} cookie follow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1", "pathway.inquiries.requests-per-address=1"})
@ActiveProfiles("test")
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    static final String INQUIRY = """
            {"firstName":"Jordan","lastName":"Pike","email":"jordan.pike@example.org","phone":"(202) 555-0171",
             "conditionOfInterest":"PTSD","consent":{"contact":true,"privacyNotice":true},"website":""}
            """;

    HttpResponse<String> inquiry(String host, String forwardedFor) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/v1/inquiries"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString(INQUIRY)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> page(String host, String proto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/login"));
        if (proto != null) {
            request.header("X-Forwarded-Proto", proto).header("X-Forwarded-For", "203.0.113.77");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTrustedProxyNamesTheClientSoEachRealClientHasItsOwnAllowance() throws Exception {
        assertThat(inquiry("127.0.0.1", "203.0.113.1").statusCode()).isEqualTo(201);
        assertThat(inquiry("127.0.0.1", "203.0.113.1").statusCode()).isEqualTo(429);
        assertThat(inquiry("127.0.0.1", "198.51.100.9, 203.0.113.2").statusCode())
                .as("the proxy appends the peer it saw: the last address counts, not one the client wrote").isEqualTo(201);

        assertThat(jdbc.queryForList("select client_address from audit_entry where client_address is not null",
                String.class)).contains("203.0.113.1", "203.0.113.2").doesNotContain("127.0.0.1", "198.51.100.9");
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored() throws Exception {
        assertThat(inquiry("[::1]", "203.0.113.50").statusCode()).isEqualTo(201);

        assertThat(inquiry("[::1]", "203.0.113.51").statusCode())
                .as("a made-up X-Forwarded-For does not buy a fresh allowance").isEqualTo(429);
        assertThat(page("[::1]", "https").headers().firstValue("Strict-Transport-Security"))
                .as("a made-up X-Forwarded-Proto does not make the request HTTPS").isEmpty();
    }

    @Test
    void overHttpsThroughTheProxyPagesSendHstsAndTheSessionCookieIsSecureWithTheHostPrefix() throws Exception {
        HttpResponse<String> secure = page("127.0.0.1", "https");

        assertThat(secure.headers().firstValue("Strict-Transport-Security")).get().asString()
                .startsWith("max-age=31536000");
        assertThat(secure.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("__Host-PATHWAY_SESSION=").contains("; Path=/", "; Secure", "; HttpOnly")
                .doesNotContainIgnoringCase("Domain="));
        assertThat(page("127.0.0.1", null).headers().firstValue("Strict-Transport-Security"))
                .as("plain http: no HSTS").isEmpty();
    }
}
