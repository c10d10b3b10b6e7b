package org.entente.rdf;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.entente.vocab.Vocab;

/**
 * One document's assertions, ready to store: the graph IRI ({@code …/doc/{sha256}}), the
 * triples, and the key that identifies the document's source across versions (its path or
 * URL), so that a changed file replaces the graph of its earlier version.
 *
 * @param name  the graph name, minted from the content hash
 * @param graph the triples; not modified by the store
 * @param sourceKey the file path or URL the content came from
 */
public record DocumentGraph(Node name, Graph graph, String sourceKey) {
    public DocumentGraph {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(sourceKey, "sourceKey");
        if (!name.isURI() || !name.getURI().startsWith(Vocab.DOC)) {
            throw new IllegalArgumentException("A document graph name must start with " + Vocab.DOC + ": " + name);
        }
    }
}
