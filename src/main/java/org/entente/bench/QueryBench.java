package org.entente.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.entente.query.QueryCatalogue;
import org.entente.vocab.Vocab;
import org.entente.store.BulkLoader;
import org.entente.store.KnowledgeGraph;

/**
 * The contract questions on a large store, unfiltered and filtered by one state, through
 * {@link KnowledgeGraph#select} (rows copied out, as the command line and server do).
 *
 * <p>The large store is built by replicating the document graphs of an ingested corpus: each
 * copy gets new document, sentence and event IRIs (so it adds new events, not new evidence of
 * the same ones), the reference graph is loaded once, and the lot goes in by bulk load.
 */
final class QueryBench {
    /** Latency of one question in one variant. */
    record Timing(String question, String variant, int runs, double p50ms, double p99ms, double maxMs, int rows) {}

    private static final String MARKER = "entente-bench-store.txt";

    private QueryBench() {}

    /**
     * Opens (building when missing or too small) a store of at least {@code triples} quads made
     * from the base export.
     *
     * @return the number of quads in the store
     */
    static long build(Path baseNquads, Path store, long triples, Path scratch) {
        Path marker = store.resolve(MARKER);
        try {
            if (Files.exists(marker)) {
                long have = Long.parseLong(Files.readString(marker).trim());
                if (have >= triples) return have;
            }
            Workspace.delete(store);
            Path big = scratch.resolve("replicated.nq");
            long written = replicate(baseNquads, big, triples);
            try (KnowledgeGraph kg = KnowledgeGraph.open(store)) {
                BulkLoader.load(kg, big, BulkLoader.Plan.FAST);
            }
            Files.delete(big);
            Files.writeString(marker, Long.toString(written));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the reference graph once and the document graphs as many times as it takes to reach the size. */
    static long replicate(Path baseNquads, Path out, long triples) throws IOException {
        List<Quad> reference = new ArrayList<>(), documents = new ArrayList<>();
        RDFDataMgr.parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                (Vocab.REFERENCE_GRAPH.equals(q.getGraph()) ? reference : documents).add(q);
            }
        }, baseNquads.toString());
        if (documents.isEmpty()) throw new IllegalStateException("no document graphs in " + baseNquads);
        long copies = Math.max(1, (triples - reference.size() + documents.size() - 1) / documents.size());
        long written = 0;
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            w.start();
            StreamRDFOps.sendQuadsToStream(reference.iterator(), w);
            written += reference.size();
            for (int r = 0; r < copies; r++) {
                for (Quad q : documents) {
                    w.quad(Quad.create(rename(q.getGraph(), r), rename(q.getSubject(), r), q.getPredicate(), rename(q.getObject(), r)));
                }
                written += documents.size();
            }
            w.finish();
        }
        return written;
    }

    /** Copy 0 keeps the IRIs; copy r moves document (and sentence) and event IRIs to their own. */
    static Node rename(Node n, int copy) {
        if (copy == 0 || !n.isURI()) return n;
        String u = n.getURI();
        if (u.startsWith(Vocab.DOC)) {
            int slash = u.indexOf('/', Vocab.DOC.length());
            return slash < 0 ? NodeFactory.createURI(u + "-r" + copy)
                    : NodeFactory.createURI(u.substring(0, slash) + "-r" + copy + u.substring(slash));
        }
        if (u.startsWith(Vocab.ID + "event/")) return NodeFactory.createURI(u + "-r" + copy);
        return n;
    }

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
