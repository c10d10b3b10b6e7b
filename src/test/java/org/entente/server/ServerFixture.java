package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.engine.binding.Binding;
import org.entente.ingest.Ingestor;
import org.entente.store.KnowledgeGraph;

/** A real store with the hand-made contract documents, served on a free loopback port, and an HTTP client. */
final class ServerFixture implements AutoCloseable {
    static final Path DOC_A = Path.of("src/test/resources/contract/doc-a.ttl");
    static final Path DOC_B = Path.of("src/test/resources/contract/doc-b.ttl");
    static final String USER = "alice";
    static final String PASSWORD = "s3cret pass:word";

    final KnowledgeGraph kg;
    final EntenteServer server;
    final String base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServerFixture(KnowledgeGraph kg, EntenteServer server) {
        this.kg = kg;
        this.server = server;
        this.base = server.url().replaceAll("/$", "");
    }

    /** A TDB2 store in the folder with the reference data and the two contract documents. */
    static KnowledgeGraph contractStore(Path folder) {
        KnowledgeGraph kg = KnowledgeGraph.open(folder);
        kg.loadReference(List.of());
        Ingestor.Summary s = new Ingestor(kg, null, 2).ingest(List.of(DOC_A, DOC_B), null, null);
        assertEquals(2, s.added(), "both contract documents stored: " + s.rejected());
        return kg;
    }

    /** Serves the store; the builder may set more (writers default to alice). */
    static ServerFixture serve(KnowledgeGraph kg, Path runDir, java.util.function.UnaryOperator<EntenteServer.Builder> more) {
        EntenteServer.Builder b = EntenteServer.create(kg).port(0).runDirectory(runDir)
                .writers(WriterCredentials.of(USER, PASSWORD));
        return new ServerFixture(kg, more.apply(b).build().start());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        try {
            try {
                return http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                // The server closes a connection after refusing a request; the client may already have taken that
                // pooled connection for the next one and sees it closed before any byte. Sending again on a new
                // connection is what HTTP clients do (and these tests only send such requests where that is harmless).
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) throw e;
                return http.send(built, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    HttpRequest.Builder asWriter(HttpRequest.Builder r) {
        return r.header("Authorization", basic(USER, PASSWORD));
    }

    /** POSTs a SPARQL query as a form, as the protocol's "query via URL-encoded POST". */
    HttpResponse<String> query(String endpoint, String sparql) {
        return send(request(endpoint).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))));
    }

    HttpResponse<String> update(String sparqlUpdate, boolean writer) {
        HttpRequest.Builder r = request("/kg/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate));
        return send(writer ? asWriter(r) : r);
    }

    static List<Binding> rows(String resultsJson) {
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(resultsJson.getBytes(StandardCharsets.UTF_8)));
        List<Binding> out = new ArrayList<>();
        rs.forEachRemaining(qs -> out.add(toBinding(qs)));
        return out;
    }

    static List<Binding> rows(ResultSetRewindable rs) {
        rs.reset();
        List<Binding> out = new ArrayList<>();
        rs.forEachRemaining(qs -> out.add(toBinding(qs)));
        rs.reset();
        return out;
    }

    private static Binding toBinding(org.apache.jena.query.QuerySolution qs) {
        var b = org.apache.jena.sparql.engine.binding.BindingFactory.builder();
        qs.varNames().forEachRemaining(v -> b.add(org.apache.jena.sparql.core.Var.alloc(v), qs.get(v).asNode()));
        return b.build();
    }

    /** Number of named graphs in the store (documents and reference). */
    long graphCount() {
        return kg.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", Map.of())
                .next().getLiteral("n").getLong();
    }

    @Override
    public void close() {
        server.stop();
        kg.close();
    }
}
