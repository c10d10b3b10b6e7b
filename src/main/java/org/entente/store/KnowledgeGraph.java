package org.entente.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.entente.EntenteException;
import org.entente.rdf.DocumentGraph;
import org.entente.rdf.Vocab;

/**
 * The knowledge graph: a TDB2 (or in-memory) dataset holding one named graph per document
 * and one for the reference data, queried through their union.
 *
 * <pre>{@code
 * try (KnowledgeGraph kg = KnowledgeGraph.open(Path.of("store"))) {
 *     kg.loadReference(List.of());
 *     ResultSetRewindable rows = kg.select(QueryCatalogue.bundled().get("deployments"), Map.of());
 * }
 * }</pre>
 *
 * <p>Every method runs in its own transaction: writes in one write transaction each (all or
 * nothing), reads in a read transaction. Instances are safe to share between threads; TDB2
 * allows many readers and one writer at a time. A TDB2 directory may be open in one JVM only.
 */
public final class KnowledgeGraph implements AutoCloseable {
    private final DatasetGraph dataset;
    private final boolean inMemory;
    private final Path location;

    private KnowledgeGraph(DatasetGraph dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
        this.inMemory = location == null;
        // Queries see the union of all named graphs as their default graph.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating when missing) a TDB2 store in a directory.
     *
     * @throws EntenteException when the directory cannot be created or is not a TDB2 store
     */
    public static KnowledgeGraph open(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            return new KnowledgeGraph(DatabaseMgr.connectDatasetGraph(directory.toString()), directory);
        } catch (java.io.IOException | RuntimeException e) {
            throw new EntenteException("Cannot open store " + directory + ": " + oneLine(e), e);
        }
    }

    /** A store held in memory only, gone when closed; same behaviour as a TDB2 directory. */
    public static KnowledgeGraph inMemory() {
        return new KnowledgeGraph(DatabaseMgr.createDatasetGraph(), null);
    }

    /** The underlying dataset, for Jena users (for example to publish it with Fuseki). */
    public DatasetGraph datasetGraph() {
        return dataset;
    }

    /** Where the store lives, or null for an in-memory store. */
    public Path location() {
        return location;
    }

    // ---- reference data ---------------------------------------------------------------

