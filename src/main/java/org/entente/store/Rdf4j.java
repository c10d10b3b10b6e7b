package org.entente.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Maps Jena terms to RDF4J values by hand: there is no maintained bridge between the two. */
final class Rdf4j {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private Rdf4j() {}

    static Model toModel(Iterator<Quad> quads) {
        Model model = new LinkedHashModel();
        while (quads.hasNext()) {
            Quad q = quads.next();
            Resource context = q.isDefaultGraph() ? null : (Resource) value(q.getGraph());
            Resource s = (Resource) value(q.getSubject());
            IRI p = VF.createIRI(q.getPredicate().getURI());
            Value o = value(q.getObject());
            if (context == null) model.add(s, p, o);
            else model.add(s, p, o, context);
        }
        return model;
    }

    static Value value(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return VF.createBNode(n.getBlankNodeLabel());
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("Cannot map this RDF term to RDF4J: " + n);
    }
}
