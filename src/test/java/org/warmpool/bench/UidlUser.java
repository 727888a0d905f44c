package org.warmpool.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-less Vaadin client for the HTTP benchmark: one participant's tab, replaying what
 * Vaadin's own client sends over plain HTTP (one {@link HttpClient} with its own cookies, so its
 * own HTTP session), at a small fraction of a browser's CPU. It logs in through the real log-in
 * form (Spring Security's form login with the CSRF token the page carries), bootstraps a UI as
 * Vaadin's {@code Flow.ts} does ({@code ?v-r=init}), navigates as the router does (a
 * {@code ui-navigate} event on the UI's root node) and clicks buttons as the browser would (a
 * {@code click} event on the button's node), each a UIDL request ({@code ?v-r=uidl}) carrying the
 * UI's CSRF token ({@code Vaadin-Security-Key}), the server's last sync id and the client's message
 * counter. The answers' changes are applied to a flat model of the UI's state nodes (attributes
 * and properties by node), enough to find a button by its {@code aria-label} or {@code id}.
 *
 * <p>What it does not do: render anything, load the front-end bundle or static files, keep a push
 * connection (the server's pushed changes wait for its next request instead), send heartbeats or
 * the property synchronisation a web component sends by itself. Each request's answer is checked
 * (no Vaadin error, the expected text present), so that a broken replay cannot look fast.
 */
final class UidlUser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf[a-z_]*)\" content=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;
    private int uiId = -1;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;
    /** Each node's attributes and properties (and listener entries), by key, as last sent. */
    private final Map<Integer, Map<String, JsonNode>> nodes = new HashMap<>();
    /** The UI's constant pool (event listeners' data expressions, sent once and referred to by key). */
    private final Map<String, JsonNode> constants = new HashMap<>();

    /**
     * The session's cookies, by name. Not a {@code CookieManager}: the application marks its session
     * cookie {@code Secure}, which Java's cookie handling then keeps from plain HTTP, while browsers
     * send it to the loopback address (a secure context for them).
     */
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    UidlUser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Leaves the page as a browser does when it unloads it (Vaadin's unload beacon, which closes the
     * UI on the server, its answer not awaited by the browser and not read here), then forgets the
     * session (its cookies) and the UI: the next log-in starts as a new visitor.
     */
    void reset() {
        if (csrfToken != null && uiId >= 0) {
            ObjectNode message = JSON.createObjectNode();
            message.put("csrfToken", csrfToken);
            message.set("rpc", JSON.createArrayNode());
            message.put("syncId", syncId);
            message.put("clientId", clientId);
            message.put("UNLOAD", true);
            try {
                send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build());
            } catch (RuntimeException ignored) {
                // as a browser's beacon: sent, its fate unknown
            }
        }
        cookies.clear();
        nodes.clear();
        constants.clear();
        uiId = -1;
        csrfToken = null;
    }

    /**
     * Logs in through the log-in page's form, then opens the home page as a browser would: the
     * page, the UI's bootstrap and the router's first navigation. Fails unless the home view shows
     * {@code expectHome}. Answers when the form was sent ({@link System#nanoTime()}): a browser's
     * log-in is timed from there, the log-in page having been shown before.
     */
    long logIn(String email, String password, String expectHome) {
        String page = get("login");
        Map<String, String> meta = new HashMap<>();
        Matcher matcher = META.matcher(page);
        while (matcher.find()) {
            meta.put(matcher.group(1), matcher.group(2));
        }
        String parameter = meta.getOrDefault("_csrf_parameter", "_csrf");
        String token = meta.get("_csrf");
        if (token == null) {
            throw new IllegalStateException("the log-in page carries no CSRF token");
        }
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&" + encode(parameter) + "="
                + encode(token);
        long sent = System.nanoTime();
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("log-in refused: " + posted.statusCode() + " to " + location);
        }
        openUi("");
        String home = navigate("");
        if (!home.contains(expectHome)) {
            throw new IllegalStateException("the home view did not show \"" + expectHome + "\"");
        }
        return sent;
    }

    /** The page and the UI's bootstrap ({@code ?v-r=init}) of a route: a new UI in this session. */
    void openUi(String route) {
        get(route);
        String answer = get("?v-r=init&location=" + encode(route) + "&query=");
        JsonNode init = parse(answer);
        JsonNode config = init.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode()) {
            throw new IllegalStateException("no UIDL in the bootstrap answer: " + abbreviate(answer));
        }
        uiId = config.path("v-uiId").asInt(uidl.path("uiId").asInt(-1));
        if (uiId < 0) {
            uiId = 0;
        }
        nodes.clear();
        constants.clear();
        clientId = 0;
        syncId = -1;
        csrfToken = null;
        apply(uidl);
        if (csrfToken == null) {
            throw new IllegalStateException("no Vaadin-Security-Key in the bootstrap answer");
        }
    }

    /** The router's navigation to a route (as a click on a menu link): the answer's text. */
    String navigate(String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", JSON.createObjectNode().put("idx", 0));
        data.put("trigger", "link");
        return event(1, "ui-navigate", data);
    }

    /** A click on a node (a button): the answer's text. */
    String click(int node) {
        ObjectNode data = JSON.createObjectNode();
        // The click listener's event data as a browser sends it for a keyboard-free click at 0,0.
        JsonNode listener = nodes.getOrDefault(node, Map.of()).get("listener:click");
        JsonNode expressions = listener == null ? null
                : listener.isTextual() ? constants.get(listener.asText()) : listener;
        if (expressions != null) {
            for (Iterator<String> keys = expressions.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (key.startsWith("event.") || key.startsWith("element.")) {
                    if (key.endsWith("Key")) { // shiftKey, ctrlKey, altKey, metaKey
                        data.put(key, false);
                    } else {
                        data.put(key, key.equals("event.detail") ? 1 : 0);
                    }
                }
            }
        }
        return event(node, "click", data);
    }

    /** The first node whose attribute or property {@code key} satisfies the test. */
    Optional<Integer> find(String key, Predicate<String> test) {
        return nodes.entrySet().stream().filter(entry -> {
            JsonNode value = entry.getValue().get(key);
            return value != null && value.isTextual() && test.test(value.asText());
        }).map(Map.Entry::getKey).sorted().findFirst();
    }

    /** Every node whose attribute or property {@code key} satisfies the test, in the order created. */
    List<Integer> findAll(String key, Predicate<String> test) {
        return nodes.entrySet().stream().filter(entry -> {
            JsonNode value = entry.getValue().get(key);
            return value != null && value.isTextual() && test.test(value.asText());
        }).map(Map.Entry::getKey).sorted().toList();
    }

    /** A node's attribute or property, as text; null when it has none. */
    String text(int node, String key) {
        JsonNode value = nodes.getOrDefault(node, Map.of()).get(key);
        return value == null ? null : value.asText();
    }

    private String event(int node, String event, JsonNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        ArrayNode invocations = JSON.createArrayNode().add(rpc);
        return uidl(invocations);
    }

    /** One UIDL request (as Vaadin's MessageSender posts it): the answer's text, its changes applied. */
    private String uidl(ArrayNode invocations) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", invocations);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("UIDL request answered " + answer.statusCode() + ": "
                    + abbreviate(answer.body()));
        }
        String body = answer.body();
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode parsed = parse(json);
        JsonNode uidl = parsed.isArray() ? parsed.get(0) : parsed;
        if (uidl.has("meta") && (uidl.path("meta").has("sessionExpired") || uidl.path("meta").has("appError"))) {
            throw new IllegalStateException("Vaadin answered an error: " + abbreviate(uidl.path("meta").toString()));
        }
        clientId++;
        apply(uidl);
        return json;
    }

    /** Applies one UIDL message: sync id, CSRF token, and the changes to the state nodes. */
    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asText();
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = uidl.path("constants").fields(); entries.hasNext();) {
            Map.Entry<String, JsonNode> entry = entries.next();
            constants.put(entry.getKey(), entry.getValue());
        }
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            switch (type) {
                case "attach" -> nodes.computeIfAbsent(id, n -> new HashMap<>());
                case "detach" -> nodes.remove(id);
                case "put" -> {
                    Map<String, JsonNode> values = nodes.computeIfAbsent(id, n -> new HashMap<>());
                    String key = change.path("key").asText();
                    JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
                    if (value != null && value.isTextual() && constants.containsKey(value.asText())
                            && isListener(constants.get(value.asText()))) {
                        values.put("listener:" + key, value);
                    } else if (value != null && value.isObject() && !value.isEmpty() && isListener(value)) {
                        values.put("listener:" + key, value);
                    } else if (value != null) {
                        values.put(key, value);
                    }
                }
                case "remove" -> {
                    Map<String, JsonNode> values = nodes.get(id);
                    if (values != null) {
                        values.remove(change.path("key").asText());
                    }
                }
                default -> {
                    // splice, clear, empty: the tree's shape is not needed to find a button
                }
            }
        }
    }

    /** An event listener's entry maps JavaScript expressions (for the event's data) to settings. */
    private static boolean isListener(JsonNode value) {
        for (Iterator<String> keys = value.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (key.startsWith("event.") || key.startsWith("element.") || key.startsWith("}")) {
                return true;
            }
        }
        return false;
    }

    private String get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + " "
                    + answer.headers().firstValue("Location").orElse(""));
        }
        return answer.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true)
                    .timeout(Duration.ofSeconds(60));
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            HttpResponse<String> answer = http.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : answer.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + abbreviate(json), e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
