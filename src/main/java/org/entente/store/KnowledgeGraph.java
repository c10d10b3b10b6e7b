package org.entente.store;

import java.io.OutputStream;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.entente.EntenteException;
import org.entente.rdf.DocumentGraph;
import org.entente.vocab.Vocab;

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
 *
 * <p>The same API works on a remote SPARQL 1.1 store ({@link #remote}): questions go to its
 * query endpoint, each document graph is one Graph Store Protocol PUT.
 */
public final class KnowledgeGraph implements AutoCloseable {
    private final Backend backend;
    private final Path location;

    private KnowledgeGraph(Backend backend, Path location) {
        this.backend = backend;
        this.location = location;
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
            return new KnowledgeGraph(new LocalBackend(DatabaseMgr.connectDatasetGraph(directory.toString()), directory), directory);
        } catch (java.io.IOException | RuntimeException e) {
            throw new EntenteException("Cannot open store " + directory + ": " + oneLine(e), e);
        }
    }

    /** A store held in memory only, gone when closed; same behaviour as a TDB2 directory. */
    public static KnowledgeGraph inMemory() {
        return new KnowledgeGraph(new LocalBackend(DatabaseMgr.createDatasetGraph(), null), null);
    }

    /**
     * A remote SPARQL 1.1 dataset, such as {@code http://host:3030/kg} served by
     * {@code entente serve} or any Fuseki: questions go to {@code URL/sparql}, graph writes to
     * the Graph Store Protocol endpoint {@code URL/data} (one PUT per document), graph removal
     * to {@code URL/update}. The remote default graph must be the union of its named graphs, as
     * Entente's own server and Fuseki's {@code tdb2:unionDefaultGraph} give.
     *
     * <p>Credentials answer an endpoint's challenge (HTTP 401) with HTTP Basic or Digest, whichever
     * it asks for; an endpoint that does not ask never sees them. They are registered with Jena's
     * {@code AuthEnv}, which is one per JVM, for this store's endpoint URLs only, and removed by
     * {@link #close()}: keep one user per endpoint URL in a JVM. Basic sends the password itself:
     * use https beyond loopback.
     *
     * @param dataset     the dataset URL (http or https)
     * @param credentials the user and password the store asks for (writes, or also reads), or null
     * @throws EntenteException when the URL is not http(s) or the store does not answer a query
     * @see RemoteEndpoints for stores with another endpoint layout
     */
    public static KnowledgeGraph remote(URI dataset, PasswordAuthentication credentials) {
        return remote(RemoteEndpoints.of(dataset), credentials);
    }

    /**
     * A remote SPARQL 1.1 store at endpoints of its own layout, such as Virtuoso's
     * {@code /sparql-auth} (query and update) and {@code /sparql-graph-crud-auth}, which ask for
     * HTTP Digest; otherwise as {@link #remote(URI, PasswordAuthentication)}.
     *
     * @param endpoints   its query, update and Graph Store Protocol URLs
     * @param credentials the user and password the store asks for (Basic or Digest), or null
     * @throws EntenteException when the store does not answer a query, or refuses the credentials there
     */
    public static KnowledgeGraph remote(RemoteEndpoints endpoints, PasswordAuthentication credentials) {
        return new KnowledgeGraph(RemoteBackend.connect(endpoints, credentials), null);
    }

    /**
     * The underlying dataset, for Jena users (for example to publish it with Fuseki).
     *
     * @throws EntenteException for a remote store, which has no local dataset
     */
    public DatasetGraph datasetGraph() {
        return backend.datasetGraph();
    }

    /** Where the store lives, or null for an in-memory or remote store. */
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
        boolean current = backend.query(CONTENT_HASH_ASK, Map.of("g", Vocab.REFERENCE_GRAPH, "hash", hash), exec -> exec.execAsk());
        if (current) return false;
        Graph content = reference.graph();
        content.add(Vocab.REFERENCE_GRAPH, Vocab.ent("contentHash"), hash);
        backend.putGraph(Vocab.REFERENCE_GRAPH, content);
        return true;
    }

    private static final Query CONTENT_HASH_ASK = QueryFactory.create(
            "ASK { GRAPH ?g { ?g <" + Vocab.ENT + "contentHash> ?hash } }");

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
        return backend.add(document);
    }

    /**
     * Stores several documents' graphs as {@link #add} would one after another, in one write
     * transaction where the store allows (a TDB2 commit syncs the disk, so this is much faster
     * than a transaction each): all of them or, on failure, none.
     *
     * @return what adding each document did, in order
     */
    public List<AddOutcome> addAll(List<DocumentGraph> documents) {
        return backend.addAll(documents);
    }

    /**
     * Removes a document's graph, named by its IRI or its content hash.
     *
     * @return true when a graph was removed
     */
    public boolean remove(String documentIriOrHash) {
        Node g = NodeFactory.createURI(documentIriOrHash.startsWith(Vocab.DOC) ? documentIriOrHash : Vocab.DOC + documentIriOrHash);
        return backend.removeGraph(g);
    }

    /** The IRIs of the stored document graphs, sorted. */
    public List<Node> documents() {
        return backend.documents();
    }

    /** A copy of one named graph (empty when absent). */
    public Graph copyGraph(Node graphName) {
        return backend.read(graphName, dataset -> {
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
        org.entente.query.Parameters.check(sparql, parameters);
        if (!query.isSelectType()) throw new EntenteException("Not a SELECT query: use construct() for CONSTRUCT/DESCRIBE");
        return backend.query(query, parameters, exec -> ResultSetFactory.copyResults(exec.execSelect()));
    }

    /** Runs a CONSTRUCT or DESCRIBE query with bound parameters; returns the graph it builds. */
    public Graph construct(String sparql, Map<String, Node> parameters) {
        Query query = parse(sparql);
        org.entente.query.Parameters.check(sparql, parameters);
        if (!query.isConstructType() && !query.isDescribeType()) throw new EntenteException("Not a CONSTRUCT or DESCRIBE query");
        return backend.query(query, parameters,
                exec -> query.isConstructType() ? exec.execConstruct().getGraph() : exec.execDescribe().getGraph());
    }

    /** Runs an ASK query with bound parameters. */
    public boolean ask(String sparql, Map<String, Node> parameters) {
        Query query = parse(sparql);
        org.entente.query.Parameters.check(sparql, parameters);
        return backend.query(query, parameters, exec -> exec.execAsk());
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
        backend.read(graph, dataset -> {
            List<Quad> quads = new ArrayList<>();
            dataset.find(graph == null ? Node.ANY : graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            SortedWriter.write(quads, format, out);
            return null;
        });
    }

    /** Checks every document graph (with the reference data for types) against the shapes. */
    public List<Violation> validate() {
        return backend.read(null, dataset -> Validator.validate(dataset, documentsIn(dataset)));
    }

    static List<Node> documentsIn(DatasetGraph dataset) {
        List<Node> docs = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.DOCUMENT).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) docs.add(q.getGraph());
        });
        docs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return docs;
    }

    /** Counts of documents, quads and events by kind. */
    public Stats stats() {
        return backend.read(null, dataset -> Stats.of(dataset, documentsIn(dataset)));
    }

    /** The whole store as an RDF4J model (named graphs become contexts). */
    public org.eclipse.rdf4j.model.Model toRdf4j() {
        return backend.read(null, dataset -> Rdf4j.toModel(dataset.find()));
    }

    /** A CONSTRUCT query's result as an RDF4J model. */
    public org.eclipse.rdf4j.model.Model constructRdf4j(String sparql, Map<String, Node> parameters) {
        Graph g = construct(sparql, parameters);
        return Rdf4j.toModel(g.find().mapWith(t -> Quad.create(Quad.defaultGraphIRI, t)));
    }

    // ---- upkeep ----------------------------------------------------------------------------

    /** What a compaction did: bytes on disk before and after. */
    public record Compaction(long bytesBefore, long bytesAfter) {}

    /**
     * Compacts a TDB2 store: copies what it holds now into a new generation and deletes the old
     * one. TDB2 never overwrites a block in place, so every replaced or removed document stays
     * on disk until this runs; answers are the same after. Queries and writes may go on
     * meanwhile (a write waits for the switch to the new generation).
     *
     * @throws EntenteException for an in-memory or remote store
     */
    public Compaction compact() {
        if (location == null) throw new EntenteException("Only a store in a directory can be compacted");
        long before = bytesOnDisk();
        DatabaseMgr.compact(backend.datasetGraph(), true);
        return new Compaction(before, bytesOnDisk());
    }

    /** The bytes the store's directory holds (0 for an in-memory or remote store). */
    public long bytesOnDisk() {
        if (location == null) return 0;
        try (var files = Files.walk(location)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new EntenteException("Cannot measure store " + location + ": " + oneLine(e), e);
        }
    }

    @Override
    public void close() {
        backend.close();
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ').trim();
    }
}
