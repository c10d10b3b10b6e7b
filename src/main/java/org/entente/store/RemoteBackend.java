package org.entente.store;

import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExecutionAdapter;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.update.UpdateRequest;
import org.entente.EntenteException;
import org.entente.rdf.DocumentGraph;
import org.entente.vocab.Vocab;

/**
 * A remote SPARQL 1.1 dataset at its {@link RemoteEndpoints} (query, update, Graph Store
 * Protocol). Each document graph is written with one GSP PUT, so a failed request leaves the
 * other documents intact and can be retried; reads that need whole graphs (export, statistics,
 * validation) work on a copy of Entente's graphs fetched with one SELECT, or in pages when the
 * server cuts answers short (as Virtuoso does at 10,000 rows).
 *
 * <p>Replacing a document from the same source is PUT-then-DROP: an interrupted replacement
 * leaves both versions, and adding the document again completes it. Credentials, when given,
 * answer the server's challenge with HTTP Basic or Digest, whichever it asks for, through Jena's
 * own authentication ({@link RemoteCredentials}: registered for these endpoints only, removed on
 * close); Basic sends the password itself, so use https beyond loopback. Thread-safe.
 */
final class RemoteBackend implements Backend {
    private static final Query GRAPHS_FROM_SOURCE = QueryFactory.create(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g <" + Vocab.ENT + "fileName> ?key } }");
    private static final Query GRAPH_EXISTS = QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }");
    private static final Query DOCUMENTS = QueryFactory.create(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <" + Vocab.ENT + "Document> } }");

    /** The graph an empty PUT goes to, to meet the Graph Store endpoint's challenge: it never holds anything. */
    private static final Node HANDSHAKE = NodeFactory.createURI(Vocab.BASE + "graph/handshake");
    /** Rows asked for in one page of a store that cuts answers short: Virtuoso's default cap. */
    private static final long PAGE = 10_000;

    private final String queryEndpoint;
    private final String updateEndpoint;
    private final String dataEndpoint;
    private final RemoteCredentials credentials;
    private final HttpClient http;
    /** Whether the Graph Store endpoint has been asked, with a request without a body, for its challenge. */
    private volatile boolean challenged;

    private RemoteBackend(RemoteEndpoints endpoints, PasswordAuthentication credentials) {
        this.queryEndpoint = endpoints.query().toString();
        this.updateEndpoint = endpoints.update().toString();
        this.dataEndpoint = endpoints.graphStore().toString();
        this.credentials = new RemoteCredentials(endpoints, credentials);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Checks that the store answers a query (with the credentials, when its query endpoint asks for them). */
    static RemoteBackend connect(RemoteEndpoints endpoints, PasswordAuthentication credentials) {
        RemoteBackend backend = new RemoteBackend(endpoints, credentials);
        try {
            backend.query(QueryFactory.create("ASK {}"), Map.of(), QueryExecution::execAsk);
            return backend;
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    @Override
    public <T> T read(Node graph, Function<DatasetGraph, T> action) {
        DatasetGraph copy = DatasetGraphFactory.create();
        // "All graphs" means Entente's (documents and reference), not others the store holds, such as Virtuoso's own.
        String pattern = graph == null ? "GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + Vocab.BASE + "\"))"
                : "GRAPH <" + graph.getURI() + "> { ?s ?p ?o }";
        long total = query(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }"), Map.of(),
                exec -> exec.execSelect().next().getLiteral("n").getLong());
        long received = quads(QueryFactory.create("SELECT * WHERE { " + pattern + " }"), graph, copy);
        if (received < total) {
            // The server cut the answer short, as Virtuoso does at its ResultSetMaxRows (10,000 by default; its Graph
            // Store GET likewise): read it again in order, in pages of at most PAGE rows, each as long as the server
            // gives. Sorted in a subquery with offset and limit outside: Virtuoso refuses a sort with an offset beyond
            // its cap, and an offset without a limit.
            copy.clear();
            received = 0;
            Query ordered = QueryFactory.create("SELECT * WHERE { { SELECT * WHERE { " + pattern + " } ORDER BY "
                    + (graph == null ? "?g " : "") + "?s ?p ?o } }");
            for (long page = -1; page != 0 && received < total; received += page) {
                Query next = ordered.cloneQuery();
                next.setOffset(received);
                next.setLimit(PAGE);
                page = quads(next, graph, copy);
            }
        }
        return action.apply(copy);
    }

    /** Adds the quads a {@code ?g ?s ?p ?o} query answers to the copy (in the graph, when one is given); returns how many. */
    private long quads(Query select, Node graph, DatasetGraph copy) {
        return query(select, Map.of(), exec -> {
            long n = 0;
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                Node g = graph != null ? graph : row.get("g").asNode();
                copy.add(g, row.get("s").asNode(), row.get("p").asNode(), canonical(row.get("o").asNode()));
                n++;
            }
            return n;
        });
    }

    /**
     * The canonical form of an xsd:boolean ("true", "false"): Virtuoso stores it as a number and answers "1" and "0",
     * the same values in another lexical form, which would change the bytes of an export.
     */
    static Node canonical(Node object) {
        if (!object.isLiteral() || !XSDDatatype.XSDboolean.getURI().equals(object.getLiteralDatatypeURI())) return object;
        return switch (object.getLiteralLexicalForm()) {
            case "1" -> NodeValue.TRUE.asNode();
            case "0" -> NodeValue.FALSE.asNode();
            default -> object;
        };
    }

    @Override
    public <T> T query(Query query, Map<String, Node> parameters, Function<QueryExecution, T> action) {
        QueryExecHTTPBuilder builder = QueryExecHTTPBuilder.service(queryEndpoint).httpClient(http).query(substitute(query, parameters));
        return remote("query", queryEndpoint, () -> {
            try (QueryExecution exec = QueryExecutionAdapter.adapt(builder.build())) {
                return action.apply(exec);
            }
        });
    }

    /**
     * The query with the parameters in place of their variables, as the local store does it
     * (the variables replaced, the result columns unchanged), made sendable: {@code BOUND(?v)} of a bound
     * parameter would print as {@code BOUND(<iri>)}, which is not SPARQL, so it becomes true.
     */
    static Query substitute(Query query, Map<String, Node> parameters) {
        if (parameters.isEmpty()) return query;
        Map<Var, Node> map = new LinkedHashMap<>();
        parameters.forEach((name, value) -> map.put(Var.alloc(name), value));
        Query substituted = QueryTransformOps.transform(query, map);
        return QueryTransformOps.transform(substituted, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_Bound && arg.isConstant()) return NodeValue.TRUE;
                return super.transform(func, arg);
            }
        });
    }

    @Override
    public void putGraph(Node graph, Graph content) {
        remote("write graph " + graph.getURI(), dataEndpoint, () -> {
            if (!challenged) challenge();
            try {
                put(graph, content);
            } catch (HttpException e) {
                if (e.getStatusCode() > 0) throw e;
                // No answer: the server may have refused a stale answer to its challenge before reading the body.
                // PUT is idempotent; meet the challenge afresh and send it once more.
                challenge();
                put(graph, content);
            }
            return null;
        });
    }

    private void put(Node graph, Graph content) {
        GSP.service(dataEndpoint).httpClient(http).graphName(graph).contentType(RDFFormat.NTRIPLES).PUT(content);
    }

    /**
     * Meets the Graph Store endpoint's challenge, if it makes one, with an empty PUT to a graph Entente never
     * uses, before a PUT with a body. A server that challenges a large body may answer and close the connection
     * before it has read it (Virtuoso does, at times), and the PUT then fails for want of an answer it never saw.
     * Jena keeps the answer for the endpoint and sends it with every later request: Basic as it is, Digest
     * bound to the method it was computed for, hence a PUT here. A refusal (401, 403) is the failure to report;
     * any other is left for the PUT to meet.
     */
    private void challenge() {
        try {
            put(HANDSHAKE, GraphFactory.createDefaultGraph());
        } catch (HttpException e) {
            if (e.getStatusCode() == 401 || e.getStatusCode() == 403) throw e;
        }
        challenged = true;
    }

    @Override
    public KnowledgeGraph.AddOutcome add(DocumentGraph document) {
        Node name = document.name();
        List<Node> earlier = graphs(GRAPHS_FROM_SOURCE, Map.of("key", NodeFactory.createLiteralString(document.sourceKey())));
        boolean sameSource = earlier.remove(name);
        if (sameSource || exists(name)) {
            // Same content: nothing to write, unless an interrupted replacement left older versions.
            if (!sameSource || earlier.isEmpty()) return KnowledgeGraph.AddOutcome.UNCHANGED;
            drop(earlier);
            return KnowledgeGraph.AddOutcome.REPLACED;
        }
        putGraph(name, document.graph());
        drop(earlier);
        return earlier.isEmpty() ? KnowledgeGraph.AddOutcome.ADDED : KnowledgeGraph.AddOutcome.REPLACED;
    }

    @Override
    public boolean removeGraph(Node graph) {
        if (!exists(graph)) return false;
        drop(List.of(graph));
        return true;
    }

    @Override
    public List<Node> documents() {
        List<Node> docs = graphs(DOCUMENTS, Map.of());
        docs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return docs;
    }

    @Override
    public DatasetGraph datasetGraph() {
        throw new EntenteException("The remote store " + queryEndpoint + " has no local dataset; serve a local store directory instead");
    }

    @Override
    public void close() {
        // Nothing held open (each request is independent) but the credentials' registration with Jena.
        credentials.close();
    }

    private boolean exists(Node graph) {
        return query(GRAPH_EXISTS, Map.of("g", graph), QueryExecution::execAsk);
    }

    private List<Node> graphs(Query select, Map<String, Node> parameters) {
        return query(select, parameters, exec -> {
            List<Node> out = new ArrayList<>();
            exec.execSelect().forEachRemaining(row -> out.add(row.get("g").asNode()));
            return out;
        });
    }

    private void drop(List<Node> graphs) {
        if (graphs.isEmpty()) return;
        UpdateRequest request = new UpdateRequest();
        graphs.forEach(g -> request.add(new UpdateDrop(g, true)));
        UpdateExecHTTPBuilder builder = UpdateExecHTTPBuilder.create().endpoint(updateEndpoint).httpClient(http).update(request);
        remote("remove graphs", updateEndpoint, () -> {
            builder.build().execute();
            return null;
        });
    }

    /**
     * Runs one call to the endpoint, with the credentials registered; an HTTP failure becomes one line naming the
     * endpoint. A 401 is tried once more when the registration had gone meanwhile (another store at the same
     * endpoints was closed).
     */
    private <T> T remote(String what, String endpoint, Supplier<T> call) {
        for (boolean again = true; ; again = false) {
            credentials.renew();
            try {
                return call.get();
            } catch (HttpException e) {
                if (e.getStatusCode() == 401 && again && credentials.renew()) continue;
                int status = e.getStatusCode() > 0 ? e.getStatusCode() : refusal(what);
                throw failure(what, endpoint, status, e.getStatusLine(), e.getResponse(), e);
            } catch (QueryExceptionHTTP e) {
                if (e.getStatusCode() == 401 && again && credentials.renew()) continue;
                throw failure(what, endpoint, e.getStatusCode(), e.getStatusLine(), e.getResponse(), e);
            }
        }
    }

    /**
     * A server that refuses a write may answer before it has read the body and close the connection; a client still
     * sending a large graph then sees a broken pipe instead of the answer. An update that inserts nothing (Jena
     * refuses to send one with no operations at all) asks the same endpoint again, cheaply, and its status tells why.
     * Returns 0 when it says nothing new.
     */
    private int refusal(String what) {
        if (what.equals("query")) return 0;
        try {
            UpdateExecHTTPBuilder.create().endpoint(updateEndpoint).httpClient(http).update("INSERT DATA {}").build().execute();
            return 0;
        } catch (HttpException e) {
            int status = e.getStatusCode();
            return status == 401 || status == 403 ? status : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /**
     * One line: what failed where, the status with the server's own first line (unless it is markup), and for a
     * refusal what to do about it. Virtuoso refuses an update on its anonymous endpoint with a 500 whose text says
     * "No permission", so that counts as a refusal too.
     */
    private EntenteException failure(String what, String endpoint, int status, String statusLine, String body, RuntimeException e) {
        String says = firstLine(body);
        boolean refused = status == 401 || status == 403 || says.toLowerCase(Locale.ROOT).contains("permission");
        String reason = status > 0 ? "HTTP " + status + (statusLine == null || statusLine.isBlank() ? "" : " " + statusLine)
                + (says.isEmpty() ? "" : " (" + says + ")") : "no answer (" + rootCause(e) + ")";
        return new EntenteException("Remote store " + endpoint + " failed to " + what + ": " + reason + (refused ? hint(status) : ""), e);
    }

    /** What to do about a refusal: a 401 asked for credentials; a 403 or "No permission" refused without asking. */
    private String hint(int status) {
        String user = credentials.user();
        String virtuoso = " (Virtuoso asks for credentials at /sparql-auth and /sparql-graph-crud-auth only)";
        if (user == null) return ": give the writer's --user and --password (or ENTENTE_REMOTE_USER and ENTENTE_REMOTE_PASSWORD)"
                + (status == 401 ? "" : " for an endpoint that asks for them" + virtuoso);
        if (status == 401) return ": the store did not accept user '" + user + "' with that password (--user and --password,"
                + " or ENTENTE_REMOTE_USER and ENTENTE_REMOTE_PASSWORD)";
        return ": user '" + user + "' may not do this here, or this endpoint never asks for credentials" + virtuoso;
    }

    /** The first non-blank line of a server's answer, at most 200 characters; empty for none or for markup (an HTML page). */
    static String firstLine(String body) {
        if (body == null || body.isBlank() || body.strip().startsWith("<")) return "";
        String line = body.strip().lines().findFirst().orElse("").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + KnowledgeGraph.oneLine(t);
    }
}
