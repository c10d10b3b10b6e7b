package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.PasswordAuthentication;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.entente.EntenteException;
import org.entente.ingest.Ingestor;
import org.entente.query.QueryCatalogue;
import org.entente.rdf.DocumentGraph;
import org.entente.store.KnowledgeGraph;
import org.entente.store.RemoteEndpoints;
import org.entente.vocab.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared store on another engine: a real Virtuoso, started here, receives the contract
 * documents through {@link KnowledgeGraph#remote} at endpoints of Virtuoso's layout that ask for
 * HTTP Digest, as a writer with a password, and must answer, export and count exactly as the
 * embedded TDB2 store with the same documents; without the password, or with a wrong one, writes
 * are refused with one line that says why. Skipped when
 * Virtuoso is not installed (Debian: {@code apt-get install -y virtuoso-opensource}). Time limits:
 * a Virtuoso that stops answering fails the build rather than hanging it (the client has no read timeout).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class VirtuosoStoreTest {
    @TempDir
    static Path dir;
    static VirtuosoFixture virtuoso;
    static KnowledgeGraph local;
    static KnowledgeGraph remote;

    @BeforeAll
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    static void start() throws Exception {
        Assumptions.assumeTrue(VirtuosoFixture.installed(), "Virtuoso is not installed (apt-get install -y virtuoso-opensource)");
        virtuoso = VirtuosoFixture.start(dir.resolve("virtuoso"));
        local = ServerFixture.contractStore(dir.resolve("embedded"));
        remote = KnowledgeGraph.remote(virtuoso.endpoints, VirtuosoFixture.writer());
        assertTrue(remote.loadReference(List.of()), "reference data written with one PUT");
        Ingestor.Summary s = new Ingestor(remote, null, 2).ingest(List.of(ServerFixture.DOC_A, ServerFixture.DOC_B), null, null);
        assertEquals(2, s.added(), s.rejected().toString());
    }

    @AfterAll
    static void stop() {
        if (remote != null) remote.close();
        if (local != null) local.close();
        if (virtuoso != null) virtuoso.close();
    }

    @Test
    void questions_answerAsEmbedded() {
        for (String name : QueryCatalogue.CONTRACT) {
            String q = QueryCatalogue.bundled().get(name);
            assertEquals(ServerFixture.rows(local.select(q, Map.of())), ServerFixture.rows(remote.select(q, Map.of())), name);
        }
        var byBelarus = Map.of("state", NodeFactory.createURI(Vocab.ID + "state/BY"));
        String deployments = QueryCatalogue.bundled().get("deployments");
        assertEquals(1, remote.select(deployments, byBelarus).size());
        assertEquals(ServerFixture.rows(local.select(deployments, byBelarus)), ServerFixture.rows(remote.select(deployments, byBelarus)));
        var event = Map.of("event", NodeFactory.createURI(Vocab.ID + "event/deployment-1"));
        String provenance = QueryCatalogue.bundled().get("provenance");
        assertFalse(local.select(provenance, event).size() == 0, "the event has provenance");
        assertEquals(ServerFixture.rows(local.select(provenance, event)), ServerFixture.rows(remote.select(provenance, event)));
    }

    @Test
    void exportStatsDocumentsValidate_sameAsEmbedded() {
        RemoteStoreTest.assertSameStore(local, remote);
        assertFalse(remote.loadReference(List.of()), "reference unchanged: not written again");
        String deployments = "CONSTRUCT { ?s a <" + Vocab.ENT + "Deployment> } WHERE { GRAPH ?g { ?s a <" + Vocab.ENT + "Deployment> } }";
        Graph constructed = remote.construct(deployments, Map.of());
        assertEquals(2, constructed.size());
        assertTrue(local.construct(deployments, Map.of()).isIsomorphicWith(constructed));
    }

    @Test
    void addSameAgain_unchanged_newVersion_replaces_remove_removes() {
        DocumentGraph v1 = RemoteStoreTest.document("virtuoso-one.md", "<https://example.org/a> <https://example.org/p> 1 .");
        DocumentGraph v2 = RemoteStoreTest.document("virtuoso-one.md", "<https://example.org/a> <https://example.org/p> 2 .");
        try {
            assertEquals(KnowledgeGraph.AddOutcome.ADDED, remote.add(v1));
            assertEquals(KnowledgeGraph.AddOutcome.UNCHANGED, remote.add(v1));
            assertEquals(KnowledgeGraph.AddOutcome.REPLACED, remote.add(v2));
            assertTrue(remote.documents().contains(v2.name()) && !remote.documents().contains(v1.name()));
            assertTrue(remote.remove(v2.name().getURI()));
            assertFalse(remote.remove(v2.name().getURI()));
        } finally {
            remote.remove(v1.name().getURI());
            remote.remove(v2.name().getURI());
        }
        assertEquals(local.documents(), remote.documents());
    }

    /**
     * The endpoints at another URL of the same server: Jena keeps credentials per endpoint URL for the JVM, so
     * the writer's store, open at 127.0.0.1 for every test, lends them to no store at localhost.
     */
    private static RemoteEndpoints atLocalhost(RemoteEndpoints endpoints) {
        Function<URI, URI> move = u -> URI.create(u.toString().replace("//127.0.0.1:", "//localhost:"));
        return new RemoteEndpoints(move.apply(endpoints.query()), move.apply(endpoints.update()), move.apply(endpoints.graphStore()));
    }

    @Test
    void withoutCredentials_writeToDigestEndpoints_refusedWith401InOneLine() {
        RemoteEndpoints auth = atLocalhost(virtuoso.endpoints);
        // Reads at the open /sparql, writes where Virtuoso asks for a user.
        try (KnowledgeGraph anonymous = KnowledgeGraph.remote(auth.query(URI.create(auth.query().toString().replace("/sparql-auth", "/sparql"))), null)) {
            DocumentGraph doc = RemoteStoreTest.document("anonymous.md", "<https://example.org/a> <https://example.org/p> 1 .");
            EntenteException e = assertThrows(EntenteException.class, () -> anonymous.add(doc));
            assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("--user"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(remote.documents().contains(doc.name()), "nothing written");
        }
    }

    @Test
    void withoutCredentials_writeToOpenEndpoints_refusedInOneLine() {
        try (KnowledgeGraph anonymous = KnowledgeGraph.remote(atLocalhost(virtuoso.anonymousEndpoints), null)) {
            DocumentGraph doc = RemoteStoreTest.document("anonymous-open.md", "<https://example.org/a> <https://example.org/p> 1 .");
            EntenteException e = assertThrows(EntenteException.class, () -> anonymous.add(doc));
            assertTrue(e.getMessage().contains("HTTP 403") && e.getMessage().contains("/sparql-graph-crud-auth"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(remote.documents().contains(doc.name()), "nothing written");
            // Virtuoso refuses the update with a 500 whose first line says why.
            EntenteException drop = assertThrows(EntenteException.class, () -> anonymous.remove(local.documents().get(0).getURI()));
            assertTrue(drop.getMessage().contains("No permission") && drop.getMessage().contains("--user"), drop.getMessage());
        }
        assertEquals(local.documents(), remote.documents());
    }

    @Test
    void wrongPassword_refusedWhenOpened() {
        RemoteEndpoints auth = atLocalhost(virtuoso.endpoints);
        EntenteException e = assertThrows(EntenteException.class, () -> KnowledgeGraph.remote(auth,
                new PasswordAuthentication(VirtuosoFixture.USER, "wrong".toCharArray())));
        assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("did not accept user 'writer'"), e.getMessage());
    }

    @Test
    void commandLine_ingestQueryExportStats_withVirtuosoEndpoints() throws Exception {
        String[] store = {"--store", virtuoso.base, "--query-url", virtuoso.base + "/sparql-auth",
                "--update-url", virtuoso.base + "/sparql-auth", "--gsp-url", virtuoso.base + "/sparql-graph-crud-auth",
                "--user", VirtuosoFixture.USER, "--password", VirtuosoFixture.PASSWORD};
        RemoteStoreTest.Run ingest = RemoteStoreTest.run(concat(new String[] {"ingest"}, store,
                new String[] {ServerFixture.DOC_A.toString(), ServerFixture.DOC_B.toString()}));
        assertEquals(0, ingest.status(), ingest.err());
        RemoteStoreTest.Run query = RemoteStoreTest.run(concat(new String[] {"query", "deployments", "--format", "json"}, store));
        assertEquals(0, query.status(), query.err());
        assertEquals(ServerFixture.rows(local.select(QueryCatalogue.bundled().get("deployments"), Map.of())), ServerFixture.rows(query.out()));
        Path nq = dir.resolve("virtuoso.nq");
        RemoteStoreTest.Run export = RemoteStoreTest.run(concat(new String[] {"export", "--format", "nquads", "--out", nq.toString()}, store));
        assertEquals(0, export.status(), export.err());
        assertArrayEquals(RemoteStoreTest.export(local, null), Files.readAllBytes(nq));
        RemoteStoreTest.Run stats = RemoteStoreTest.run(concat(new String[] {"stats"}, store));
        assertEquals(0, stats.status(), stats.err());
        assertTrue(stats.out().contains("documents        2"), stats.out());
    }

    @Test
    void commandLine_ingestWithoutUser_rejectedWithReason() throws Exception {
        Path article = Files.writeString(dir.resolve("anonymous-cli.md"), "Nobody signed this article about a parade.\n");
        String at = atLocalhost(virtuoso.endpoints).query().toString().replace("/sparql-auth", "");
        RemoteStoreTest.Run ingest = RemoteStoreTest.run("ingest", "--store", at, "--query-url", at + "/sparql",
                "--update-url", at + "/sparql-auth", "--gsp-url", at + "/sparql-graph-crud-auth", article.toString());
        assertEquals(1, ingest.status(), ingest.err());
        assertTrue(ingest.err().contains("HTTP 401") && ingest.err().contains("--user"), ingest.err());
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
