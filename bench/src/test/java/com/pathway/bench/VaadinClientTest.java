package com.pathway.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated browser against a stand-in server that answers UIDL requests from a script. */
class VaadinClientTest {

    private HttpServer server;
    private final Deque<String> answers = new ArrayDeque<>();
    private final List<String> requests = new ArrayList<>();
    private VaadinClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("for(;;);" + answers.removeFirst()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        client = new VaadinClient(VaadinClient.httpClient(),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aDialogTheServerClosedReportsItsClosingAnimationsEndWithTheNextRequest() throws Exception {
        // The server opens a dialog that listens for "closed" (as Vaadin does for a dialog it added to the page) …
        answers.add("""
                {"syncId":1,"clientId":1,"changes":[
                 {"node":7,"type":"put","key":"opened","feat":1,"value":true},
                 {"node":7,"type":"put","key":"id","feat":3,"value":"a-dialog"},
                 {"node":7,"type":"put","key":"closed","feat":4,"value":"x"},
                 {"node":8,"type":"put","key":"opened","feat":1,"value":true},
                 {"node":8,"type":"put","key":"id","feat":3,"value":"other-dialog"}]}""");
        // … then closes both; only the one that listens is told.
        answers.add("""
                {"syncId":2,"clientId":2,"changes":[
                 {"node":7,"type":"put","key":"opened","feat":1,"value":false},
                 {"node":8,"type":"put","key":"opened","feat":1,"value":false}]}""");
        answers.add("""
                {"syncId":3,"clientId":3,"changes":[{"node":7,"type":"detach"}]}""");
        answers.add("""
                {"syncId":4,"clientId":4,"changes":[]}""");

        client.navigate("board", "");
        assertThat(client.isOpen("a-dialog")).isTrue();
        client.closeDialog("a-dialog");
        assertThat(client.isOpen("a-dialog")).isFalse();
        assertThat(requests.get(1)).doesNotContain("\"closed\"");

        client.navigate("leads", "");
        assertThat(requests.get(2)).contains("{\"type\":\"event\",\"node\":7,\"event\":\"closed\",\"data\":{}}")
                .doesNotContain("\"node\":8,\"event\":\"closed\"")
                .as("the event goes before the request's own").containsSubsequence("\"closed\"", "ui-navigate");

        client.navigate("board", "");
        assertThat(requests.get(3)).as("told once").doesNotContain("\"closed\"");
    }
}
