package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.entente.ingest.Ingestor;
import org.entente.query.QueryCatalogue;
import org.entente.vocab.Vocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store and the contract questions, on a real TDB2 store in a temporary folder. */
class KnowledgeGraphTest {
    static final Path DOC_A = Path.of("src/test/resources/contract/doc-a.ttl");
    static final Path DOC_B = Path.of("src/test/resources/contract/doc-b.ttl");
    static final String STATE = "https://w3id.org/entente/id/state/";

    @TempDir
    Path dir;
    KnowledgeGraph kg;
    final QueryCatalogue questions = QueryCatalogue.bundled();

    @BeforeEach
    void open() {
        kg = KnowledgeGraph.open(dir.resolve("store"));
        kg.loadReference(List.of());
        Ingestor.Summary s = new Ingestor(kg, null, 2).ingest(List.of(DOC_A, DOC_B), null, null);
        assertEquals(2, s.added(), "both hand-made documents stored: " + s.rejected());
    }

    @AfterEach
    void close() {
        kg.close();
    }

    private List<Map<String, String>> rows(String question, Map<String, Node> params) {
        ResultSetRewindable rs = kg.select(questions.get(question), params);
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            Map<String, String> m = new java.util.TreeMap<>();
            row.varNames().forEachRemaining(v -> m.put(v, text(row.get(v))));
            out.add(m);
        }
        return out;
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    private List<String> columns(String question) {
        return kg.select(questions.get(question), Map.of()).getResultVars();
    }

    @Test
    void questions_haveContractColumns() {
        assertEquals(List.of("person", "personLabel", "role", "state", "stateLabel"), columns("officials"));
        assertEquals(List.of("deployment", "sender", "senderLabel", "host", "hostLabel", "personnel", "troops", "stage", "factuality"), columns("deployments"));
        assertEquals(List.of("transfer", "supplier", "supplierLabel", "recipient", "recipientLabel", "system", "systemLabel", "stage", "factuality"), columns("arms-transfers"));
        assertEquals(List.of("treaty", "treatyLabel", "party", "partyLabel", "signed"), columns("treaties"));
        assertEquals(List.of("statement", "speaker", "speakerLabel", "kind", "target", "targetLabel"), columns("statements"));
        assertEquals(List.of("training", "trainee", "traineeLabel", "host", "hostLabel", "stage", "factuality"), columns("training"));
        assertEquals(List.of("document", "sentence", "quote", "factuality", "attributedTo"), columns("provenance"));
    }

    @Test
    void deployments_handMadeGraphs_giveBothRowsWithLabelsFromReference() {
        List<Map<String, String>> rows = rows("deployments", Map.of());
        assertEquals(2, rows.size());
        Map<String, String> kp = rows.stream().filter(r -> r.get("sender").equals(STATE + "KP")).findFirst().orElseThrow();
        assertEquals("North Korea", kp.get("senderLabel"));
        assertEquals("Russia", kp.get("hostLabel"));
        assertEquals("troops", kp.get("personnel"));
        assertEquals("3000", kp.get("troops"));
        assertTrue(kp.get("stage").endsWith("/completed"));
        assertTrue(kp.get("factuality").endsWith("/reported"));
    }

    @Test
    void deployments_filteredByState_keepOnlyThatState() {
        List<Map<String, String>> rows = rows("deployments", Map.of("state", NodeFactory.createURI(STATE + "BY")));
        assertEquals(1, rows.size());
        assertEquals(STATE + "RU", rows.get(0).get("sender"));
    }

