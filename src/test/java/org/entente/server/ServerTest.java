package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.engine.binding.Binding;
import org.entente.query.QueryCatalogue;
import org.entente.store.KnowledgeGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served store as a client meets it: the contract questions, who may write, the admin API. */
class ServerTest {
    @TempDir
    static Path dir;
    static ServerFixture f;

    private static final String INSERT = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }";
    private static final String ASK_INSERTED = "ASK { GRAPH <https://example.org/g> { ?s ?p ?o } }";

    @BeforeAll
    static void start() {
        KnowledgeGraph kg = ServerFixture.contractStore(dir.resolve("store"));
        f = ServerFixture.serve(kg, dir.resolve("run"), b -> b);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private boolean inserted() {
        return f.kg.ask(ASK_INSERTED, Map.of());
    }

    @Test
    void contractQuestions_overSparqlEndpoint_sameRowsAsSelect() {
        QueryCatalogue questions = QueryCatalogue.bundled();
        for (String name : QueryCatalogue.CONTRACT) {
            String sparql = questions.get(name);
            List<Binding> local = ServerFixture.rows(f.kg.select(sparql, Map.of()));
            for (String endpoint : List.of("/kg/sparql", "/kg/query")) {
                HttpResponse<String> r = f.query(endpoint, sparql);
                assertEquals(200, r.statusCode(), name + ": " + r.body());
                assertEquals(local, ServerFixture.rows(r.body()), name + " over " + endpoint);
            }
            assertFalse(local.isEmpty(), name + " has answers in the contract documents");
        }
    }

    @Test
    void query_byGet_answers() {
        String q = java.net.URLEncoder.encode("SELECT * WHERE { GRAPH ?g { ?s a ?t } } LIMIT 1", java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = f.send(f.request("/kg/sparql?query=" + q).header("Accept", "application/sparql-results+json").GET());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, ServerFixture.rows(r.body()).size());
    }

    @Test
    void update_withoutCredentials_401AndNothingChanged() {
        HttpResponse<String> r = f.update(INSERT, false);
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "basic challenge");
        assertFalse(inserted());
    }

    @Test
    void update_wrongPassword_401AndNothingChanged() {
        HttpResponse<String> r = f.send(f.request("/kg/update").header("Authorization", ServerFixture.basic(ServerFixture.USER, "nope"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(INSERT)));
        assertEquals(401, r.statusCode());
        assertFalse(inserted());
    }

    @Test
    void update_withCredentials_changesTheStore() {
        try {
            HttpResponse<String> r = f.update(INSERT, true);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
            assertTrue(inserted());
        } finally {
            f.kg.remove("https://example.org/g");
            f.update("DROP SILENT GRAPH <https://example.org/g>", true);
        }
    }

    @Test
    void update_fromAnotherWebSite_403EvenWithCredentials() {
        HttpResponse<String> r = f.send(f.asWriter(f.request("/kg/update").header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + java.net.URLEncoder.encode(INSERT, java.nio.charset.StandardCharsets.UTF_8)))));
        assertEquals(403, r.statusCode(), r.body());
        assertFalse(inserted());
        assertTrue(WriteGuard.crossSite("http://localhost:3030", "http", "127.0.0.1:3030"));
        assertFalse(WriteGuard.crossSite("http://127.0.0.1:3030", "http", "127.0.0.1:3030"));
        assertFalse(WriteGuard.crossSite(null, "http", "127.0.0.1:3030"));
    }

    @Test
    void graphStore_readsOpen_writesNeedWriter() {
        String doc = f.kg.documents().get(0).getURI();
        HttpResponse<String> get = f.send(f.request("/kg/get?graph=" + doc).header("Accept", "application/n-triples").GET());
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("Document"), get.body());
        assertEquals(200, f.send(f.request("/kg/data?graph=" + doc).header("Accept", "text/turtle").GET()).statusCode());

        String path = "/kg/data?graph=https://example.org/g";
        HttpRequest.Builder put = f.request(path).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/s> <https://example.org/p> 2 ."));
        assertEquals(401, f.send(put).statusCode());
        assertFalse(inserted());
        assertEquals(401, f.send(f.request("/kg/data?graph=" + doc).DELETE()).statusCode());
        assertTrue(f.kg.documents().stream().anyMatch(n -> n.getURI().equals(doc)), "document still there");
        try {
            HttpRequest.Builder put2 = f.request(path).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/s> <https://example.org/p> 2 ."));
            int status = f.send(f.asWriter(put2)).statusCode();
            assertTrue(status == 200 || status == 201 || status == 204, "writer's PUT: " + status);
            assertTrue(inserted());
        } finally {
            f.update("DROP SILENT GRAPH <https://example.org/g>", true);
        }
    }

    @Test
    void readEndpoints_refuseWrites() {
        long before = f.graphCount();
        HttpResponse<String> viaQuery = f.send(f.asWriter(f.request("/kg/sparql").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT))));
        assertTrue(viaQuery.statusCode() >= 400, "update through the query endpoint: " + viaQuery.statusCode());
        HttpResponse<String> viaGet = f.send(f.asWriter(f.request("/kg/get?graph=https://example.org/g").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/s> <https://example.org/p> 3 ."))));
        assertTrue(viaGet.statusCode() >= 400, "PUT through the read-only graph store: " + viaGet.statusCode());
        assertEquals(before, f.graphCount());
        assertFalse(inserted());
    }

    @Test
    void datasetRoot_hasNoWritePath() {
        long before = f.graphCount();
        HttpResponse<String> anonymous = f.send(f.request("/kg").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")));
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> writer = f.send(f.asWriter(f.request("/kg").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL"))));
        assertTrue(writer.statusCode() >= 400, "even a writer finds no update at the root: " + writer.statusCode());
        HttpResponse<String> put = f.send(f.asWriter(f.request("/kg?graph=https://example.org/g").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<https://example.org/s> <https://example.org/p> 4 ."))));
        assertTrue(put.statusCode() >= 400, "no graph store at the root: " + put.statusCode());
        assertEquals(before, f.graphCount());
    }

    @Test
    void adminApi_anonymousWritesRefused_datasetStillAnswers() {
        assertEquals(401, f.send(f.request("/$/datasets/kg").DELETE()).statusCode());
        assertEquals(401, f.send(f.request("/$/datasets").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dbName=other&dbType=mem"))).statusCode());
        assertEquals(401, f.send(f.request("/$/backup/kg").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        for (String path : List.of("/$/compact/kg", "/$/tasks", "/$/sleep", "/$/reload", "/$/metrics", "/$/backups-list", "/$/datasets")) {
            assertEquals(401, f.send(f.request(path).POST(HttpRequest.BodyPublishers.noBody())).statusCode(), "POST " + path);
        }
        assertEquals(401, f.send(f.request("/$/tasks").GET()).statusCode());
        // Not served at all, so even a writer cannot delete the dataset through Fuseki.
        assertNotEquals(200, f.send(f.asWriter(f.request("/$/datasets/kg").DELETE())).statusCode());
        HttpResponse<String> still = f.query("/kg/sparql", QueryCatalogue.bundled().get("deployments"));
        assertEquals(200, still.statusCode());
        assertEquals(2, ServerFixture.rows(still.body()).size());
    }

    @Test
    void statusPages_openForReading() {
        assertEquals(200, f.send(f.request("/$/ping").GET()).statusCode());
        HttpResponse<String> server = f.send(f.request("/$/server").GET());
        assertEquals(200, server.statusCode());
        assertTrue(server.body().contains("\"/kg\""), server.body());
        assertEquals(200, f.send(f.request("/$/stats/kg").GET()).statusCode());
    }

    @Test
    void ui_opensQueryEditorOnDataset_withContractQuestions() {
        HttpResponse<String> index = f.send(f.request("/").GET());
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("#/dataset/kg/query?query="), "start page routes to the query editor");
        String script = index.body().replaceAll("(?s).*src=\"\\./static/(index-[^\"]+\\.js)\".*", "$1");
        String app = f.send(f.request("/static/" + script).GET()).body();
        String queryPage = app.replaceAll("(?s).*import\\(\"\\./(Query-[A-Za-z0-9_-]+\\.js)\"\\).*", "$1");
        HttpResponse<String> js = f.send(f.request("/static/" + queryPage).GET());
        assertEquals(200, js.statusCode(), queryPage);
        for (String name : QueryCatalogue.CONTRACT) assertTrue(js.body().contains("text:\"" + name + "\""), name + " is an example query");
        assertFalse(js.body().contains("Selection of triples"));
    }

    @Test
    void adminWorkingFolder_notInCurrentDirectory() {
        assertFalse(Files.exists(Path.of("run")), "no ./run folder");
        assertFalse(Files.exists(Path.of("configuration")), "no ./configuration folder");
    }
}
