package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.entente.ingest.Ingestor;
import org.entente.query.QueryCatalogue;
import org.entente.rdf.DocumentGraph;
import org.entente.store.KnowledgeGraph;
import org.entente.vocab.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared store on another engine: a real Virtuoso, started here, receives the contract
 * documents through {@link KnowledgeGraph#remote} at endpoints of Virtuoso's layout, and must answer,
 * export and count exactly as the embedded TDB2 store with the same documents. Skipped when
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
        remote = KnowledgeGraph.remote(virtuoso.endpoints, null);
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

    @Test
    void commandLine_ingestQueryExportStats_withVirtuosoEndpoints() throws Exception {
        String[] store = {"--store", virtuoso.base, "--query-url", virtuoso.base + "/sparql",
                "--update-url", virtuoso.base + "/sparql", "--gsp-url", virtuoso.base + "/sparql-graph-crud"};
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

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
