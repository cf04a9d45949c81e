package com.pathway.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser's worth of Vaadin's client-server protocol, without a browser: the sign-in form with
 * Spring Security's CSRF token, plain HTML forms outside Vaadin (the second sign-in step), the bootstrap ({@code ?v-r=init}) with Vaadin's security key and UI
 * id, and UIDL requests ({@code ?v-r=uidl}) that carry the key, the client and sync ids and RPC
 * invocations, as Vaadin's own client sends them. Cookies are kept per client.
 */
public final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");
    private static final Pattern FORM_CSRF = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    /** Flow's feature number of an element's DOM event listeners (ElementListenerMap). */
    private static final int LISTENERS = 4;

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, Integer> nodesById = new LinkedHashMap<>();
    private final Map<Integer, Integer> parents = new java.util.HashMap<>();
    private final java.util.Set<Integer> closed = new java.util.HashSet<>();
    private final java.util.Set<Integer> closedListeners = new java.util.HashSet<>();
    private final java.util.Set<Integer> closedToReport = new java.util.LinkedHashSet<>();
    private String securityKey;
    private String formToken;
    private int uiId;
    private int syncId;
    private int clientId;

    /** An HTTP client as the simulated browsers share it: HTTP/1.1, redirects left to the caller. */
    public static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public VaadinClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** Opens the sign-in page and posts the form; {@code true} when it redirects away from /login. */
    public boolean signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(request("/login").GET().build());
        Matcher token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("The sign-in page answered " + page.statusCode() + " without a CSRF token");
        }
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> answer = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302 && !location.contains("/login");
    }

    /** A plain HTML page of the app (outside Vaadin), as the browser loads it; its form's CSRF token is kept. */
    public HttpResponse<String> page(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(request(path).header("Accept", "text/html").GET().build());
        Matcher token = FORM_CSRF.matcher(answer.body());
        formToken = token.find() ? token.group(1) : null;
        return answer;
    }

    /** Posts the form of the last plain page with its CSRF token; the answer (a redirect is not followed). */
    public HttpResponse<String> submit(String path, Map<String, String> fields) throws IOException, InterruptedException {
        if (formToken == null) {
            throw new IllegalStateException("The last page had no form with a CSRF token");
        }
        StringBuilder form = new StringBuilder("_csrf=").append(encode(formToken));
        fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    /**
     * The bootstrap request the client sends when a page of the app opens; the page open before it, if any, is
     * left first, as a browser leaves it.
     */
    public void bootstrap(String location) throws IOException, InterruptedException {
        leave();
        HttpResponse<String> answer = send(request("/?v-r=init&location=" + encode(location) + "&query=").GET().build());
        JsonNode config = JSON.readTree(answer.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (answer.statusCode() != 200 || !uidl.has("Vaadin-Security-Key")) {
            throw new IllegalStateException("The bootstrap answered " + answer.statusCode() + " without a security key");
        }
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        uiId = config.path("v-uiId").asInt();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
    }

    /**
     * Vaadin's unload beacon, which the browser's client sends when its page goes away (another page loads, the
     * tab closes): the server closes that UI at once instead of keeping it until its heartbeats stop. Best effort,
     * as a beacon is: its answer is not read.
     */
    private void leave() throws InterruptedException {
        if (securityKey == null) {
            return;
        }
        ObjectNode message = message(List.of()).put(com.vaadin.flow.shared.ApplicationConstants.UNLOAD_BEACON, true);
        try {
            post(message);
        } catch (IOException e) {
            // The page is left all the same; the server closes the UI once its heartbeats stop.
        }
        securityKey = null;
    }

    /** The router's navigation event, as the client fires it when the address changes. */
    public JsonNode navigate(String route, String query) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", query).put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return uidl(List.of(event(1, "ui-navigate", data)));
    }

    /** A server method of a component called from the client, e.g. the grid's {@code setViewportRange}. */
    public JsonNode callServer(String elementId, String method, int... args) throws IOException, InterruptedException {
        ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node(elementId))
                .put("templateEventMethodName", method).put("promise", 0);
        ArrayNode list = rpc.putArray("templateEventMethodArgs");
        for (int arg : args) {
            list.add(arg);
        }
        return uidl(List.of(rpc));
    }

    /** Typing into a field: the value synchronised and the field's {@code input} event. */
    public JsonNode type(String elementId, String value) throws IOException, InterruptedException {
        int node = node(elementId);
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        return uidl(List.of(sync, event(node, "input", JSON.createObjectNode())));
    }

    /** A click on an element (a button, a menu item), with the mouse event's details as the client sends them. */
    public JsonNode click(String elementId) throws IOException, InterruptedException {
        return uidl(List.of(event(node(elementId), "click", clickData())));
    }

    /**
     * Clicks the layout's Sign out button; whether the answer ends the session and sends the page to the sign-in page
     * (an answer {@link #click} would take for an error, since the session it was sent in has ended).
     */
    public boolean signOut() throws IOException, InterruptedException {
        HttpResponse<String> answer = post(message(List.of(event(node("sign-out"), "click", clickData()))));
        return answer.statusCode() == 200 && answer.body().contains("\"sessionExpired\":true")
                && answer.body().contains("/login?logout");
    }

    private static ObjectNode clickData() {
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.detail",
                "event.button")) {
            data.put(key, key.equals("event.detail") ? 1 : 0);
        }
        for (String key : List.of("event.altKey", "event.ctrlKey", "event.metaKey", "event.shiftKey")) {
            data.put(key, false);
        }
        return data;
    }

    /** A field's new value, committed as the browser does when the field loses focus ({@code change}). */
    public JsonNode change(String elementId, String value) throws IOException, InterruptedException {
        int node = node(elementId);
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        return uidl(List.of(sync, event(node, "change", JSON.createObjectNode())));
    }

    /**
     * The start of an HTML5 drag of an element with Vaadin's {@code DragSource}: the browser's
     * {@code dragstart}, which makes the element the UI's active drag source.
     */
    public JsonNode dragStart(String sourceId) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("event.clientX", 10).put("event.clientY", 10)
                .put("event.offsetX", 5).put("event.offsetY", 5);
        return uidl(List.of(event(node(sourceId), "dragstart", data)));
    }

    /** The drop on a {@code DropTarget} and the drag source's {@code dragend}, sent together as the client does. */
    public JsonNode drop(String sourceId, String targetId) throws IOException, InterruptedException {
        int source = node(sourceId);
        ObjectNode drop = JSON.createObjectNode().put("event.dataTransfer.effectAllowed", "move")
                .put("event.clientX", 20).put("event.clientY", 20)
                .put("event.clientX - event.currentTarget.getBoundingClientRect().left", 5)
                .put("event.clientY - event.currentTarget.getBoundingClientRect().top", 5);
        ObjectNode end = JSON.createObjectNode().put("event.dataTransfer.dropEffect", "move")
                .put("event.clientX", 20).put("event.clientY", 20);
        return uidl(List.of(event(node(targetId), "drop", drop), event(source, "dragend", end)));
    }

    /** Closes a dialog as the browser does on Escape: the dialog's client-side close handler calls the server. */
    public JsonNode closeDialog(String dialogId) throws IOException, InterruptedException {
        return callServer(dialogId, "handleClientClose");
    }

    /** Whether an element with this id is on the page now. */
    public boolean has(String elementId) {
        return nodesById.containsKey(elementId);
    }

    /** Whether a dialog (or another overlay) with this id is on the page and open. */
    public boolean isOpen(String elementId) {
        Integer node = nodesById.get(elementId);
        return node != null && !closed.contains(node);
    }

    /** The ids of the elements on the page now whose id starts with {@code prefix}. */
    public List<String> idsStartingWith(String prefix) {
        return nodesById.keySet().stream().filter(id -> id.startsWith(prefix)).toList();
    }

    /** The id of the nearest enclosing element whose id starts with {@code prefix}, if any. */
    public java.util.Optional<String> enclosing(String elementId, String prefix) {
        Map<Integer, String> idsByNode = new java.util.HashMap<>();
        nodesById.forEach((id, node) -> idsByNode.put(node, id));
        Integer node = nodesById.get(elementId);
        for (int hops = 0; node != null && hops < 64; hops++) {
            node = parents.get(node);
            String id = node == null ? null : idsByNode.get(node);
            if (id != null && id.startsWith(prefix)) {
                return java.util.Optional.of(id);
            }
        }
        return java.util.Optional.empty();
    }

    /** A UIDL message of this page's UI: its security key, where the exchange stands, and the invocations. */
    private ObjectNode message(List<ObjectNode> invocations) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey).put("syncId", syncId)
                .put("clientId", clientId);
        ArrayNode rpc = message.putArray("rpc");
        invocations.forEach(rpc::add);
        return message;
    }

    private HttpResponse<String> post(ObjectNode message) throws IOException, InterruptedException {
        return send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build());
    }

    private JsonNode uidl(List<ObjectNode> invocations) throws IOException, InterruptedException {
        if (!closedToReport.isEmpty()) {
            // An overlay the server closed fires "closed" in the browser when its closing animation ends; the server
            // listens for it to take a dialog it added to the page off the page again. It goes with the next request.
            List<ObjectNode> all = new java.util.ArrayList<>();
            closedToReport.forEach(node -> all.add(event(node, "closed", JSON.createObjectNode())));
            closedToReport.clear();
            all.addAll(invocations);
            invocations = all;
        }
        HttpResponse<String> answer = post(message(invocations));
        String body = answer.body().startsWith("for(;;);") ? answer.body().substring(8) : answer.body();
        JsonNode response = answer.statusCode() == 200 ? JSON.readTree(body) : null;
        if (response == null || !response.has("syncId") || response.path("meta").has("appError")
                || response.path("meta").has("sessionExpired")) {
            throw new IllegalStateException("UIDL answered " + answer.statusCode() + ": "
                    + body.substring(0, Math.min(200, body.length())));
        }
        syncId = response.path("syncId").asInt();
        clientId = response.path("clientId").asInt(clientId + 1);
        remember(response.path("changes"));
        return response;
    }

    /**
     * Element ids (the {@code id} attribute) of the nodes the server attached, for later RPCs, and each
     * node's parent (from the children lists' splices), so that a card's column can be found.
     */
    private void remember(JsonNode changes) {
        for (JsonNode change : changes) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString("");
            if ("id".equals(change.path("key").asString("")) && change.path("feat").asInt() == 3) {
                nodesById.put(change.path("value").asString(), node);
            } else if ("put".equals(type) && "opened".equals(change.path("key").asString(""))) {
                if (change.path("value").asBoolean(false)) {
                    closed.remove(node);
                    closedToReport.remove(node);
                } else {
                    closed.add(node);
                    if (closedListeners.contains(node)) {
                        closedToReport.add(node);
                    }
                }
            } else if ("put".equals(type) && "closed".equals(change.path("key").asString(""))
                    && change.path("feat").asInt() == LISTENERS) {
                closedListeners.add(node);
            } else if ("splice".equals(type) && change.has("addNodes")) {
                change.path("addNodes").forEach(child -> parents.put(child.asInt(), node));
            } else if ("detach".equals(type)) {
                parents.remove(node);
                closedListeners.remove(node);
                closedToReport.remove(node);
                nodesById.values().removeIf(n -> n == node);
            }
        }
    }

    private int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("No element with id '" + elementId + "' on the page");
        }
        return node;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (String header : answer.headers().allValues("Set-Cookie")) {
            Matcher cookie = COOKIE.matcher(header);
            if (cookie.find()) {
                cookies.put(cookie.group(1).strip(), cookie.group(2));
            }
        }
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
