package org.entente.store;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.entente.EntenteException;

/**
 * Where a remote SPARQL 1.1 store answers: its query, update and Graph Store Protocol endpoints.
 *
 * <pre>{@code
 * KnowledgeGraph.remote(RemoteEndpoints.of(URI.create("http://kg.example.org:3030/kg")), credentials);   // Fuseki, entente serve
 * var virtuoso = new RemoteEndpoints(URI.create("http://db:8890/sparql-auth"), URI.create("http://db:8890/sparql-auth"),
 *         URI.create("http://db:8890/sparql-graph-crud-auth"));                                   // HTTP Digest
 * }</pre>
 *
 * An immutable value; each URL must be absolute http(s).
 *
 * @param query      SPARQL 1.1 query endpoint
 * @param update     SPARQL 1.1 Update endpoint (graph removal)
 * @param graphStore Graph Store Protocol endpoint (one PUT per document graph), addressed with {@code ?graph=}
 */
public record RemoteEndpoints(URI query, URI update, URI graphStore) {
    /** @throws EntenteException naming an endpoint that is not an absolute http(s) URL */
    public RemoteEndpoints {
        check("query", query);
        check("update", update);
        check("graph store", graphStore);
    }

    /**
     * Fuseki's layout, which {@code entente serve} shares: {@code URL/sparql}, {@code URL/update}
     * and {@code URL/data}.
     *
     * @throws EntenteException when the dataset URL is not absolute http(s)
     */
    public static RemoteEndpoints of(URI dataset) {
        check("dataset", dataset);
        String url = dataset.toString().replaceAll("/+$", "");
        return new RemoteEndpoints(URI.create(url + "/sparql"), URI.create(url + "/update"), URI.create(url + "/data"));
    }

    /** These endpoints with another query endpoint. */
    public RemoteEndpoints query(URI endpoint) {
        return new RemoteEndpoints(endpoint, update, graphStore);
    }

    /** These endpoints with another update endpoint. */
    public RemoteEndpoints update(URI endpoint) {
        return new RemoteEndpoints(query, endpoint, graphStore);
    }

    /** These endpoints with another Graph Store Protocol endpoint. */
    public RemoteEndpoints graphStore(URI endpoint) {
        return new RemoteEndpoints(query, update, endpoint);
    }

    private static void check(String what, URI url) {
        Objects.requireNonNull(url, what);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new EntenteException("Remote " + what + " URL '" + url + "' is not an http(s) URL like http://127.0.0.1:3030/kg");
        }
    }
}
