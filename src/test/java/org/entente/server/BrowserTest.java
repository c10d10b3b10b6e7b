package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fuseki UI in a real browser: headless Chromium, driven over the DevTools protocol, opens
 * the server's start page, picks the "deployments" example question, runs it and must show the
 * two deployments of the contract documents. The screenshot is kept in
 * {@code target/browser/ui-deployments.png}. Skipped when {@code /usr/bin/chromium} is absent
 * (Debian: {@code apt-get install -y chromium}).
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void ui_exampleQuestion_showsExpectedRows() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        try (ServerFixture f = ServerFixture.serve(ServerFixture.contractStore(dir.resolve("store")), dir.resolve("run"), b -> b);
             Browser browser = Browser.start(dir.resolve("profile"))) {
            browser.call("Page.enable", Map.of());
            // The content security policy must not block anything the UI does.
            browser.call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.cspViolations = [];"
                    + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
            browser.call("Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", 1300, "deviceScaleFactor", 1, "mobile", false));
            browser.call("Page.navigate", Map.of("url", f.server.url()));
            browser.waitFor("[...document.querySelectorAll('span.badge')].some(e => e.textContent.trim() === 'deployments')"
                    + " && !!document.querySelector('.yasqe_queryButton')", "the example questions");
            browser.evaluate("[...document.querySelectorAll('span.badge')].find(e => e.textContent.trim() === 'deployments').click()");
            browser.waitFor("document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror"
                    + ".getValue().includes('SELECT DISTINCT ?deployment')", "the question in the editor");
            browser.evaluate("document.querySelector('.yasqe_queryButton').click()");
            browser.waitFor("[...document.querySelectorAll('.yasr table tbody tr')].filter(r => r.innerText.includes('Russia')).length >= 2",
                    "two result rows");
            String table = browser.evaluate("document.querySelector('.yasr table').innerText").getAsString().value();
            long rows = browser.evaluate("document.querySelectorAll('.yasr table tbody tr').length").getAsNumber().value().longValue();
            Path shot = browser.screenshot(Path.of("target", "browser", "ui-deployments.png"));
            System.err.println("browser test: screenshot " + shot.toAbsolutePath());
            // Only calls to other sites may be blocked (the editor's prefix list from prefix.cc: nothing leaves the server).
            String blocked = browser.evaluate("JSON.stringify(window.cspViolations.filter(v => !/^connect-src https?:/.test(v)"
                    + " || v.includes(' ' + location.origin)))").getAsString().value();
            assertEquals("[]", blocked, "blocked by the content security policy");
            assertEquals(2, rows, table);
            assertTrue(table.contains("North Korea") && table.contains("Russia") && table.contains("Belarus"), table);
            assertTrue(table.contains("3000"), "troop number shown: " + table);
        }
    }

    /** Headless Chromium with its DevTools protocol on a WebSocket to its first page. */
    static final class Browser implements AutoCloseable {
        private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
        private final Process process;
        private final WebSocket socket;
        private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();

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
                            if (json.hasKey("id") && holder[0] != null) {
                                CompletableFuture<JsonObject> f = holder[0].pending.remove(json.get("id").getAsNumber().value().intValue());
                                if (f != null) f.complete(json);
                            }
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

        JsonObject call(String method, Map<String, Object> params) throws Exception {
            int id = ids.incrementAndGet();
            JsonObject message = new JsonObject();
            message.put("id", id);
            message.put("method", method);
            JsonObject p = new JsonObject();
            params.forEach((k, v) -> {
                if (v instanceof String s) p.put(k, s);
                else if (v instanceof Boolean b) p.put(k, b);
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

        void waitFor(String condition, String what) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                JsonValue v = evaluate("(() => { try { return !!(" + condition + "); } catch (e) { return false; } })()");
                if (v != null && v.isBoolean() && v.getAsBoolean().value()) return;
                Thread.sleep(200);
            }
            screenshot(Path.of("target", "browser", "ui-timeout.png"));
            throw new AssertionError("The UI did not show " + what + " within 60 s (screenshot target/browser/ui-timeout.png)");
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
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
