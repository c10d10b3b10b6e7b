package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.entente.bench.ServeLoad;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.query.QueryCatalogue;
import org.entente.rdf.DocumentGraph;
import org.entente.vocab.Iris;
import org.entente.vocab.Vocab;
import org.entente.store.KnowledgeGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions under load while documents arrive: 4 client threads send the contract questions for
 * about 5 s ({@code -Dentente.load.seconds=N} to change) while one writer ingests documents
 * over HTTP, alternating {@code POST /kg/ingest} (text) and a Graph Store PUT through
 * {@link KnowledgeGraph#remote}. No response may be an error and no document may be lost.
 */
class LoadTest {
    @TempDir
    Path dir;

    @Test
    void questionsWhileIngesting_noErrors_noLostDocument() throws Exception {
        KnowledgeGraph kg = ServerFixture.contractStore(dir.resolve("store"));
        TextDocuments text = new TextDocuments(new Nlp(), ReferenceIndex.build(kg.referenceGraph()));
        double seconds = Double.parseDouble(System.getProperty("entente.load.seconds", "5"));
        List<String> questions = new ArrayList<>();
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        QueryCatalogue.CONTRACT.forEach(name -> questions.add(catalogue.get(name)));

        try (ServerFixture f = ServerFixture.serve(kg, dir.resolve("run"), b -> b.text(text));
             KnowledgeGraph remote = KnowledgeGraph.remote(URI.create(f.base + "/kg"),
                     new PasswordAuthentication(ServerFixture.USER, ServerFixture.PASSWORD.toCharArray()))) {
            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Set<String> stored = Collections.synchronizedSet(new TreeSet<>());
            CountDownLatch done = new CountDownLatch(5);
            int before = kg.documents().size();

            for (int t = 0; t < 4; t++) {
                int offset = t;
                new Thread(() -> {
                    try {
                        for (int i = offset; running.get(); i++) {
                            long start = System.nanoTime();
                            HttpResponse<String> r = f.query("/kg/sparql", questions.get(i % questions.size()));
                            latencies.add(System.nanoTime() - start);
                            if (r.statusCode() != 200) errors.add("query " + r.statusCode() + ": " + r.body());
                        }
                    } catch (RuntimeException e) {
                        errors.add("query: " + e);
                    } finally {
                        done.countDown();
                    }
                }, "load-reader-" + t).start();
            }
            new Thread(() -> {
                try {
                    for (int i = 0; running.get(); i++) {
                        if (i % 2 == 0) {
                            String body = "Report " + i + ": North Korea has sent about " + (1000 + i) + " troops to Russia, officials said.\n";
                            HttpResponse<String> r = f.send(f.asWriter(f.request("/kg/ingest?name=load/" + i + ".txt&date=2024-10-25")
                                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))));
                            if (r.statusCode() != 200) errors.add("ingest " + r.statusCode() + ": " + r.body());
                            else stored.add(JSON.parse(r.body()).get("document").getAsString().value());
                        } else {
                            DocumentGraph d = document(i);
                            remote.add(d);
                            stored.add(d.name().getURI());
                        }
                    }
                } catch (RuntimeException e) {
                    errors.add("ingest: " + e);
                } finally {
                    done.countDown();
                }
            }, "load-writer").start();

            Thread.sleep((long) (seconds * 1000));
            running.set(false);
            done.await();

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            Set<String> present = new TreeSet<>();
            kg.documents().forEach(n -> present.add(n.getURI()));
            System.err.printf("load test: %.0f s, 4 readers: %d questions (%.0f/s), p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                            + " 1 writer: %d documents; %d errors%n",
                    seconds, sorted.size(), sorted.size() / seconds, ServeLoad.percentile(sorted, 0.50), ServeLoad.percentile(sorted, 0.99),
                    ServeLoad.percentile(sorted, 1.0), stored.size(), errors.size());
            assertTrue(errors.isEmpty(), "no error responses: " + errors.stream().limit(5).toList());
            assertTrue(sorted.size() > 20, "questions were answered: " + sorted.size());
            assertTrue(stored.size() >= 2, "documents were ingested: " + stored.size());
            assertTrue(present.containsAll(stored), "no lost document");
            assertEquals(before + stored.size(), present.size());
        }
    }

    /** A copy of the first contract document under its own name and source. */
    private static DocumentGraph document(int i) {
        Graph g = RDFParser.source(ServerFixture.DOC_A).toGraph();
        var name = Iris.document(Iris.sha256("load document " + i));
        g.add(name, Vocab.TYPE, Vocab.DOCUMENT);
        g.add(name, Vocab.FILE_NAME, NodeFactory.createLiteralString("load/gsp-" + i));
        return new DocumentGraph(name, g, "load/gsp-" + i);
    }
}
