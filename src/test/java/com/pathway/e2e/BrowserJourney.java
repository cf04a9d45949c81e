package com.pathway.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey through the running application (random port, in-memory database, demo users) in a
 * headless Chromium cleared for each test ({@link Chromiums}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
abstract class BrowserJourney {

    /** The demo users' password (README). */
    static final String PASSWORD = "Pathway-demo-2026";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    /**
     * Calls the running application's REST API with HTTP Basic {@code userAndToken} ("user:token"), a
     * JSON {@code body} and an {@code If-Match} header, either of which may be {@code null}.
     */
    HttpResponse<String> api(String userAndToken, String method, String path, String body, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userAndToken.getBytes()))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
