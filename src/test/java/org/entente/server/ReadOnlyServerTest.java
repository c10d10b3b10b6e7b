package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.entente.EntenteException;
import org.entente.store.KnowledgeGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without writers the server starts, answers questions, and refuses every write; slow queries time out. */
class ReadOnlyServerTest {
    @TempDir
    Path dir;

    @Test
    void noWriters_updateRefusedWith401_evenWithAPassword() {
        try (ServerFixture f = ServerFixture.serve(ServerFixture.contractStore(dir.resolve("store")), dir.resolve("run"),
                b -> b.writers(WriterCredentials.none()))) {
            assertTrue(f.server.readOnly());
            HttpResponse<String> r = f.update("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }", true);
            assertEquals(401, r.statusCode());
            assertTrue(r.body().contains("read-only"), r.body());
            assertFalse(f.kg.ask("ASK { GRAPH <https://example.org/g> { ?s ?p ?o } }", Map.of()));
            assertEquals(200, f.query("/kg/sparql", "ASK {}").statusCode());
        }
    }

    @Test
    void slowQuery_pastTimeout_answers503_andServerKeepsAnswering() {
        try (ServerFixture f = ServerFixture.serve(ServerFixture.contractStore(dir.resolve("store")), dir.resolve("run"),
                b -> b.queryTimeout(Duration.ofSeconds(1)))) {
            // The reference graph has tens of thousands of triples: a three-way cross join never ends.
            String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long start = System.nanoTime();
            HttpResponse<String> r = f.query("/kg/sparql", heavy);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf("timeout test: %d after %.2f s%n", r.statusCode(), seconds);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(seconds < 20, "answered promptly: " + seconds + " s");
            assertEquals(200, f.send(f.request("/$/ping").GET()).statusCode());
            assertEquals(200, f.query("/kg/sparql", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3").statusCode());
        }
    }

    @Test
    void passwordFile_jettyRealmFormat_isRead() throws Exception {
        String obfuscated = org.eclipse.jetty.util.security.Password.obfuscate("password");
        Path file = Files.writeString(dir.resolve("writers.realm"), "# writers\nalice: secret, writer\n\nbob:" + obfuscated + "\n");
        WriterCredentials w = WriterCredentials.fromFile(file);
        assertTrue(w.check("alice", "secret"));
        assertFalse(w.check("alice", "Secret"));
        assertTrue(w.check("bob", "password"));
        assertFalse(w.check("carol", "secret"));
        Path bad = Files.writeString(dir.resolve("bad.realm"), "alice secret\n");
        EntenteException e = org.junit.jupiter.api.Assertions.assertThrows(EntenteException.class, () -> WriterCredentials.fromFile(bad));
        assertTrue(e.getMessage().contains("bad.realm:1"), e.getMessage());
    }

    @Test
    void writersFromEnvironment_needBothVariables() {
        assertTrue(WriterCredentials.resolve(null, Map.of()).isEmpty());
        assertTrue(WriterCredentials.resolve(null, Map.of("ENTENTE_WRITER_USER", "w", "ENTENTE_WRITER_PASSWORD", "p")).check("w", "p"));
        org.junit.jupiter.api.Assertions.assertThrows(EntenteException.class,
                () -> WriterCredentials.resolve(null, Map.of("ENTENTE_WRITER_USER", "w")));
    }

    @Test
    void guard_openOnlyForReads() {
        WriteGuard g = new WriteGuard("/kg", WriterCredentials.of("w", "p"), () -> {});
        assertTrue(g.open("GET", "/kg/sparql"));
        assertTrue(g.open("POST", "/kg/sparql"));
        assertTrue(g.open("GET", "/kg/data"));
        assertTrue(g.open("GET", "/static/index-x.js"));
        assertFalse(g.open("PUT", "/kg/data"));
        assertFalse(g.open("POST", "/kg/data"));
        assertFalse(g.open("POST", "/kg/update"));
        assertFalse(g.open("GET", "/kg/update"));
        assertFalse(g.open("POST", "/kg/ingest"));
        assertFalse(g.open("POST", "/kg"));
        assertFalse(g.open("DELETE", "/$/datasets/kg"));
        assertFalse(g.open("GET", "/$/backups-list"));
        assertFalse(g.open("POST", "/kg/%73parql"));
        assertFalse(g.open("PATCH", "/kg/data"));
        assertEquals("w", g.authenticatedWriter(ServerFixture.basic("w", "p")));
        assertEquals(null, g.authenticatedWriter(ServerFixture.basic("w", "x")));
        assertEquals(null, g.authenticatedWriter("Bearer abc"));
    }

    @Test
    void ingestEndpoint_readOnly_401() {
        try (ServerFixture f = ServerFixture.serve(KnowledgeGraph.inMemory(), dir.resolve("run"), b -> b.writers(WriterCredentials.none()))) {
            HttpResponse<String> r = f.send(f.request("/kg/ingest").header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("Russia sent troops to Belarus.")));
            assertEquals(401, r.statusCode());
        }
    }
}
