package org.entente.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.entente.rdf.DocumentGraph;

/**
 * Where a {@link KnowledgeGraph} keeps its quads: a local dataset ({@link LocalBackend}, TDB2 or
 * memory) or a remote SPARQL 1.1 store ({@link RemoteBackend}). The knowledge graph's logic
 * (reference loading, query parsing, export, statistics) is written once on top of these few
 * operations, so it behaves the same on both.
 */
interface Backend extends AutoCloseable {
    /**
     * Runs an action on a read-consistent view of the store: the live dataset inside a read
     * transaction (local), or a copy of one named graph, or of all named graphs (remote).
     *
     * @param graph the one named graph the action needs, or null for all of them
     */
    <T> T read(Node graph, Function<DatasetGraph, T> action);

    /** Runs an action on a query's execution, the parameters bound into the parsed query as terms. */
    <T> T query(Query query, Map<String, Node> parameters, Function<QueryExecution, T> action);

    /** Replaces a named graph's content (one write: all or nothing). */
    void putGraph(Node graph, Graph content);

    /** Stores a document's graph, replacing earlier versions from the same source. */
    KnowledgeGraph.AddOutcome add(DocumentGraph document);

    /** Stores documents' graphs in order; a local store does it in one transaction. */
    default List<KnowledgeGraph.AddOutcome> addAll(List<DocumentGraph> documents) {
        List<KnowledgeGraph.AddOutcome> out = new java.util.ArrayList<>();
        for (DocumentGraph d : documents) out.add(add(d));
        return out;
    }

    /** Removes a named graph; true when it was there. */
    boolean removeGraph(Node graph);

    /** The IRIs of the stored document graphs, sorted. */
    List<Node> documents();

    /**
     * The local dataset.
     *
     * @throws org.entente.EntenteException for a remote store
     */
    DatasetGraph datasetGraph();

    @Override
    void close();
}
