package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.entente.SentenceWarning;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.store.KnowledgeGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /kg/ingest: a text document in, its graph stored and described; bad input refused and nothing stored. */
class IngestEndpointTest {
    @TempDir
    static Path dir;
    static ServerFixture f;
    static TextDocuments text;

    static final String ARTICLE = """
            ---
            title: Troops sent
            date: 2024-10-25
            ---
            North Korea has sent about 3,000 troops to Russia, South Korea's intelligence service said on Friday.
            """;

    @BeforeAll
    static void start() {
        KnowledgeGraph kg = KnowledgeGraph.open(dir.resolve("store"));
        kg.loadReference(java.util.List.of());
        text = new TextDocuments(new Nlp(), ReferenceIndex.build(kg.referenceGraph()));
        f = ServerFixture.serve(kg, dir.resolve("run"), b -> b.text(text));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private HttpResponse<String> post(String query, String contentType, byte[] body, boolean writer) {
        HttpRequest.Builder r = f.request("/kg/ingest" + query).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return f.send(writer ? f.asWriter(r) : r);
    }

    private void assertRefused(int status, HttpResponse<String> r, String reasonPart) {
        long before = f.graphCount();
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains(reasonPart), "reason names the problem: " + r.body());
        assertEquals(1, r.body().strip().lines().count(), "one-line reason: " + r.body());
        assertEquals(before, f.graphCount(), "nothing stored");
        assertTrue(f.kg.documents().isEmpty(), "no document stored");
    }

    @Test
    void emptyBody_400() {
        assertRefused(400, post("", "text/plain", new byte[0], true), "empty");
        assertRefused(400, post("", "text/markdown", "  \n\n ".getBytes(StandardCharsets.UTF_8), true), "empty");
    }

    @Test
    void binaryBody_400() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertRefused(400, post("", "text/plain", png, true), "binary");
        byte[] latin = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(400, post("", "text/plain; charset=utf-8", latin, true), "not valid utf-8");
    }

    @Test
    void badDate_400() {
        assertRefused(400, post("?date=25.10.2024", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8), true), "date");
        // A year no news was dated in would be stored as a date the shapes then reject.
        assertRefused(400, post("?date=%2B99999-01-01", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8), true), "1800-01-01 to 2200-12-31");
    }

    @Test
    void controlCharacterInName_400() {
        byte[] article = ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertRefused(400, post("?name=reports/a%00b.md", "text/markdown", article, true), "name");
        assertRefused(400, post("?name=reports/a%0Ab.md", "text/markdown", article, true), "u+000a");
        assertRefused(400, post("?name=a%1B%5B31mred.md", "text/markdown", article, true), "control character");
    }

    @Test
    void unclosedFrontMatter_400() {
        String unclosed = ARTICLE.replaceFirst("---\n(?=North)", "");
        assertRefused(400, post("?name=a.md", "text/markdown", unclosed.getBytes(StandardCharsets.UTF_8), true), "never closed");
    }

    @Test
    void notText_415() {
        assertRefused(415, post("", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), true), "application/pdf");
    }

    @Test
    void anonymous_401() {
        HttpResponse<String> r = post("", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8), false);
        assertEquals(401, r.statusCode());
        assertTrue(f.kg.documents().isEmpty());
    }

    @Test
    void textDocument_storedAndDescribed() {
        try {
            HttpResponse<String> r = post("?name=reports/troops.md&date=2024-10-25", "text/markdown",
                    ARTICLE.getBytes(StandardCharsets.UTF_8), true);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonObject json = JSON.parse(r.body());
            String document = json.get("document").getAsString().value();
            assertTrue(document.startsWith("https://w3id.org/entente/doc/"), document);
            assertEquals("added", json.get("outcome").getAsString().value());
            assertTrue(f.kg.documents().stream().anyMatch(n -> n.getURI().equals(document)), "stored");
            // Real extraction by the text pipeline: the sentence reports a deployment (North Korea to Russia).
            assertTrue(json.get("events").getAsArray().stream()
                    .anyMatch(e -> e.getAsObject().get("type").getAsString().value().equals("Deployment")), r.body());

            HttpResponse<String> again = post("?name=reports/troops.md&date=2024-10-25", "text/markdown",
                    ARTICLE.getBytes(StandardCharsets.UTF_8), true);
            assertEquals("unchanged", JSON.parse(again.body()).get("outcome").getAsString().value());
            HttpResponse<String> changed = post("?name=reports/troops.md", "text/markdown",
                    (ARTICLE + "\nRussia denied it.\n").getBytes(StandardCharsets.UTF_8), true);
            assertEquals("replaced", JSON.parse(changed.body()).get("outcome").getAsString().value());
            assertEquals(1, f.kg.documents().size(), "the new version replaced the old");
        } finally {
            f.kg.documents().forEach(d -> f.kg.remove(d.getURI()));
        }
    }

    @Test
    void answer_listsEventsWithTheirKinds() {
        // The JSON answer, independent of the text pipeline: built from a hand-made document graph.
        var graph = org.apache.jena.riot.RDFParser.source(ServerFixture.DOC_A).toGraph();
        var doc = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/entente/doc/abc");
        JsonObject json = IngestService.answer(new org.entente.rdf.DocumentGraph(doc, graph, "doc-a"), KnowledgeGraph.AddOutcome.ADDED,
                java.util.List.of());
        assertEquals("https://w3id.org/entente/doc/abc", json.get("document").getAsString().value());
        assertEquals("added", json.get("outcome").getAsString().value());
        var events = json.get("events").getAsArray();
        assertEquals(6, events.size(), json.toString());
        assertTrue(events.stream().anyMatch(e -> e.getAsObject().get("iri").getAsString().value().endsWith("/event/deployment-1")
                && e.getAsObject().get("type").getAsString().value().equals("Deployment")));
        assertFalse(events.stream().anyMatch(e -> e.getAsObject().get("type").getAsString().value().equals("Sentence")));
    }

    @Test
    void answer_listsSkippedSentences() {
        var graph = org.apache.jena.riot.RDFParser.source(ServerFixture.DOC_A).toGraph();
        var doc = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/entente/doc/abc");
        SentenceWarning w = new SentenceWarning("doc-a", 2, "Russia and Belarus signed a defence agreement.", SentenceWarning.Stage.EVENT,
                "IllegalArgumentException: duplicate element: of");
        JsonObject json = IngestService.answer(new org.entente.rdf.DocumentGraph(doc, graph, "doc-a"), KnowledgeGraph.AddOutcome.ADDED,
                java.util.List.of(w));
        var warnings = json.get("warnings").getAsArray();
        assertEquals(1, warnings.size(), json.toString());
        JsonObject first = warnings.get(0).getAsObject();
        assertEquals(2, first.get("sentence").getAsNumber().value().intValue());
        assertEquals("event", first.get("stage").getAsString().value());
        assertEquals(w.message(), first.get("message").getAsString().value());
    }
}
