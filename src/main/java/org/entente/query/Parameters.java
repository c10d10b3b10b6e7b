package org.entente.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.entente.EntenteException;

/**
 * Query parameters given as {@code name=value} words. A value that is an absolute IRI (or is
 * written {@code <…>}) becomes an IRI; anything else a plain string literal. Values are bound
 * into the parsed query as RDF terms, so SPARQL syntax inside a value is never executed.
 */
public final class Parameters {
    private Parameters() {}

    public static Map<String, Node> parse(List<String> assignments) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new EntenteException("Parameter '" + a + "' is not name=value");
            String name = a.substring(0, eq).trim();
            if (name.startsWith("?")) name = name.substring(1);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new EntenteException("Parameter name '" + name + "' is not a SPARQL variable name");
            out.put(name, term(a.substring(eq + 1)));
        }
        return out;
    }

    static Node term(String value) {
        String v = value.trim();
        if (v.startsWith("<") && v.endsWith(">")) return NodeFactory.createURI(v.substring(1, v.length() - 1));
        if (v.matches("(?i)(https?|urn|file):[^\\s<>\"{}|\\\\^`]+")) return NodeFactory.createURI(v);
        return NodeFactory.createLiteralString(value);
    }
}
