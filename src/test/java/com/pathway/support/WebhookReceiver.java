package com.pathway.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpServer;

/** A real HTTP server on the loopback interface that records what it receives and answers as told. */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String event, String delivery, String signature, String body) {

        public long signedAt() {
            return Long.parseLong(signature.replaceAll("^t=(\\d+),.*$", "$1"));
        }
    }

    private final HttpServer server;
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private boolean stopped;

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Pathway-Event"),
                    exchange.getRequestHeaders().getFirst("X-Pathway-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Pathway-Signature"), body));
            Integer answer = answers.poll();
            exchange.sendResponseHeaders(answer == null ? 204 : answer, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next requests are answered with these statuses, then 204. */
    public void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    public Queue<Received> received() {
        return received;
    }

    @Override
    public void close() {
        if (!stopped) {
            server.stop(0);
            stopped = true;
        }
    }
}
