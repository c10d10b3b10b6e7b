package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.entente.ingest.Ingestor;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.query.QueryCatalogue;
import org.entente.store.KnowledgeGraph;

/**
 * The explorer tests' story, four articles written for these tests (src/test/resources/explore-story), read
 * through the real pipeline into a real TDB2 store. Norway considers (March), approves (May) and delivers
 * (October) NASAMS for Lithuania, and trains its crews; Lithuania's defence ministry confirms 3,000 Russian
 * troops in Belarus (March), the Kremlin denies it (April), Polish officials put them at 10,000 (October).
 */
final class ExploreStory {
    static final Path FOLDER = Path.of("src/test/resources/explore-story");
    static final String STATE = "https://w3id.org/entente/id/state/";
    static final String RUSSIA = STATE + "RU";
    static final String NORWAY = STATE + "NO";
    /** The sentence of the first article that the deployment comes from. */
    static final String DEPLOYMENT_EVIDENCE =
            "Lithuania's defence ministry confirmed that Russia has sent 3,000 troops to Belarus for exercises near the border.";
    /** The three sentences of the deal's life, one per article. */
    static final List<String> DEAL_EVIDENCE = List.of(
            "Norway is considering supplying NASAMS air defence systems to Lithuania",
            "Norway approved the sale of NASAMS air defence systems to Lithuania",
            "Norway delivered the first NASAMS battery to Lithuania");

    private ExploreStory() {}

    /** A TDB2 store in the folder with the reference data and the story's four articles. */
    static KnowledgeGraph store(Path folder) {
        KnowledgeGraph kg = KnowledgeGraph.open(folder);
        kg.loadReference(List.of());
        TextDocuments text = new TextDocuments(new Nlp(), ReferenceIndex.build(kg.referenceGraph()));
        Ingestor.Summary s = new Ingestor(kg, text, 2).ingest(List.of(FOLDER), null, null);
        assertEquals(4, s.added(), "the story's four articles stored: " + s.rejected() + " " + s.warnings());
        return kg;
    }

    /** The rows of a bundled question, each column to its lexical form or IRI. */
    static List<Map<String, String>> ask(KnowledgeGraph kg, String question, Map<String, Node> parameters) {
        ResultSetRewindable rs = kg.select(QueryCatalogue.bundled().get(question), parameters);
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            Map<String, String> m = new LinkedHashMap<>();
            row.varNames().forEachRemaining(v -> m.put(v, row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
            out.add(m);
        }
        return out;
    }

    /** The states that relations rows name, as sorted labels. */
    static TreeSet<String> stateLabels(List<Map<String, String>> relations) {
        TreeSet<String> out = new TreeSet<>();
        relations.forEach(r -> {
            out.add(r.get("sourceLabel"));
            out.add(r.get("targetLabel"));
        });
        return out;
    }
}
