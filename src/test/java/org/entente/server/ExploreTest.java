package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.entente.store.KnowledgeGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /explore} on a real server over a real TDB2 store holding the {@link ExploreStory}: the answers route as
 * a client meets it, and the page in headless Chromium, which must draw exactly the states and relations that
 * {@code relations} answers, show an event's evidence sentence when a state is clicked, and never raise a script
 * error, a console error or a CSP violation. Screenshots in {@code target/browser/explore-*.png}. The browser
 * tests are skipped when {@code /usr/bin/chromium} is absent.
 */
class ExploreTest {
    @TempDir
    static Path dir;
    static ServerFixture f;

    @BeforeAll
    static void start() {
        f = ServerFixture.serve(ExploreStory.store(dir.resolve("store")), dir.resolve("run"), b -> b);
    }

    @AfterAll
    static void stop() {
        if (f != null) f.close();
    }

    private static HttpResponse<String> get(String path) {
        return f.send(f.request(path));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void page_anonymous_servedUnderStrictPolicy() {
        HttpResponse<String> page = get("/explore");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self' 'sha256-"), csp);
        assertFalse(csp.contains("unsafe-eval") || csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
        assertFalse(page.body().matches("(?s).*<script>.*|.*\\son[a-z]+=.*"), "no inline script or handler in the page");
        for (String file : List.of("explore.js", "explore.css", "echarts.min.js")) {
            HttpResponse<String> r = get("/explore/" + file);
            assertEquals(200, r.statusCode(), file);
            String etag = r.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, f.send(f.request("/explore/" + file).header("If-None-Match", etag)).statusCode(), file + " revalidated");
        }
        assertEquals(404, get("/explore/nothing.js").statusCode());
    }

    @Test
    void answer_relations_sameRowsAsTheQuestion() {
        HttpResponse<String> r = get("/explore/answer/relations");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        List<Map<String, String>> expected = ExploreStory.ask(f.kg, "relations", Map.of());
        assertTrue(expected.size() >= 3, "the story gives relations: " + expected);
        assertEquals(expected.size(), ServerFixture.rows(r.body()).size(), r.body());
        HttpResponse<String> norway = get("/explore/answer/relations?state=" + enc(ExploreStory.NORWAY) + "&from=2024-05&to=");
        assertEquals(200, norway.statusCode(), norway.body());
        assertEquals(ExploreStory.ask(f.kg, "relations", Map.of("state", NodeFactory.createURI(ExploreStory.NORWAY),
                "from", NodeFactory.createLiteralString("2024-05"))).size(), ServerFixture.rows(norway.body()).size());
    }

    @Test
    void answer_badRequests_refusedWithTheReason() {
        HttpResponse<String> contract = get("/explore/answer/deployments");
        assertEquals(404, contract.statusCode());
        assertTrue(contract.body().contains("relations, timeline, sources, disagreements"), contract.body());
        HttpResponse<String> name = get("/explore/answer/relations?state=Norway");
        assertEquals(400, name.statusCode());
        assertTrue(name.body().contains("takes an IRI"), name.body());
        // SPARQL spliced into a value is a string, which ?state refuses: nothing runs.
        HttpResponse<String> splice = get("/explore/answer/timeline?state=" + enc("https://x/> } UNION { ?s ?p ?o } #"));
        assertEquals(400, splice.statusCode(), splice.body());
        HttpResponse<String> date = get("/explore/answer/relations?from=2024-13");
        assertEquals(400, date.statusCode());
        assertTrue(date.body().contains("YYYY-MM"), date.body());
        assertEquals(400, get("/explore/answer/relations?from=2024-06&to=2024-03").statusCode());
        assertEquals(400, get("/explore/answer/relations?colour=red").statusCode());
        assertEquals(400, get("/explore/answer/relations?from=2024&from=2023").statusCode());
        // A POST is a write to the server's guard (401 without a login); a writer's is still no question the explorer takes.
        HttpResponse<String> post = f.send(f.asWriter(f.request("/explore/answer/relations").POST(HttpRequest.BodyPublishers.noBody())));
        assertEquals(405, post.statusCode());
        assertEquals(302, get("/explore/?from=2024").statusCode());
    }

    @Test
    void answer_pastTheQueryTimeout_is503() {
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            kg.loadReference(List.of());
            EntenteServer slow = EntenteServer.create(kg).port(0).runDirectory(dir.resolve("run-slow"))
                    .queryTimeout(Duration.ofMillis(1)).build().start();
            try {
                HttpResponse<String> r = f.send(HttpRequest.newBuilder(java.net.URI.create(slow.url() + "explore/answer/timeline")));
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.body().contains("timeout"), r.body());
            } finally {
                slow.stop();
            }
        }
    }

    @Test
    void explore_storyStore_drawsTheRelationsAndShowsEvidence() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM), "chromium is not installed");
        List<Map<String, String>> relations = ExploreStory.ask(f.kg, "relations", Map.of());
        try (Browser browser = Browser.start(dir.resolve("profile-all"))) {
            ExplorerView page = ExplorerView.open(browser, f.base + "/explore");
            assertEquals(relations.size(), page.edges(), "one line per relations row: " + relations);
            assertEquals(ExploreStory.stateLabels(relations), page.labels(), "one node per state the relations name");
            assertEquals(ExploreStory.stateLabels(relations).size(), page.nodes());

            page.clickState(ExploreStory.RUSSIA);
            browser.waitFor("document.getElementById('details').innerText.includes(" + UiPages.jsString(ExploreStory.DEPLOYMENT_EVIDENCE) + ")",
                    "the deployment's evidence sentence");
            // The denial and the two troop numbers are flagged where the event is shown.
            browser.waitFor("document.querySelector('#details .disagreement[data-aspect=troops]')", "the troop numbers flagged");
            String flags = browser.text("[...document.querySelectorAll('#details .disagreement')].map(e => e.innerText).join('\\n')");
            assertTrue(flags.contains("3,000") && flags.contains("10,000"), flags);
            assertTrue(flags.contains("denied"), flags);
            assertTrue(page.details().startsWith("Russia"), page.details());
            assertTrue(browser.number("Number(document.getElementById('timeline').dataset.events)") >= 1, "the timeline is drawn");
            page.screenshot("explore-russia.png");
            page.assertClean();
        }
    }

    @Test
    void explore_dateRangeAndKeyboard_boundOnTheServer() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM), "chromium is not installed");
        List<Map<String, String>> since = ExploreStory.ask(f.kg, "relations", Map.of("from", NodeFactory.createLiteralString("2024-05")));
        try (Browser browser = Browser.start(dir.resolve("profile-range"))) {
            ExplorerView page = ExplorerView.open(browser, f.base + "/explore?from=2024-05");
            assertEquals(since.size(), page.edges(), "relations from May: " + since);
            assertEquals(ExploreStory.stateLabels(since), page.labels());
            assertEquals("2024-05", browser.text("document.getElementById('from').value"));
            // The deal's relation from the keyboard: the table's button, focused, Enter.
            browser.evaluate("document.getElementById('relations-table-box').open = true");
            browser.evaluate("[...document.querySelectorAll('#relations-table button')].find(b => b.textContent === 'supplies arms to').focus()");
            browser.press("Enter", 13, "\r");
            for (String sentence : ExploreStory.DEAL_EVIDENCE) {
                browser.waitFor("document.getElementById('details').innerText.includes(" + UiPages.jsString(sentence) + ")", "the sentence '" + sentence + "'");
            }
            page.screenshot("explore-deal.png");
            page.assertClean();
        }
    }
}
