package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.entente.ingest.Ingestor;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.store.KnowledgeGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories told over several documents (src/test/resources/stories, written for this test), read by the real
 * pipeline into a real TDB2 store: an arms deal reported as considered, then approved, then delivered; a
 * deployment confirmed by the host, denied by the sender, and counted differently by a third source. The four
 * many-source questions must answer them exactly, and replacing or removing one document must change only what
 * that document said.
 */
class ManySourcesTest {
    static final String ID = "https://w3id.org/entente/id/";
    static final Node NORWAY = state("NO"), ESTONIA = state("EE"), IRAN = state("IR"), VENEZUELA = state("VE"),
            POLAND = state("PL"), BELARUS = state("BY");

    @TempDir
    Path dir;
    static Nlp nlp;
    static TextDocuments text;
    KnowledgeGraph kg;
    Path stories;

    @BeforeAll
    static void models() {
        nlp = new Nlp();
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            kg.loadReference(List.of());
            text = new TextDocuments(nlp, ReferenceIndex.build(kg.referenceGraph()));
        }
    }

    @AfterAll
    static void release() {
        nlp.close();
    }

    @BeforeEach
    void ingestStories() throws IOException {
        stories = dir.resolve("stories");
        for (String story : List.of("deal", "deployment")) {
            Path to = Files.createDirectories(stories.resolve(story));
            try (var files = Files.list(Path.of("src/test/resources/stories", story))) {
                for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        kg = KnowledgeGraph.open(dir.resolve("store"));
        kg.loadReference(List.of());
        ingest(stories);
    }

    @org.junit.jupiter.api.AfterEach
    void closeStore() {
        kg.close();
    }

    @Test
    void aDealsLife_isOneEvent_whoseClaimsShowConsideredThenPlannedThenCompleted() {
        assertEquals(List.of(
                        "2025-01-14 arms-transfer stage/considered factuality/reported",
                        "2025-03-04 arms-transfer stage/planned factuality/confirmed",
                        "2025-10-20 arms-transfer stage/completed factuality/confirmed",
                        "2025-10-21 statement stage/completed factuality/confirmed"),
                rows("timeline", Map.of("state", ESTONIA), "date", "kind", "stage", "factuality"),
                "the deal's three claims, and the Estonian ministry's confirmation");
        // The contract question shows the event once, as its latest report has it.
        assertEquals(List.of("Norway Estonia NASAMS stage/completed factuality/confirmed"),
                rows("arms-transfers", Map.of("state", ESTONIA), "supplierLabel", "recipientLabel", "systemLabel", "stage", "factuality"));
        assertEquals(List.of(), rows("disagreements", Map.of("state", ESTONIA), "aspect", "value"),
                "a stage that moves on is history, not disagreement");
    }

    @Test
    void relations_sumEventsAndDocuments_perStatePair_withinADateRange() {
        assertEquals(List.of(
                        "Iran sends-forces-to Venezuela 1 3 2025-05-02 2025-05-09",
                        "Norway supplies-arms-to Estonia 1 3 2025-01-14 2025-10-20"),
                rows("relations", Map.of(), "sourceLabel", "relation", "targetLabel", "events", "documents", "first", "last"));
        assertEquals(List.of("Norway supplies-arms-to Estonia 1 3"),
                rows("relations", Map.of("state", NORWAY), "sourceLabel", "relation", "targetLabel", "events", "documents"));
        assertEquals(List.of("Norway supplies-arms-to Estonia 1 1 2025-10-20 2025-10-20"),
                rows("relations", Map.of("from", literal("2025-06"), "to", literal("2025")),
                        "sourceLabel", "relation", "targetLabel", "events", "documents", "first", "last"));
    }

    @Test
    void relations_ofEveryKind_areReadFromTheClaims_andLeaveWithTheirDocument() throws IOException {
        Path accord = Files.createDirectories(stories.resolve("accord"));
        try (var files = Files.list(Path.of("src/test/resources/stories/accord"))) {
            for (Path f : files.toList()) Files.copy(f, accord.resolve(f.getFileName()));
        }
        ingest(accord);
        // Three parties give three pairs; a minister condemns for his state, and a condemned deployment is its sender's.
        assertEquals(List.of(
                        "Belarus condemned Poland 2 2 2025-06-12 2025-06-20",
                        "Latvia signed-with Poland 1 1 2025-06-12 2025-06-12",
                        "Lithuania signed-with Poland 1 1 2025-06-12 2025-06-12",
                        "Poland sends-forces-to Lithuania 1 2 2025-06-12 2025-06-20",
                        "Poland trains Latvia 1 1 2025-06-12 2025-06-12"),
                rows("relations", Map.of("state", POLAND), "sourceLabel", "relation", "targetLabel", "events", "documents", "first", "last"));
        assertEquals(List.of("2025-06-12 statement", "2025-06-12 statement", "2025-06-20 statement"),
                rows("timeline", Map.of("state", BELARUS), "date", "kind"), "the state itself speaking, and its minister");
        Node reaction = kg.select("SELECT ?d { GRAPH ?d { ?d <https://w3id.org/entente/ontology#title> ?t FILTER STRSTARTS(?t, 'Minsk') } }",
                Map.of()).next().get("d").asNode();
        assertTrue(kg.remove(reaction.getURI()));
        assertEquals(List.of("Belarus condemned Poland 1 1 2025-06-12 2025-06-12"),
                rows("relations", Map.of("state", BELARUS), "sourceLabel", "relation", "targetLabel", "events", "documents", "first", "last"));
        assertEquals(List.of("2025-06-12", "2025-06-12"), rows("timeline", Map.of("state", BELARUS), "date"));
    }

    @Test
    void aDeploymentConfirmedDeniedAndCountedTwice_isFlagged_withWhoSaysWhat() {
        assertEquals(List.of(
                        "factuality factuality/confirmed 2025-05-02 -",
                        "factuality factuality/denied 2025-05-06 Iran",
                        "factuality factuality/reported 2025-05-09 Colombia",
                        "troops 1500 2025-05-02 -",
                        "troops 4000 2025-05-09 Colombia"),
                rows("disagreements", Map.of("state", VENEZUELA), "aspect", "value", "published", "attributedToLabel"));
        assertEquals(List.of("Iran Venezuela troops 4000 stage/completed factuality/reported"),
                rows("deployments", Map.of("state", IRAN), "senderLabel", "hostLabel", "personnel", "troops", "stage", "factuality"),
                "the latest report speaks for the event");
        Node deployment = only("deployments", Map.of("state", IRAN), "deployment");
        assertEquals(List.of(
                        "Advisers arrive in Caracas factuality/confirmed 1500",
                        "Tehran rejects reports of troops abroad factuality/denied -",
                        "Satellite images show a larger force factuality/reported 4000"),
                rows("sources", Map.of("event", deployment), "title", "factuality", "troops").stream().distinct().toList());
    }

    @Test
    void replacingOneDocument_replacesOnlyItsClaims_andAStageGoingBackIsFlagged() throws IOException {
        Files.writeString(stories.resolve("deal/3-delivered.md"), """
                ---
                title: Estonian deal stalls
                date: 2025-10-21
                ---
                Norway is still considering supplying NASAMS air defence systems to Estonia, officials in Tallinn said.
                """);
        ingest(stories.resolve("deal/3-delivered.md"));
        Node deal = only("arms-transfers", Map.of("state", ESTONIA), "transfer");
        assertEquals(List.of("stage/considered", "stage/planned", "stage/considered"),
                rows("timeline", Map.of("event", deal), "stage"));
        assertEquals(List.of("stage stage/planned 2025-03-04", "stage stage/considered 2025-10-21"),
                rows("disagreements", Map.of("state", ESTONIA), "aspect", "value", "published"));
        assertEquals(List.of("stage/considered"), rows("arms-transfers", Map.of("state", ESTONIA), "stage"));
    }

    @Test
    void removingOneDocument_removesItsClaims_andLeavesTheOthers() {
        Node denial = kg.select("SELECT ?d { GRAPH ?d { ?d <https://w3id.org/entente/ontology#title> ?t FILTER STRSTARTS(?t, 'Tehran') } }",
                Map.of()).next().get("d").asNode();
        assertTrue(kg.remove(denial.getURI()));
        assertEquals(List.of("troops 1500", "troops 4000"), rows("disagreements", Map.of("state", IRAN), "aspect", "value"),
                "confirmed against reported is no disagreement; the numbers still differ");
        assertEquals(List.of("Iran sends-forces-to Venezuela 1 2"),
                rows("relations", Map.of("state", IRAN), "sourceLabel", "relation", "targetLabel", "events", "documents"));
    }

    private void ingest(Path path) {
        Ingestor.Summary s = new Ingestor(kg, text, 1).ingest(List.of(path), null, null);
        assertTrue(s.rejected().isEmpty(), s.rejected().toString());
    }

    /** The question's rows, each the given columns' values joined by spaces, "-" for unbound. */
    private List<String> rows(String question, Map<String, Node> parameters, String... columns) {
        ResultSetRewindable rows = kg.select(QueryCatalogue.bundled().get(question), parameters);
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(row -> out.add(java.util.Arrays.stream(columns).map(c -> shortly(row.get(c))).collect(Collectors.joining(" "))));
        return out;
    }

    private Node only(String question, Map<String, Node> parameters, String column) {
        ResultSetRewindable rows = kg.select(QueryCatalogue.bundled().get(question), parameters);
        assertEquals(1, rows.size());
        return rows.next().get(column).asNode();
    }

    private static String shortly(RDFNode n) {
        if (n == null) return "-";
        return n.isURIResource() ? n.asResource().getURI().replace(ID, "") : n.asLiteral().getLexicalForm();
    }

    private static Node state(String code) {
        return NodeFactory.createURI(ID + "state/" + code);
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
