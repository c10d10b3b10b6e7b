package org.entente.store;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.entente.vocab.Vocab;

/**
 * Byte-stable serialisation: graphs, subjects, predicates and objects in sorted order, fixed
 * prefixes, no blank-node labels that change per run. Jena's own Turtle writer sorts
 * predicates but not subjects, so two exports of one store could differ.
 */
final class SortedWriter {
    private SortedWriter() {}

    static final Map<String, String> PREFIXES = new TreeMap<>(Map.ofEntries(
            Map.entry("ent", Vocab.ENT),
            Map.entry("doc", Vocab.DOC),
            Map.entry("state", Vocab.ID + "state/"),
            Map.entry("person", Vocab.ID + "person/"),
            Map.entry("post", Vocab.ID + "post/"),
            Map.entry("tenure", Vocab.ID + "tenure/"),
            Map.entry("org", Vocab.ID + "org/"),
            Map.entry("weapon", Vocab.ID + "weapon/"),
            Map.entry("treaty", Vocab.ID + "treaty/"),
            Map.entry("conflict", Vocab.ID + "conflict/"),
            Map.entry("event", Vocab.ID + "event/"),
            Map.entry("rdf", Vocab.RDF),
            Map.entry("rdfs", Vocab.RDFS),
            Map.entry("xsd", Vocab.XSD),
            Map.entry("skos", Vocab.SKOS),
            Map.entry("prov", Vocab.PROV),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("wd", "http://www.wikidata.org/entity/")));

    private static final Comparator<Node> NODE_ORDER = Comparator.comparing(NodeFmtLib::strNT);

    static void write(List<Quad> quads, ExportFormat format, OutputStream out) {
        switch (format) {
            case NQUADS -> writeNQuads(quads, out);
            case TURTLE -> writeTurtle(quads, out);
            case TRIG -> writeTrig(quads, out);
            case JSONLD -> writeJsonLd(quads, out);
        }
    }

    private static void writeNQuads(List<Quad> quads, OutputStream out) {
        TreeSet<String> lines = new TreeSet<>();
        for (Quad q : quads) lines.add(NodeFmtLib.strNQ(q));
        AWriter w = IO.wrapUTF8(out);
        for (String line : lines) {
            w.write(line);
            w.write("\n");
        }
        w.flush();
    }

    private static void writeTurtle(List<Quad> quads, OutputStream out) {
        AWriter w = IO.wrapUTF8(out);
        NodeFormatterTTL fmt = formatter(w);
        writeTriples(w, fmt, bySubject(quads), "");
        w.flush();
    }

    private static void writeTrig(List<Quad> quads, OutputStream out) {
        AWriter w = IO.wrapUTF8(out);
        NodeFormatterTTL fmt = formatter(w);
        TreeMap<Node, List<Quad>> graphs = new TreeMap<>(NODE_ORDER);
        for (Quad q : quads) graphs.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q);
        for (Map.Entry<Node, List<Quad>> g : graphs.entrySet()) {
            boolean isDefault = Quad.isDefaultGraph(g.getKey());
            if (!isDefault) {
                fmt.format(w, g.getKey());
                w.write(" {\n");
            }
            writeTriples(w, fmt, bySubject(g.getValue()), isDefault ? "" : "    ");
            if (!isDefault) w.write("}\n\n");
        }
        w.flush();
    }

    private static NodeFormatterTTL formatter(AWriter w) {
        PrefixMap pm = PrefixMapFactory.create();
        PREFIXES.forEach(pm::add);
        PREFIXES.forEach((p, iri) -> w.write("@prefix " + p + ": <" + iri + "> .\n"));
        w.write("\n");
        return new NodeFormatterTTL(null, pm);
    }

    /** Subject to predicate to objects, each level sorted; rdf:type sorts first. */
    private static TreeMap<Node, TreeMap<Node, TreeSet<Node>>> bySubject(List<Quad> quads) {
        Comparator<Node> predicates = Comparator.comparing((Node p) -> !p.equals(Vocab.TYPE)).thenComparing(NODE_ORDER);
        TreeMap<Node, TreeMap<Node, TreeSet<Node>>> tree = new TreeMap<>(NODE_ORDER);
        for (Quad q : quads) {
            Triple t = q.asTriple();
            tree.computeIfAbsent(t.getSubject(), s -> new TreeMap<>(predicates))
                .computeIfAbsent(t.getPredicate(), p -> new TreeSet<>(NODE_ORDER))
                .add(t.getObject());
        }
        return tree;
    }

    private static void writeTriples(AWriter w, NodeFormatterTTL fmt, TreeMap<Node, TreeMap<Node, TreeSet<Node>>> tree, String indent) {
        for (var subject : tree.entrySet()) {
            w.write(indent);
            fmt.format(w, subject.getKey());
            boolean firstPredicate = true;
            for (var predicate : subject.getValue().entrySet()) {
                w.write(firstPredicate ? "\n" : " ;\n");
                firstPredicate = false;
                w.write(indent + "    ");
                if (predicate.getKey().equals(Vocab.TYPE)) w.write("a");
                else fmt.format(w, predicate.getKey());
                boolean firstObject = true;
                for (Node o : predicate.getValue()) {
                    w.write(firstObject ? " " : " , ");
                    firstObject = false;
                    fmt.format(w, o);
                }
            }
            w.write(" .\n\n");
        }
    }

    private static void writeJsonLd(List<Quad> quads, OutputStream out) {
        List<Quad> sorted = new ArrayList<>(quads);
        sorted.sort(Comparator.comparing(NodeFmtLib::strNQ));
        WriterConfig config = new WriterConfig();
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        Rio.write(Rdf4j.toModel(sorted.iterator()), out, RDFFormat.JSONLD, config);
    }
}
