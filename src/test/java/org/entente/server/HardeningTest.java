package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served store under attack: fetching for others, oversized and explosive requests, browsers, password guessing. */
class HardeningTest {
    @TempDir
    static Path dir;
    static ServerFixture f;

    private static final String COUNT_QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @BeforeAll
    static void start() {
        f = ServerFixture.serve(ServerFixture.contractStore(dir.resolve("store")), dir.resolve("run"),
                b -> b.queryTimeout(Duration.ofSeconds(3)));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static long quads() {
        return f.kg.select(COUNT_QUADS, Map.of()).next().getLiteral("n").getLong();
    }

    /** A SPARQL query of distinct triple patterns, about the given size: slow to parse when large. */
    private static String bigQuery(int bytes) {
        StringBuilder q = new StringBuilder("SELECT * WHERE { ");
        for (int i = 0; q.length() < bytes; i++) q.append("?s <https://example.org/p").append(i).append("> ?o").append(i).append(" . ");
        return q.append('}').toString();
    }

    @Test
    void service_anonymous_refusedWithoutFetching_openAndClosedPortsAlike() {
        String own = f.base + "/kg/sparql";
        HttpResponse<String> open = f.query("/kg/sparql", "SELECT * { SERVICE <" + own + "> { ?s ?p ?o } } LIMIT 1");
        assertEquals(403, open.statusCode(), open.body());
        assertTrue(open.body().contains("SERVICE <" + own + "> is refused"), open.body());
        HttpResponse<String> closed = f.query("/kg/sparql", "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }");
        assertEquals(403, closed.statusCode(), closed.body());
        assertEquals(open.body().replace(own, "URL"), closed.body().replace("http://127.0.0.1:1/sparql", "URL"),
                "an open and a closed port answer alike");
        // Named by a variable, it is refused when it would run.
        HttpResponse<String> variable = f.query("/kg/sparql", "SELECT * { BIND(<" + own + "> AS ?u) SERVICE ?u { ?s ?p ?o } }");
        assertEquals(403, variable.statusCode(), variable.body());
        assertTrue(variable.body().contains("SERVICE <" + own + "> is refused"), variable.body());
    }

    @Test
    void service_onTheOperatorsAllowList_fetches() throws Exception {
        try (ServerFixture other = ServerFixture.serve(ServerFixture.contractStore(dir.resolve("other-store")), dir.resolve("other-run"), b -> b)) {
            String remote = other.base + "/kg/sparql";
            try (ServerFixture allowing = ServerFixture.serve(ServerFixture.contractStore(dir.resolve("allowing-store")), dir.resolve("allowing-run"),
                    b -> b.allowFetch(List.of(other.base + "/kg/")))) {
                HttpResponse<String> r = allowing.query("/kg/sparql", "SELECT ?d { SERVICE <" + remote + "> { ?d a <https://w3id.org/entente/ontology#Document> } }");
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(2, ServerFixture.rows(r.body()).size(), r.body());
                HttpResponse<String> elsewhere = allowing.query("/kg/sparql", "SELECT * { SERVICE <" + other.base + "/$/ping> { ?s ?p ?o } }");
                assertEquals(403, elsewhere.statusCode(), "outside the allowed path: " + elsewhere.body());
            }
        }
    }

    @Test
    void load_ofAFileOrUrl_refusedEvenForAWriter_nothingStored() {
        long before = quads();
        for (String source : List.of("file:///etc/passwd", "http://127.0.0.1:1/data.ttl", "file:/etc/hostname")) {
            HttpResponse<String> r = f.update("LOAD <" + source + "> INTO GRAPH <https://example.org/loaded>", true);
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("403 LOAD <" + source + "> is refused"), r.body());
            assertFalse(r.body().contains("root"), "nothing of the file is echoed: " + r.body());
        }
        HttpResponse<String> form = f.send(f.asWriter(f.request("/kg/update")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + java.net.URLEncoder.encode("LOAD <file:///etc/passwd>", StandardCharsets.UTF_8))));
        assertEquals(403, form.statusCode(), form.body());
        assertEquals(before, quads());
    }

    @Test
    void oversizedQuery_answers413AtOnce_asBodyFormOrChunked() {
        String query = bigQuery(4_000_000);
        long started = System.nanoTime();
        HttpResponse<String> body = f.send(f.request("/kg/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        HttpResponse<String> form = f.query("/kg/sparql", query);
        // No length given: the body is counted as it comes.
        HttpResponse<String> chunked = f.send(f.request("/kg/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(query.getBytes(StandardCharsets.UTF_8)))));
        double seconds = (System.nanoTime() - started) / 1e9;
        for (HttpResponse<String> r : List.of(body, form, chunked)) {
            assertEquals(413, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("413 the request body"), r.body());
        }
        assertTrue(seconds < 10, "three refusals took " + seconds + " s");
        // A query under the limit is answered as before, sent either way.
        String fits = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        assertEquals(200, f.query("/kg/sparql", fits).statusCode());
        assertEquals(200, f.send(f.request("/kg/sparql").header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(fits))).statusCode());
    }

    @Test
    void queryBombs_timeOutOrAreRefused_whilePingAnswersWithinASecond() throws Exception {
        List<String> bombs = List.of(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "SELECT (COUNT(*) AS ?n) { ?a (<https://example.org/p>|!<https://example.org/p>)* ?b }",
                bigQuery(4_000_000));
        ExecutorService pool = Executors.newFixedThreadPool(bombs.size());
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String bomb : bombs) answers.add(pool.submit(() -> f.query("/kg/sparql", bomb)));
            long slowest = 0;
            long end = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            while (System.nanoTime() < end) {
                long t = System.nanoTime();
                HttpResponse<String> ping = f.send(f.request("/$/ping").GET());
                assertEquals(200, ping.statusCode());
                slowest = Math.max(slowest, System.nanoTime() - t);
                Thread.sleep(100);
            }
            assertTrue(slowest < 1_000_000_000L, "slowest ping " + slowest / 1_000_000 + " ms");
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> a : answers) statuses.add(a.get(60, TimeUnit.SECONDS).statusCode());
            assertEquals(List.of(503, 503, 413), statuses, "cartesian product and path time out (3 s), the 4 MB query is refused");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, f.query("/kg/sparql", "ASK {}").statusCode(), "the server answers after the bombs");
    }

    @Test
    void everyAnswer_carriesTheSecurityHeaders() {
        for (String path : List.of("/", "/kg/sparql?query=ASK%7B%7D", "/$/ping", "/kg/update")) {
            HttpResponse<String> r = f.send(f.request(path).GET());
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self' 'sha256-"), path + ": " + csp);
        }
    }

    @Test
    void cors_letsAnySiteRead_neverWithCredentials() {
        HttpResponse<String> read = f.send(f.request("/kg/sparql?query=ASK%7B%7D").header("Origin", "https://elsewhere.example").GET());
        assertEquals(200, read.statusCode());
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertNull(read.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
        HttpResponse<String> preflight = f.send(f.request("/kg/update").header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertNull(preflight.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("authorization"),
                "a page of another site may not send a writer's password");
    }

    @Test
    void wrongPasswords_areLogged_andSlowedDownPerAddress() {
        List<String> logged = new CopyOnWriteArrayList<>();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LoggerConfig config = context.getConfiguration().getLoggerConfig(WriteGuard.class.getName());
        AbstractAppender capture = new AbstractAppender("capture-logins", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                logged.add(event.getMessage().getFormattedMessage());
            }
        };
        capture.start();
        config.addAppender(capture, null, null);
        // A server of its own, so that its lock-out of 127.0.0.1 stays out of the other tests.
        try (ServerFixture guarded = ServerFixture.serve(ServerFixture.contractStore(dir.resolve("guarded-store")), dir.resolve("guarded-run"), b -> b)) {
            HttpRequest.Builder wrong = guarded.request("/kg/update").header("Authorization", ServerFixture.basic(ServerFixture.USER, "guess\n"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR SILENT GRAPH <urn:x>"));
            for (int i = 0; i < LoginThrottle.LIMIT; i++) assertEquals(401, guarded.send(wrong).statusCode());
            HttpResponse<String> slowed = guarded.send(wrong);
            assertEquals(429, slowed.statusCode(), slowed.body());
            long wait = Long.parseLong(slowed.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(wait > 0 && wait <= 60, "Retry-After " + wait);
            // During the wait even the right password is not tried: guessing gains nothing.
            HttpResponse<String> right = guarded.send(guarded.asWriter(guarded.request("/kg/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR SILENT GRAPH <urn:x>")));
            assertEquals(429, right.statusCode());
        } finally {
            config.removeAppender("capture-logins");
        }
        List<String> lines = logged.stream().filter(l -> l.startsWith("Wrong password")).toList();
        assertEquals(LoginThrottle.LIMIT, lines.size(), "one line per wrong password: " + logged);
        assertTrue(lines.get(0).contains("'" + ServerFixture.USER + "' from 127.0.0.1"), lines.get(0));
    }
}
