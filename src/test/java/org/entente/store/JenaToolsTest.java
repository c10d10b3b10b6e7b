package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.ingest.Ingestor;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.query.QueryCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jena user opens an Entente store with the shipped assembler file ({@code data/jena/entente-tdb2.ttl})
 * and gets the answers Entente gives: through Jena's Assembler API (what {@code tdb2.tdbquery --desc}
 * uses) and through Fuseki started with it as {@code --config}.
 */
class JenaToolsTest {
    static final Path ASSEMBLER = Path.of("data/jena/entente-tdb2.ttl");
    static final String TDB2_DATASET = "http://jena.apache.org/2016/tdb#DatasetTDB2";
    static final String PLACEHOLDER = "\"/path/to/entente/store\"";
    static final List<String> QUESTIONS = List.of("deployments", "treaties", "statements");

    @TempDir
    static Path dir;
    static Path store;
    static Map<String, List<Map<String, String>>> entente = new TreeMap<>();

    @BeforeAll
    static void ingestTheSeedArticle() {
        store = dir.resolve("store");
        try (Nlp nlp = new Nlp(); KnowledgeGraph kg = KnowledgeGraph.open(store)) {
            kg.loadReference(List.of());
            TextDocuments text = new TextDocuments(nlp, ReferenceIndex.build(kg.referenceGraph()));
            Ingestor.Summary s = new Ingestor(kg, text, 2).ingest(List.of(Path.of("data/articles")), null, null);
            assertEquals(1, s.added(), s.rejected().toString());
            for (String q : QUESTIONS) {
                List<Map<String, String>> rows = new ArrayList<>();
                kg.select(QueryCatalogue.bundled().get(q), Map.of()).forEachRemaining(r -> rows.add(row(r)));
                assertTrue(!rows.isEmpty(), q + " answers on the seed article");
                entente.put(q, rows);
            }
        }
    }

    /** The assembler file with the placeholder replaced by the test's store, as its comment tells a user to. */
    private static Model assembler() throws Exception {
        String text = Files.readString(ASSEMBLER);
        assertTrue(text.contains(PLACEHOLDER), "the placeholder location the comments explain");
        String ours = text.replace(PLACEHOLDER, "\"" + store.toAbsolutePath() + "\"");
        return RDFParser.fromString(ours, Lang.TURTLE).base(ASSEMBLER.toUri().toString()).toModel();
    }

    @Test
    void assemblerApi_answersTheContractQuestions_asEntenteDoes() throws Exception {
        Model description = assembler();
        Resource root = description.listSubjectsWithProperty(RDF.type, description.createResource(TDB2_DATASET)).next();
        Dataset ds = DatasetFactory.assemble(root);
        try {
            for (String q : QUESTIONS) {
                List<Map<String, String>> rows = Txn.calculateRead(ds, () -> {
                    try (QueryExecution exec = QueryExecution.dataset(ds).query(QueryCatalogue.bundled().get(q)).build()) {
                        return rows(exec.execSelect());
                    }
                });
                assertEquals(entente.get(q), rows, q);
            }
        } finally {
            ds.close();
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void fusekiWithTheConfigFile_answersTheContractQuestions_asEntenteDoes() throws Exception {
        Path config = Files.createTempFile(dir, "fuseki", ".ttl");
        assembler().write(Files.newOutputStream(config), "TTL");
        FusekiServer server = FusekiServer.create().loopback(true).port(0).parseConfigFile(config.toString()).build().start();
        try {
            for (String q : QUESTIONS) {
                try (QueryExecution exec = QueryExecutionHTTP.service("http://127.0.0.1:" + server.getHttpPort() + "/kg/sparql")
                        .query(QueryCatalogue.bundled().get(q)).build()) {
                    assertEquals(entente.get(q), rows(exec.execSelect()), q);
                }
            }
        } finally {
            server.stop();
            TDBInternal.expel(DatabaseMgr.connectDatasetGraph(store.toString()));
        }
    }

    private static List<Map<String, String>> rows(ResultSet rs) {
        List<Map<String, String>> out = new ArrayList<>();
        rs.forEachRemaining(r -> out.add(row(r)));
        return out;
    }

    private static Map<String, String> row(QuerySolution r) {
        Map<String, String> m = new TreeMap<>();
        r.varNames().forEachRemaining(v -> m.put(v, r.get(v).toString()));
        return m;
    }
}
