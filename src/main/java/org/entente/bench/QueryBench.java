package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.entente.query.QueryCatalogue;
import org.entente.vocab.Vocab;
import org.entente.store.KnowledgeGraph;

/**
 * The questions on a large store ({@link ScaleStore}), unfiltered and filtered by one state,
 * through {@link KnowledgeGraph#select} (rows copied out, as the command line and server do).
 */
final class QueryBench {
    /** Latency of one question in one variant. */
    record Timing(String question, String variant, int runs, double p50ms, double p99ms, double maxMs, int rows) {}

    private QueryBench() {}

    /**
     * States by how often events name them (sender, host, supplier, recipient, trainee or
     * party): the busiest, and the one in the middle of the ranking.
     */
    static List<Node> busiestAndMedianState(KnowledgeGraph kg) {
        ResultSetRewindable rs = kg.select("PREFIX ent: <" + Vocab.ENT + ">\nSELECT ?s (COUNT(*) AS ?n) WHERE { GRAPH ?g {"
                + " ?e ent:sender|ent:host|ent:supplier|ent:recipient|ent:trainee|ent:party ?s } ?s a ent:State }"
                + " GROUP BY ?s ORDER BY DESC(?n) ?s", Map.of());
        List<Node> ranked = new ArrayList<>();
        while (rs.hasNext()) ranked.add(rs.next().get("s").asNode());
        if (ranked.isEmpty()) return List.of();
        Node busiest = ranked.get(0), median = ranked.get(ranked.size() / 2);
        return busiest.equals(median) ? List.of(busiest) : List.of(busiest, median);
    }

    /** The first deployment (or any event) the deployments question returns. */
    static Node someEvent(KnowledgeGraph kg) {
        ResultSetRewindable rs = kg.select(QueryCatalogue.bundled().get("deployments"), Map.of());
        if (rs.hasNext()) return rs.next().get("deployment").asNode();
        rs = kg.select(QueryCatalogue.bundled().get("arms-transfers"), Map.of());
        return rs.hasNext() ? rs.next().get("transfer").asNode() : null;
    }

    /**
     * Times one question with parameters: warm-up runs, then timed runs; after {@code budgetMs}
     * of timed runs it stops early (at least one run), so slow unfiltered questions on a large
     * store do not take an hour.
     */
    static Timing time(KnowledgeGraph kg, String question, String variant, Map<String, Node> params, int warmup, int runs, double budgetMs) {
        return timeText(kg, question, QueryCatalogue.bundled().get(question), variant, params, warmup, runs, budgetMs);
    }

    /** The deployments that name the state, each in the graph of the document that mentions it. */
    private static final String STATE_DEPLOYMENTS = "GRAPH ?doc { { ?event ent:sender ?state } UNION { ?event ent:host ?state }";

    /**
     * The least the deployments question filtered by a state can cost on this store: each deployment mention that names
     * the state, found by its object, then read whole with one index scan of its graph and subject (the question reads
     * the same facts with one lookup each); no joins, labels or sorting. One row: the number of quads read.
     */
    static final String FLOOR = "PREFIX ent: <" + Vocab.ENT + ">\nSELECT (COUNT(*) AS ?quads) WHERE { " + STATE_DEPLOYMENTS + " ?event ?p ?o } }";

    /** Deployment mentions that name the state (as in {@link #FLOOR}). */
    static long mentions(KnowledgeGraph kg, Node state) {
        ResultSetRewindable rs = kg.select("PREFIX ent: <" + Vocab.ENT + ">\nSELECT (COUNT(*) AS ?n) WHERE { " + STATE_DEPLOYMENTS + " } }",
                Map.of("state", state));
        return rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0;
    }

    static Timing timeText(KnowledgeGraph kg, String question, String text, String variant, Map<String, Node> params, int warmup, int runs, double budgetMs) {
        int rows = 0;
        for (int i = 0; i < warmup; i++) rows = count(kg.select(text, params));
        double[] ms = new double[runs];
        double spent = 0;
        int done = 0;
        while (done < runs && (done == 0 || spent < budgetMs)) {
            long t0 = System.nanoTime();
            rows = count(kg.select(text, params));
            ms[done] = (System.nanoTime() - t0) / 1e6;
            spent += ms[done++];
        }
        double[] timed = java.util.Arrays.copyOf(ms, done);
        return new Timing(question, variant, done, Stats.median(timed), Stats.percentile(timed, 99), Stats.percentile(timed, 100), rows);
    }

    private static int count(ResultSetRewindable rs) {
        int n = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            if (s != null) n++;
        }
        return n;
    }

    /** Whether a question takes the {@code ?state} parameter, as its header comment says ("# Parameters (optional): ?state …"). */
    static boolean takesState(String question) {
        for (String line : QueryCatalogue.bundled().get(question).split("\n")) {
            if (line.startsWith("# Parameters") && line.contains("?state")) return true;
        }
        return false;
    }
}
