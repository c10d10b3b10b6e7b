package org.entente.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.EntenteException;
import org.entente.rdf.DocumentGraph;
import org.entente.vocab.Iris;
import org.entente.vocab.Vocab;

/**
 * Pre-extracted document graphs in RDF files. A TriG or N-Quads file whose named graphs are
 * Entente document graphs (an export, say) gives those graphs back as they were; any other
 * RDF file becomes one document graph of its own, named by the hash of its bytes.
 */
final class RdfDocuments {
    private RdfDocuments() {}

    static boolean accepts(String fileName) {
        return lang(fileName) != null;
    }

    static Lang lang(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".ttl")) return Lang.TURTLE;
        if (n.endsWith(".trig")) return Lang.TRIG;
        if (n.endsWith(".nq")) return Lang.NQUADS;
        if (n.endsWith(".nt")) return Lang.NTRIPLES;
        return null;
    }

    static List<DocumentGraph> read(Path file, byte[] bytes, String sourceKey) {
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        try {
            RDFParser.source(new java.io.ByteArrayInputStream(bytes)).lang(lang(file.toString()))
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(parsed);
        } catch (RiotException e) {
            throw new EntenteException(file + ": not valid " + lang(file.toString()).getLabel() + ": " + oneLine(e), e);
        }
        List<DocumentGraph> out = new ArrayList<>();
        parsed.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(Vocab.DOC) && g.getURI().indexOf('/', Vocab.DOC.length()) < 0) {
                Graph graph = parsed.getGraph(g);
                out.add(new DocumentGraph(g, copy(graph), sourceOf(graph, g, sourceKey)));
            }
        });
        if (!out.isEmpty()) return out;
        Graph all = GraphFactory.createDefaultGraph();
        parsed.find().forEachRemaining(q -> {
            if (!Vocab.REFERENCE_GRAPH.equals(q.getGraph())) all.add(q.asTriple());
        });
        if (all.isEmpty()) throw new EntenteException(file + ": holds no triples");
        Node doc = Iris.document(Iris.sha256(bytes));
        all.add(doc, Vocab.TYPE, Vocab.DOCUMENT);
        all.add(doc, Vocab.FILE_NAME, NodeFactory.createLiteralString(sourceKey));
        all.add(doc, Vocab.CONTENT_HASH, NodeFactory.createLiteralString(Iris.sha256(bytes)));
        return List.of(new DocumentGraph(doc, all, sourceKey));
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    private static String sourceOf(Graph g, Node doc, String fallback) {
        var it = g.find(doc, Vocab.FILE_NAME, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : fallback + "#" + doc.getURI();
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ').trim();
    }
}
