package org.entente.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.entente.rdf.DocumentGraph;
import org.entente.vocab.Vocab;

/**
 * A store in this JVM: a TDB2 directory or an in-memory TDB2 dataset. Every operation runs in
 * its own transaction; TDB2 allows many readers and one writer at a time.
 */
final class LocalBackend implements Backend {
    private final DatasetGraph dataset;
    private final boolean inMemory;

    /** @param location the TDB2 directory, or null for an in-memory dataset */
    LocalBackend(DatasetGraph dataset, Path location) {
        this.dataset = dataset;
        this.inMemory = location == null;
        // Queries see the union of all named graphs as their default graph.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @Override
    public <T> T read(Node graph, Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    @Override
    public <T> T query(Query query, Map<String, Node> parameters, Function<QueryExecution, T> action) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExec.dataset(dataset).query(query);
            new LinkedHashMap<>(parameters).forEach((name, value) -> builder.substitution(Var.alloc(name), value));
            try (QueryExecution exec = QueryExecutionAdapter.adapt(builder.build())) {
                return action.apply(exec);
            }
        });
    }

    @Override
    public void putGraph(Node graph, Graph content) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(graph);
            content.find().forEachRemaining(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    @Override
    public KnowledgeGraph.AddOutcome add(DocumentGraph document) {
        return Txn.calculateWrite(dataset, () -> addInTransaction(document));
    }

    @Override
    public List<KnowledgeGraph.AddOutcome> addAll(List<DocumentGraph> documents) {
        return Txn.calculateWrite(dataset, () -> {
            List<KnowledgeGraph.AddOutcome> out = new ArrayList<>(documents.size());
            for (DocumentGraph d : documents) out.add(addInTransaction(d));
            return out;
        });
    }

    private KnowledgeGraph.AddOutcome addInTransaction(DocumentGraph document) {
        if (dataset.containsGraph(document.name())) return KnowledgeGraph.AddOutcome.UNCHANGED;
        List<Node> earlier = graphsFromSource(document.sourceKey());
        earlier.forEach(dataset::removeGraph);
        Node g = document.name();
        document.graph().find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
        return earlier.isEmpty() ? KnowledgeGraph.AddOutcome.ADDED : KnowledgeGraph.AddOutcome.REPLACED;
    }

    private List<Node> graphsFromSource(String sourceKey) {
        Node key = NodeFactory.createLiteralString(sourceKey);
        List<Node> found = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.FILE_NAME, key).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) found.add(q.getGraph());
        });
        return found;
    }

    @Override
    public boolean removeGraph(Node g) {
        return Txn.calculateWrite(dataset, () -> {
            if (!dataset.containsGraph(g)) return false;
            dataset.removeGraph(g);
            return true;
        });
    }

    @Override
    public List<Node> documents() {
        return Txn.calculateRead(dataset, () -> KnowledgeGraph.documentsIn(dataset));
    }

    @Override
    public DatasetGraph datasetGraph() {
        return dataset;
    }

    @Override
    public void close() {
        if (inMemory) {
            dataset.close();
        } else {
            // Expel releases the directory lock, so the same JVM may open the store again.
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
        }
    }
}
