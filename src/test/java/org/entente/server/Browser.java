package org.entente.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Headless Chromium with its DevTools protocol on a WebSocket to its first page, for the browser tests
 * ({@link BrowserTest}, {@link ExploreTest}, {@link ReportTest}). {@link #watchProblems()} records what a page
 * must never do: a script error, a console error, a content security policy violation.
 */
final class Browser implements AutoCloseable {
    /** Where Debian puts Chromium ({@code apt-get install -y chromium}); the tests are skipped without it. */
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> problems = new ArrayList<>();

    private Browser(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static Browser start(Path profile) throws Exception {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--window-size=1400,1000", "about:blank")
                .redirectErrorStream(true).start();
        try {
            String browserWs = devToolsUrl(p);
            URI ws = URI.create(browserWs);
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + ws.getHost() + ":" + ws.getPort() + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String pageWs = JSON.parseAny(list).getAsArray().stream().map(JsonValue::getAsObject)
                    .filter(o -> o.get("type").getAsString().value().equals("page"))
                    .map(o -> o.get("webSocketDebuggerUrl").getAsString().value()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no page target: " + list));
            Browser[] holder = new Browser[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new WebSocket.Listener() {
                private final StringBuilder message = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    message.append(data);
                    if (last) {
                        JsonObject json = JSON.parse(message.toString());
                        message.setLength(0);
                        if (holder[0] != null) holder[0].received(json);
                    }
                    webSocket.request(1);
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
            holder[0] = new Browser(p, socket);
            return holder[0];
        } catch (Exception | AssertionError e) {
            p.destroyForcibly();
            throw e;
        }
    }

    private void received(JsonObject json) {
        if (json.hasKey("id")) {
            CompletableFuture<JsonObject> f = pending.remove(json.get("id").getAsNumber().value().intValue());
            if (f != null) f.complete(json);
            return;
        }
        String method = json.hasKey("method") ? json.get("method").getAsString().value() : "";
        JsonObject params = json.hasKey("params") ? json.get("params").getAsObject() : new JsonObject();
        String problem = switch (method) {
            case "Runtime.exceptionThrown" -> "script error: " + params.get("exceptionDetails");
            case "Runtime.consoleAPICalled" -> {
                String type = params.get("type").getAsString().value();
                yield type.equals("error") || type.equals("assert") ? "console." + type + ": " + params.get("args") : null;
            }
            case "Log.entryAdded" -> {
                JsonObject entry = params.get("entry").getAsObject();
                yield entry.get("level").getAsString().value().equals("error") ? "log error: " + entry.get("text") : null;
            }
            default -> null;
        };
        if (problem != null) {
            synchronized (problems) {
                problems.add(problem);
            }
        }
    }

    /** Reads Chromium's output until it names its DevTools endpoint; keeps draining it afterwards. */
    private static String devToolsUrl(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) url.complete(m.group(1));
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("chromium exited without a DevTools endpoint"));
        }, "chromium-output");
        drain.setDaemon(true);
        drain.start();
        return url.get(60, TimeUnit.SECONDS);
    }

    /**
     * From now on, records every script error, console error and logged error (Chromium logs each CSP violation
     * there too), and every {@code securitypolicyviolation} event of the pages loaded next ({@link #cspViolations}).
     */
    void watchProblems() throws Exception {
        call("Runtime.enable", Map.of());
        call("Log.enable", Map.of());
        call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
    }

    /** What {@link #watchProblems()} has seen so far. */
    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** The page's CSP violations as a JSON array of "directive blocked-URI" strings. */
    String cspViolations() throws Exception {
        return evaluate("JSON.stringify(window.cspViolations || ['no CSP listener'])").getAsString().value();
    }

    JsonObject call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.put("id", id);
        message.put("method", method);
        JsonObject p = new JsonObject();
        params.forEach((k, v) -> {
            if (v instanceof String s) p.put(k, s);
            else if (v instanceof Boolean b) p.put(k, b);
            else if (v instanceof Double d) p.put(k, org.apache.jena.atlas.json.JsonNumber.value(d));
            else if (v instanceof Number n) p.put(k, n.longValue());
        });
        message.put("params", p);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.toStringFlat(message), true).get(10, TimeUnit.SECONDS);
        JsonObject reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.hasKey("error")) throw new IllegalStateException(method + ": " + reply.get("error"));
        return reply.get("result").getAsObject();
    }

    /** The value of a JavaScript expression in the page. */
    JsonValue evaluate(String expression) throws Exception {
        JsonObject result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)).get("result").getAsObject();
        return result.hasKey("value") ? result.get("value") : null;
    }

    /** A string-valued expression. */
    String text(String expression) throws Exception {
        JsonValue v = evaluate(expression);
        return v == null || !v.isString() ? String.valueOf(v) : v.getAsString().value();
    }

    /** A number-valued expression. */
    double number(String expression) throws Exception {
        JsonValue v = evaluate(expression);
        if (v == null || !v.isNumber()) throw new AssertionError(expression + " is no number: " + v);
        return v.getAsNumber().value().doubleValue();
    }

    /** Waits up to 60 s for a condition; on time-out saves a screenshot under target/browser/ and fails. */
    void waitFor(String condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonValue v = evaluate("(() => { try { return !!(" + condition + "); } catch (e) { return false; } })()");
            if (v != null && v.isBoolean() && v.getAsBoolean().value()) return;
            Thread.sleep(200);
        }
        Path shot = Path.of("target", "browser", "timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".png");
        screenshot(shot);
        throw new AssertionError("The page did not show " + what + " within 60 s (screenshot " + shot + "); problems: " + problems());
    }

    /** A real mouse click (move, press, release) at page coordinates in CSS pixels. */
    void click(double x, double y) throws Exception {
        call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        call("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
        call("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
    }

    /** A real key press on the focused element, e.g. {@code "Enter"} (with its carriage return, as a keyboard sends it). */
    void press(String key, int keyCode, String text) throws Exception {
        call("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key, "code", key, "windowsVirtualKeyCode", keyCode, "text", text));
        call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key, "windowsVirtualKeyCode", keyCode));
    }

    Path screenshot(Path file) throws Exception {
        String data = call("Page.captureScreenshot", Map.of("format", "png")).get("data").getAsString().value();
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            List<ProcessHandle> helpers = process.descendants().toList();
            helpers.forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            // Chromium's helper processes may still write into the profile directory the test is about to delete.
            for (ProcessHandle helper : helpers) {
                try {
                    helper.onExit().get(10, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    helper.destroyForcibly();
                }
            }
        }
    }
}