    /**
     * Loads the reference data (the bundled files plus the Turtle files of each extra
     * directory) into the reference graph, replacing what was there. Does nothing when the
     * reference content is unchanged since the last load.
     *
     * @return true when the reference graph was (re)written
     * @throws EntenteException naming the file that does not parse; the store is left as it was
     */
    public boolean loadReference(List<Path> extraDirectories) {
        ReferenceData reference = ReferenceData.read(extraDirectories);
        Node hash = NodeFactory.createLiteralString(reference.contentHash());
        boolean current = Txn.calculateRead(dataset,
                () -> dataset.contains(Vocab.REFERENCE_GRAPH, Vocab.REFERENCE_GRAPH, Vocab.ent("contentHash"), hash));
        if (current) return false;
        Txn.executeWrite(dataset, () -> {
            dataset.removeGraph(Vocab.REFERENCE_GRAPH);
            reference.graph().find().forEachRemaining(t -> dataset.add(Vocab.REFERENCE_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            dataset.add(Vocab.REFERENCE_GRAPH, Vocab.REFERENCE_GRAPH, Vocab.ent("contentHash"), hash);
        });
        return true;
    }

    /** A copy of the reference graph. */
    public Graph referenceGraph() {
        return copyGraph(Vocab.REFERENCE_GRAPH);
    }

    // ---- documents --------------------------------------------------------------------

    /** What adding a document did. */
    public enum AddOutcome { ADDED, REPLACED, UNCHANGED }

    /**
     * Stores a document's graph in one write transaction. The same content again is a no-op;
     * new content from the same source replaces the earlier version's graph.
     */
    public AddOutcome add(DocumentGraph document) {
        return Txn.calculateWrite(dataset, () -> {
            if (dataset.containsGraph(document.name())) return AddOutcome.UNCHANGED;
            List<Node> earlier = graphsFromSource(document.sourceKey());
            earlier.forEach(dataset::removeGraph);
            Node g = document.name();
            document.graph().find().forEachRemaining(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            return earlier.isEmpty() ? AddOutcome.ADDED : AddOutcome.REPLACED;
        });
    }

    private List<Node> graphsFromSource(String sourceKey) {
        Node key = NodeFactory.createLiteralString(sourceKey);
        List<Node> found = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.FILE_NAME, key).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) found.add(q.getGraph());
        });
        return found;
    }

    /**
     * Removes a document's graph, named by its IRI or its content hash.
     *
     * @return true when a graph was removed
     */
    public boolean remove(String documentIriOrHash) {
        Node g = NodeFactory.createURI(documentIriOrHash.startsWith(Vocab.DOC) ? documentIriOrHash : Vocab.DOC + documentIriOrHash);
        return Txn.calculateWrite(dataset, () -> {
            if (!dataset.containsGraph(g)) return false;
            dataset.removeGraph(g);
            return true;
        });
    }

    /** The IRIs of the stored document graphs, sorted. */
    public List<Node> documents() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> docs = new ArrayList<>();
            dataset.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.DOCUMENT).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject())) docs.add(q.getGraph());
            });
            docs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return docs;
        });
    }

    /** A copy of one named graph (empty when absent). */
    public Graph copyGraph(Node graphName) {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }

    // ---- questions --------------------------------------------------------------------

    /**
     * Runs a SELECT query with parameters bound as RDF terms into the parsed query (never
     * spliced into its text), and returns all rows.
     *
     * @throws EntenteException when the text is not a SELECT query
     */
    public ResultSetRewindable select(String sparql, Map<String, Node> parameters) {
        Query query = parse(sparql);
        if (!query.isSelectType()) throw new EntenteException("Not a SELECT query: use construct() for CONSTRUCT/DESCRIBE");
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = build(query, parameters)) {
                return ResultSetFactory.copyResults(exec.execSelect());
            }
        });
    }

    /** Runs a CONSTRUCT or DESCRIBE query with bound parameters; returns the graph it builds. */
    public Graph construct(String sparql, Map<String, Node> parameters) {
        Query query = parse(sparql);
        if (!query.isConstructType() && !query.isDescribeType()) throw new EntenteException("Not a CONSTRUCT or DESCRIBE query");
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = build(query, parameters)) {
                return query.isConstructType() ? exec.execConstruct().getGraph() : exec.execDescribe().getGraph();
            }
        });
    }

    /** Runs an ASK query with bound parameters. */
    public boolean ask(String sparql, Map<String, Node> parameters) {
        Query query = parse(sparql);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = build(query, parameters)) {
                return exec.execAsk();
            }
        });
    }

    private QueryExecution build(Query query, Map<String, Node> parameters) {
        var builder = org.apache.jena.sparql.exec.QueryExec.dataset(dataset).query(query);
        new LinkedHashMap<>(parameters).forEach((name, value) -> builder.substitution(org.apache.jena.sparql.core.Var.alloc(name), value));
        return org.apache.jena.sparql.exec.QueryExecutionAdapter.adapt(builder.build());
    }

    private static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new EntenteException("SPARQL syntax error: " + oneLine(e), e);
        }
    }

    // ---- export, validation, statistics ------------------------------------------------

    /**
     * Writes the store (or one named graph) in a sorted, byte-stable serialisation.
     *
     * @param graph a graph IRI, or null for all graphs (Turtle then holds the merged triples)
     */
    public void export(OutputStream out, ExportFormat format, Node graph) {
        Txn.executeRead(dataset, () -> {
            List<Quad> quads = new ArrayList<>();
            dataset.find(graph == null ? Node.ANY : graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            SortedWriter.write(quads, format, out);
        });
    }

    /** Checks every document graph (with the reference data for types) against the shapes. */
    public List<Violation> validate() {
        return Txn.calculateRead(dataset, () -> Validator.validate(dataset, documentsInTxn()));
    }

    private List<Node> documentsInTxn() {
        List<Node> docs = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.DOCUMENT).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) docs.add(q.getGraph());
        });
        docs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return docs;
    }

    /** Counts of documents, quads and events by kind. */
    public Stats stats() {
        return Txn.calculateRead(dataset, () -> Stats.of(dataset, documentsInTxn()));
    }

    /** The whole store as an RDF4J model (named graphs become contexts). */
    public org.eclipse.rdf4j.model.Model toRdf4j() {
        return Txn.calculateRead(dataset, () -> Rdf4j.toModel(dataset.find()));
    }

    /** A CONSTRUCT query's result as an RDF4J model. */
    public org.eclipse.rdf4j.model.Model constructRdf4j(String sparql, Map<String, Node> parameters) {
        Graph g = construct(sparql, parameters);
        return Rdf4j.toModel(g.find().mapWith(t -> Quad.create(Quad.defaultGraphIRI, t)));
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

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ').trim();
    }
}
