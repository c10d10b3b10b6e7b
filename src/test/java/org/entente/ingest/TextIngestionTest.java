package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.entente.document.DocumentReader;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.vocab.Vocab;
import org.entente.store.ExportFormat;
import org.entente.store.KnowledgeGraph;
import org.entente.store.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text ingestion end to end, on real TDB2 stores: what a user who ingests articles would check. */
class TextIngestionTest {
    static final Path SEED = Path.of("data/articles/seed-article.md");
    static final Path GOLD = Path.of("data/gold");
    static Nlp nlp;
    static ReferenceIndex index;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        nlp = new Nlp();
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            kg.loadReference(List.of());
            index = ReferenceIndex.build(kg.referenceGraph());
        }
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    private KnowledgeGraph store(String name) {
        KnowledgeGraph kg = KnowledgeGraph.open(dir.resolve(name));
        kg.loadReference(List.of());
        return kg;
    }

    @Test
    void ingest_aDocumentOverItsTimeLimit_isRejectedWithThatReason_theBatchKeepsTheOthers() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(folder.resolve("a-short.md"), "# Drills\n\nPoland sent 200 soldiers to Lithuania on 3 May 2024.\n");
        // Thousands of sentences that each carry an event: seconds of work, far past a one-second limit.
        StringBuilder slow = new StringBuilder("# A long log\n\n");
        for (int i = 0; i < 40_000; i++) slow.append("On day ").append(i).append(" Russia sent ").append(100 + i % 50).append(" troops to Belarus. ");
        Files.writeString(folder.resolve("b-slow.md"), slow);
        Files.writeString(folder.resolve("c-short.md"), "# Talks\n\nFrance delivered six Caesar howitzers to Armenia in June 2024.\n");
        try (KnowledgeGraph kg = store("budget")) {
            TextDocuments text = new TextDocuments(nlp, index).withTimeLimit(java.time.Duration.ofSeconds(1));
            long started = System.nanoTime();
            Ingestor.Summary s = new Ingestor(kg, text, 2).ingest(List.of(folder), null, null);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(2, s.added(), "the short documents are kept: " + s.rejected());
            assertEquals(1, s.rejected().size(), s.rejected().toString());
            assertTrue(s.rejected().get(0).file().endsWith("b-slow.md"), s.rejected().toString());
            assertEquals("took longer than 1 s to read (the time budget of one document)", s.rejected().get(0).reason());
            assertEquals(2, kg.documents().size());
            assertTrue(seconds < 30, "reading stops at the limit, not at the end of the document: " + seconds + " s");
        }
    }

    @Test
    void ingest_goldArticles_everyGraphConformsToTheShapes() {
        try (KnowledgeGraph kg = store("shapes")) {
            Ingestor.Summary s = new Ingestor(kg, new TextDocuments(nlp, index), 2).ingest(List.of(GOLD, SEED), null, null);
            assertTrue(s.rejected().isEmpty(), s.rejected().toString());
            assertTrue(s.added() >= 40, "documents added: " + s.added());
            List<Violation> violations = kg.validate();
            assertTrue(violations.isEmpty(), violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void ingest_seedArticle_evidencePointsIntoTheReaderText() throws Exception {
        byte[] bytes = Files.readAllBytes(SEED);
        String text = DocumentReader.standard().read(SEED, bytes, null).text();
        TextDocuments.Result r = new TextDocuments(nlp, index).read(SEED, "seed-article.md", null);
        var g = r.document().graph();
        List<Node> sentences = g.find(Node.ANY, Vocab.TYPE, Vocab.SENTENCE).mapWith(t -> t.getSubject()).toList();
        assertFalse(sentences.isEmpty());
        for (Node s : sentences) {
            int begin = Integer.parseInt(g.find(s, Vocab.BEGIN_OFFSET, Node.ANY).next().getObject().getLiteralLexicalForm());
            int end = Integer.parseInt(g.find(s, Vocab.END_OFFSET, Node.ANY).next().getObject().getLiteralLexicalForm());
            String exact = g.find(s, Vocab.EXACT, Node.ANY).next().getObject().getLiteralLexicalForm();
            assertEquals(text.substring(begin, end), exact, "sentence " + s);
        }
    }

    @Test
    void ingest_oneOrTwoThreads_exportsTheSameBytes() {
        byte[] one, two;
        try (KnowledgeGraph kg = store("one")) {
            new Ingestor(kg, new TextDocuments(nlp, index), 1).ingest(List.of(GOLD), null, null);
            one = export(kg);
        }
        try (KnowledgeGraph kg = store("two")) {
            new Ingestor(kg, new TextDocuments(nlp, index), 2).ingest(List.of(GOLD), null, null);
            two = export(kg);
        }
        assertArrayEquals(one, two);
    }

    private static byte[] export(KnowledgeGraph kg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kg.export(out, ExportFormat.NQUADS, null);
        return out.toByteArray();
    }

    @Test
    void ingest_oneSpeakerInTwoArticles_makesTwoStatements_butOneFactReportedTwiceIsOneNode() throws Exception {
        Path in = Files.createDirectories(dir.resolve("two"));
        Files.writeString(in.resolve("a.md"), "---\ndate: 2024-03-01\n---\nLloyd Austin condemned Russia. Germany has sent 300 troops to Lithuania.\n");
        Files.writeString(in.resolve("b.md"), "---\ndate: 2024-05-09\n---\nLloyd Austin condemned Iran. Germany has sent 300 troops to Lithuania.\n");
        try (KnowledgeGraph kg = store("two")) {
            new Ingestor(kg, new TextDocuments(nlp, index), 1).ingest(List.of(in), null, null);
            assertEquals(2, count(kg, "ent:Statement"), "one condemnation per article");
            assertEquals(1, count(kg, "ent:Deployment"), "the same deployment in both articles");
        }
    }

    @Test
    void read_threeArticlesInALoop_storesThreeDocuments_keyedByPathAsTheCliKeysThem() {
        List<Path> articles = List.of(Path.of("data/gold/belarus-iskander-wire.txt"), Path.of("data/gold/./f16-arrival-wire.txt"),
                Path.of("data/gold/japan-patriot-bulletin.txt"));
        TextDocuments text = new TextDocuments(nlp, index);
        try (KnowledgeGraph kg = store("loop")) {
            for (Path article : articles) assertEquals(KnowledgeGraph.AddOutcome.ADDED, kg.add(text.read(article).document()), article.toString());
            assertEquals(3, kg.documents().size(), "each article its own document, none replacing another");
            var keys = kg.select("PREFIX ent: <https://w3id.org/entente/ontology#> SELECT ?key WHERE { GRAPH ?d { ?d ent:fileName ?key } } ORDER BY ?key",
                    Map.of());
            List<String> stored = new java.util.ArrayList<>();
            keys.forEachRemaining(row -> stored.add(row.getLiteral("key").getString()));
            assertEquals(articles.stream().map(Ingestor::sourceKey).sorted().toList(), stored);
            assertEquals("data/gold/f16-arrival-wire.txt", stored.get(1));
        }
    }

    private static int count(KnowledgeGraph kg, String type) {
        var rows = kg.select("PREFIX ent: <https://w3id.org/entente/ontology#> SELECT (COUNT(DISTINCT ?e) AS ?n) "
                + "WHERE { GRAPH ?g { ?e a " + type + " } }", Map.of());
        return rows.next().getLiteral("n").getInt();
    }

    @Test
    void ingest_unrelatedTopics_giveNoEvents() throws Exception {
        List<Path> unrelated;
        try (Stream<Path> files = Files.list(GOLD)) {
            unrelated = files.filter(p -> p.toString().endsWith(".gold.json")).filter(TextIngestionTest::emptyKey)
                    .map(p -> sibling(p)).toList();
        }
        assertTrue(unrelated.size() >= 6, "unrelated-topic articles: " + unrelated);
        TextDocuments text = new TextDocuments(nlp, index);
        for (Path p : unrelated) {
            var events = text.read(p, p.toString(), null).events();
            assertTrue(events.isEmpty(), p + " gave " + events.stream().map(e -> e.kind() + " " + e.key()).toList());
        }
    }

    private static boolean emptyKey(Path key) {
        try {
            String json = Files.readString(key);
            return Stream.of("officials", "deployments", "arms_transfers", "treaties", "statements", "training")
                    .allMatch(q -> !json.contains("\"" + q + "\": [\n") && !json.contains("\"" + q + "\": [{"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Path sibling(Path key) {
        String base = key.getFileName().toString().replace(".gold.json", "");
        for (String ext : List.of(".md", ".txt", ".html", ".htm")) {
            Path p = key.resolveSibling(base + ext);
            if (Files.exists(p)) return p;
        }
        throw new AssertionError("no document for " + key);
    }

    @Test
    void ingest_badFiles_areRejectedInOneLineAndTheBatchGoesOn() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("binary.md"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
        Files.write(bad.resolve("latin1.txt"), "Caf\u00e9 de la Paix".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(bad.resolve("deep.html"), ("<html><body>" + "<div>".repeat(10_000) + "<p>Poland signed the accord.</p>"
                + "</div>".repeat(10_000) + "</body></html>").getBytes(StandardCharsets.UTF_8));
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(bad.resolve("huge.txt"), big);
        Files.copy(SEED, bad.resolve("good.md"));
        try (KnowledgeGraph kg = store("bad")) {
            Ingestor.Summary s = new Ingestor(kg, new TextDocuments(nlp, index), 2).ingest(List.of(bad), null, null);
            Map<String, String> reasons = s.rejected().stream().collect(Collectors.toMap(r -> Path.of(r.file()).getFileName().toString(), Ingestor.Rejection::reason));
            assertTrue(reasons.keySet().containsAll(List.of("empty.txt", "binary.md", "latin1.txt", "huge.txt")), reasons.toString());
            reasons.values().forEach(reason -> assertFalse(reason.contains("\n") || reason.contains("Exception"), reason));
            assertTrue(reasons.get("huge.txt").contains("limit"), reasons.get("huge.txt"));
            assertTrue(reasons.get("latin1.txt").contains("UTF-8"), reasons.get("latin1.txt"));
            int stored = kg.documents().size();
            assertEquals(reasons.containsKey("deep.html") ? 1 : 2, stored, "the good file (and the deep page, when read) stored: " + reasons);
            assertEquals(stored, s.added());
        }
    }
}