    @Test
    void parameters_theQuestionDoesNotTake_orOfTheWrongKind_areRefusedByTheLibraryToo() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.entente.UsageException.class,
                () -> kg.select(questions.get("deployments"), Map.of("states", NodeFactory.createURI(STATE + "BY"))));
        assertTrue(e.getMessage().contains("'states'") && e.getMessage().contains("?state"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(org.entente.UsageException.class,
                () -> kg.select(questions.get("deployments"), Map.of("state", NodeFactory.createLiteralString("BY"))));
        // A query of one's own, with no header, takes the variables it uses.
        String own = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1";
        assertEquals(List.of("s"), kg.select(own, Map.of("o", NodeFactory.createURI(STATE + "BY"))).getResultVars());
        org.junit.jupiter.api.Assertions.assertThrows(org.entente.UsageException.class,
                () -> kg.select(own, Map.of("x", NodeFactory.createURI(STATE + "BY"))));
    }

    @Test
    void otherQuestions_handMadeGraph_giveExpectedRows() {
        var transfer = rows("arms-transfers", Map.of());
        assertEquals(1, transfer.size());
        assertEquals("South Korea", transfer.get(0).get("supplierLabel"));
        assertEquals("Ukraine", transfer.get(0).get("recipientLabel"));
        assertTrue(transfer.get(0).get("stage").endsWith("/considered"));

        var treaties = rows("treaties", Map.of());
        assertEquals(Set.of("Russia", "North Korea"), Set.of(treaties.get(0).get("partyLabel"), treaties.get(1).get("partyLabel")));
        assertEquals("2024-06", treaties.get(0).get("signed"));

        var statements = rows("statements", Map.of());
        assertEquals(1, statements.size());
        assertEquals("Test Kim", statements.get(0).get("speakerLabel"));
        assertTrue(statements.get(0).get("kind").endsWith("/condemnation"));
        assertEquals("the deployment of North Korean troops", statements.get(0).get("targetLabel"));

        var officials = rows("officials", Map.of());
        assertEquals(1, officials.size());
        assertEquals("vice foreign minister", officials.get(0).get("role"));
        assertEquals("South Korea", officials.get(0).get("stateLabel"));

        var training = rows("training", Map.of());
        assertEquals(1, training.size());
        assertEquals("North Korea", training.get(0).get("traineeLabel"));
        assertTrue(training.get(0).get("factuality").endsWith("/alleged"));

        var provenance = rows("provenance", Map.of("event", NodeFactory.createURI("https://w3id.org/entente/id/event/deployment-1")));
        assertEquals(1, provenance.size());
        assertTrue(provenance.get(0).get("quote").startsWith("North Korea has sent about 3,000 troops"));
        assertEquals(STATE + "KR", provenance.get(0).get("attributedTo"));
    }

    @Test
    void questions_ignoreReferenceOnlyFacts() {
        // The reference graph knows many post-holders and treaties; none is an answer.
        assertEquals(1, rows("officials", Map.of()).size());
        assertEquals(2, rows("treaties", Map.of()).size());
    }

    @Test
    void add_sameDocumentAgain_changesNothing() {
        long before = kg.stats().quads();
        Ingestor.Summary again = new Ingestor(kg, null, 1).ingest(List.of(DOC_A), null, null);
        assertEquals(1, again.unchanged());
        assertEquals(0, again.added());
        assertEquals(before, kg.stats().quads());
    }

    @Test
    void remove_oneDocument_removesOnlyItsGraph() {
        List<Node> docs = kg.documents();
        assertEquals(2, docs.size());
        Node docB = docs.stream().filter(d -> kg.copyGraph(d).size() < 20).findFirst().orElseThrow();
        assertTrue(kg.remove(docB.getURI()));
        assertEquals(1, kg.documents().size());
        assertEquals(1, rows("deployments", Map.of()).size());
        assertFalse(kg.remove(docB.getURI()), "removing again finds nothing");
        assertTrue(kg.referenceGraph().size() > 1000, "reference graph untouched");
    }

    @Test
    void select_parameterHoldingSparql_isBoundAsLiteralNeverExecuted() {
        String injection = "x\" } } ; DROP ALL ; SELECT * { ?s ?p ?o . FILTER(\"";
        Node literal = org.entente.query.Parameters.parse(List.of("event=" + injection)).get("event");
        assertTrue(literal.isLiteral());
        // A question that takes an IRI refuses it; a query that takes a string binds it as one, never as SPARQL.
        org.junit.jupiter.api.Assertions.assertThrows(org.entente.UsageException.class, () -> rows("provenance", Map.of("event", literal)));
        assertEquals(0, kg.select("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?text } }", Map.of("text", literal)).size());
        assertEquals(2, kg.documents().size(), "nothing dropped");
    }

    @Test
    void export_twice_isByteIdentical_andParsesWithRio() {
        for (ExportFormat format : ExportFormat.values()) {
            byte[] first = export(format);
            byte[] second = export(format);
            assertArrayEquals(first, second, format + " export is stable");
            RDFFormat rio = switch (format) {
                case TURTLE -> RDFFormat.TURTLE;
                case TRIG -> RDFFormat.TRIG;
                case NQUADS -> RDFFormat.NQUADS;
                case JSONLD -> RDFFormat.JSONLD;
            };
            Model parsed = parse(first, rio);
            long expected = format == ExportFormat.TURTLE ? distinctTriples() : kg.stats().quads();
            assertEquals(expected, parsed.size(), format + " parses with RDF4J to the same number of statements");
        }
    }

    private long distinctTriples() {
        Set<String> triples = new HashSet<>();
        kg.toRdf4j().forEach(st -> triples.add(st.getSubject() + " " + st.getPredicate() + " " + st.getObject()));
        return triples.size();
    }

    private byte[] export(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kg.export(out, format, null);
        return out.toByteArray();
    }

    private static Model parse(byte[] bytes, RDFFormat format) {
        try {
            return Rio.parse(new ByteArrayInputStream(bytes), "", format);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void validate_aDeploymentWithoutItsHost_isReportedOnce_againstItsOwnGraph() {
        List<Node> before = kg.documents();
        new Ingestor(kg, null, 1).ingest(List.of(Path.of("src/test/resources/shapes-broken-deployment.ttl")), null, null);
        Node added = kg.documents().stream().filter(d -> !before.contains(d)).findFirst().orElseThrow();
        String graph = added.getURI().substring(Vocab.BASE.length());
        List<Violation> all = kg.validate();
        assertEquals(List.of(new Violation(graph, "id/event/deployment-test-1",
                        "A deployment needs exactly one host state (ent:host), the state the personnel are sent to.")),
                all.stream().filter(v -> v.graph().equals(graph)).toList(), all.toString());
    }

    @Test
    void reopen_keepsDocuments() {
        kg.close();
        kg = KnowledgeGraph.open(dir.resolve("store"));
        assertEquals(2, kg.documents().size());
        assertFalse(kg.loadReference(List.of()), "reference unchanged since last load: not rewritten");
    }
}
