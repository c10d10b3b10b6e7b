package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.entente.EntenteException;
import org.entente.cli.Main;
import org.entente.ingest.Ingestor;
import org.entente.query.QueryCatalogue;
import org.entente.rdf.DocumentGraph;
import org.entente.vocab.Iris;
import org.entente.vocab.Vocab;
import org.entente.store.ExportFormat;
import org.entente.store.KnowledgeGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers: one serves the embedded store with the contract documents; the other starts
 * empty and receives the same documents through {@link KnowledgeGraph#remote}. Both must answer
 * alike, and the remote store must behave like the embedded one.
 */
class RemoteStoreTest {
    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    static ServerFixture embedded;
    ServerFixture target;
    KnowledgeGraph remote;

    @BeforeAll
    static void startEmbedded() {
        embedded = ServerFixture.serve(ServerFixture.contractStore(shared.resolve("embedded")), shared.resolve("run1"), b -> b);
    }

    @AfterAll
    static void stopEmbedded() {
        embedded.close();
    }

    @BeforeEach
    void startTarget() {
        target = ServerFixture.serve(KnowledgeGraph.open(dir.resolve("target")), dir.resolve("run2"), b -> b);
        remote = KnowledgeGraph.remote(URI.create(target.base + "/kg"),
                new PasswordAuthentication(ServerFixture.USER, ServerFixture.PASSWORD.toCharArray()));
    }

    @AfterEach
    void stopTarget() {
        remote.close();
        target.close();
    }

    private void ingestIntoRemote() {
        assertTrue(remote.loadReference(List.of()), "reference data written with one PUT");
        Ingestor.Summary s = new Ingestor(remote, null, 2).ingest(List.of(ServerFixture.DOC_A, ServerFixture.DOC_B), null, null);
        assertEquals(2, s.added(), s.rejected().toString());
    }

    @Test
    void ingestThroughRemote_questionsAnswerAsEmbedded() {
        ingestIntoRemote();
        KnowledgeGraph local = embedded.kg;
        for (String name : QueryCatalogue.CONTRACT) {
            String q = QueryCatalogue.bundled().get(name);
            assertEquals(ServerFixture.rows(local.select(q, Map.of())), ServerFixture.rows(remote.select(q, Map.of())), name);
            // And over HTTP, the two servers agree.
            assertEquals(ServerFixture.rows(embedded.query("/kg/sparql", q).body()), ServerFixture.rows(target.query("/kg/sparql", q).body()), name);
        }
        var byBelarus = Map.of("state", NodeFactory.createURI(Vocab.ID + "state/BY"));
        String deployments = QueryCatalogue.bundled().get("deployments");
        assertEquals(1, remote.select(deployments, byBelarus).size());
        assertEquals(ServerFixture.rows(local.select(deployments, byBelarus)), ServerFixture.rows(remote.select(deployments, byBelarus)));
        var event = Map.of("event", NodeFactory.createURI(Vocab.ID + "event/deployment-1"));
        String provenance = QueryCatalogue.bundled().get("provenance");
        assertEquals(ServerFixture.rows(local.select(provenance, event)), ServerFixture.rows(remote.select(provenance, event)));
    }

    @Test
    void remote_exportStatsDocumentsValidate_sameAsEmbedded() {
        ingestIntoRemote();
        KnowledgeGraph local = embedded.kg;
        assertSameStore(local, remote);
        assertTrue(local.ask("ASK { ?s ?p ?o }", Map.of()) && remote.ask("ASK { ?s ?p ?o }", Map.of()));
        // A triple template: a GRAPH template builds quads, and the graph construct() returns would be empty on both sides.
        String deployments = "CONSTRUCT { ?s a <" + Vocab.ENT + "Deployment> } WHERE { GRAPH ?g { ?s a <" + Vocab.ENT + "Deployment> } }";
        Graph constructed = remote.construct(deployments, Map.of());
        assertEquals(2, constructed.size());
        assertTrue(local.construct(deployments, Map.of()).isIsomorphicWith(constructed));
    }

    /** What a user compares between two stores: documents, stats, validation, the whole and one graph's export, the reference. */
    static void assertSameStore(KnowledgeGraph local, KnowledgeGraph remote) {
        assertEquals(local.documents(), remote.documents());
        assertEquals(local.stats(), remote.stats());
        assertEquals(local.validate(), remote.validate());
        assertArrayEquals(export(local, null), export(remote, null), "byte-identical N-Quads export");
        var doc = local.documents().get(0);
        assertArrayEquals(export(local, doc), export(remote, doc), "one graph");
        assertEquals(local.referenceGraph().size(), remote.referenceGraph().size());
    }

    static byte[] export(KnowledgeGraph kg, org.apache.jena.graph.Node graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kg.export(out, ExportFormat.NQUADS, graph);
        return out.toByteArray();
    }

    @Test
    void remote_addSameAgain_unchanged_newVersion_replaces_remove_removes() {
        remote.loadReference(List.of());
        assertFalse(remote.loadReference(List.of()), "reference unchanged: not written again");
        DocumentGraph v1 = document("one.md", "<https://example.org/a> <https://example.org/p> 1 .");
        DocumentGraph v2 = document("one.md", "<https://example.org/a> <https://example.org/p> 2 .");
        assertEquals(KnowledgeGraph.AddOutcome.ADDED, remote.add(v1));
        assertEquals(KnowledgeGraph.AddOutcome.UNCHANGED, remote.add(v1));
        assertEquals(KnowledgeGraph.AddOutcome.REPLACED, remote.add(v2));
        assertEquals(List.of(v2.name()), remote.documents());
        assertTrue(remote.remove(v2.name().getURI()));
        assertFalse(remote.remove(v2.name().getURI()));
        assertTrue(remote.documents().isEmpty());
    }

    @Test
    void remote_interruptedReplacement_completedByAddingAgain() {
        remote.loadReference(List.of());
        DocumentGraph v1 = document("two.md", "<https://example.org/a> <https://example.org/p> 1 .");
        DocumentGraph v2 = document("two.md", "<https://example.org/a> <https://example.org/p> 2 .");
        remote.add(v1);
        // As if the PUT of v2 succeeded and the DROP of v1 never came.
        target.kg.add(new DocumentGraph(v2.name(), v2.graph(), "elsewhere"));
        assertEquals(2, remote.documents().size());
        assertEquals(KnowledgeGraph.AddOutcome.REPLACED, remote.add(v2));
        assertEquals(List.of(v2.name()), remote.documents());
    }

    /** A small document graph of the given triples, keyed by its source, as ingestion would make it. */
    static DocumentGraph document(String source, String ntriples) {
        Graph g = RDFParser.fromString(ntriples, org.apache.jena.riot.Lang.TURTLE).toGraph();
        var name = Iris.document(Iris.sha256(ntriples));
        g.add(name, Vocab.TYPE, Vocab.DOCUMENT);
        g.add(name, Vocab.FILE_NAME, NodeFactory.createLiteralString(source));
        return new DocumentGraph(name, g, source);
    }

    @Test
    void remote_withoutCredentials_writeRefusedWithOneLineReason() {
        // Jena keeps credentials per endpoint URL for the whole JVM: while the writer's store is open they answer the
        // server's challenge for any store at these endpoints. Closed, it takes them away, and this one is anonymous.
        remote.close();
        KnowledgeGraph anonymous = KnowledgeGraph.remote(URI.create(target.base + "/kg"), null);
        EntenteException e = assertThrows(EntenteException.class, () -> anonymous.loadReference(List.of()));
        assertTrue(e.getMessage().contains("401") && e.getMessage().contains("--user"), e.getMessage());
        assertTrue(target.kg.documents().isEmpty());
    }

    @Test
    void remote_unreachableOrNotHttp_failsFast() {
        assertThrows(EntenteException.class, () -> KnowledgeGraph.remote(URI.create("ftp://127.0.0.1/kg"), null));
        EntenteException e = assertThrows(EntenteException.class, () -> KnowledgeGraph.remote(URI.create("http://127.0.0.1:1/kg"), null));
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    }

    @Test
    void commandLine_ingestAndQuery_againstRemoteStore() throws Exception {
        String url = target.base + "/kg";
        Run ingest = run("ingest", "--store", url, "--user", ServerFixture.USER, "--password", ServerFixture.PASSWORD,
                ServerFixture.DOC_A.toString(), ServerFixture.DOC_B.toString());
        assertEquals(0, ingest.status(), ingest.err());
        Run viaRemote = run("query", "deployments", "--store", url, "--format", "json");
        assertEquals(0, viaRemote.status(), viaRemote.err());
        String embeddedJson = embedded.query("/kg/sparql", QueryCatalogue.bundled().get("deployments")).body();
        assertEquals(ServerFixture.rows(embeddedJson), ServerFixture.rows(viaRemote.out()));
        Run export = run("export", "--store", url, "--format", "nquads", "--out", dir.resolve("remote.nq").toString());
        assertEquals(0, export.status(), export.err());
        assertArrayEquals(export(embedded.kg, null), Files.readAllBytes(dir.resolve("remote.nq")));
        Run stats = run("stats", "--store", url);
        assertEquals(0, stats.status(), stats.err());
        assertTrue(stats.out().contains("documents        2"), stats.out());
    }

    @Test
    void commandLine_endpointOptions_replaceTheDatasetLayout() {
        String kg = target.base + "/kg";
        // The store URL leads nowhere: only the three endpoints given make this work.
        String[] store = {"--store", target.base + "/elsewhere", "--query-url", kg + "/query", "--update-url", kg + "/update",
                "--gsp-url", kg + "/data", "--user", ServerFixture.USER, "--password", ServerFixture.PASSWORD};
        Run ingest = run(java.util.stream.Stream.concat(java.util.stream.Stream.of("ingest", ServerFixture.DOC_A.toString()),
                java.util.Arrays.stream(store)).toArray(String[]::new));
        assertEquals(0, ingest.status(), ingest.err());
        assertEquals(1, target.kg.documents().size());
        Run local = run("stats", "--store", dir.resolve("local").toString(), "--query-url", kg + "/query");
        assertEquals(1, local.status(), local.err());
        assertTrue(local.err().contains("--query-url") && local.err().contains("--store"), local.err());
    }

    record Run(int status, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
