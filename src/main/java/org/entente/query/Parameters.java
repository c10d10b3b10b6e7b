package org.entente.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.entente.EntenteException;
import org.entente.UsageException;

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

    /** One or more names, listed ("?from, ?to" or "?from and ?to"), then a dash and what they take. */
    private static final Pattern DECLARED = Pattern.compile(
            "(\\?[A-Za-z_][A-Za-z0-9_]*(?:\\s*(?:,|and)\\s*\\?[A-Za-z_][A-Za-z0-9_]*)*)\\s*[—–-]+\\s*([^;]*)");
    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * Checks parameters against the question they are for, so that a misspelt name or a value of the wrong kind is an
     * error rather than a quietly unfiltered answer. The names a question takes are those its header's
     * {@code # Parameters} line declares ("?state — an IRI; …", "?from, ?to — ISO dates"), or, with no such line, the variables it uses; a
     * parameter declared as an IRI takes no plain string.
     *
     * @throws UsageException naming the parameter and what the question takes
     */
    public static void check(String sparql, Map<String, Node> parameters) {
        if (parameters.isEmpty()) return;
        Map<String, Boolean> declared = declared(sparql);
        java.util.Set<String> takes = new TreeSet<>();
        if (declared != null) {
            takes.addAll(declared.keySet());
        } else {
            Matcher m = VARIABLE.matcher(sparql.replaceAll("(?m)^\\s*#.*$", ""));
            while (m.find()) takes.add(m.group(1));
        }
        for (Map.Entry<String, Node> p : parameters.entrySet()) {
            String name = p.getKey();
            if (!takes.contains(name)) {
                throw new UsageException("unknown parameter '" + name + "': this question takes "
                        + (takes.isEmpty() ? "none" : "?" + String.join(", ?", takes)));
            }
            if (declared != null && declared.get(name) && !p.getValue().isURI()) {
                String example = name.equals("state") ? ", e.g. https://w3id.org/entente/id/state/RU" : "";
                throw new UsageException("parameter '" + name + "' takes an IRI, not \"" + p.getValue().getLiteralLexicalForm()
                        + "\" (write the whole IRI" + example + ")");
            }
        }
    }

    /** The parameters a question's header declares, each with whether it takes an IRI; null when it declares none. */
    static Map<String, Boolean> declared(String sparql) {
        StringBuilder block = null;
        for (String line : sparql.split("\n")) {
            if (!line.startsWith("#")) break;
            if (line.startsWith("# Parameters")) block = new StringBuilder(line);
            else if (block != null && line.startsWith("#   ")) block.append(' ').append(line.substring(1).trim());
            else if (block != null) break;
        }
        if (block == null) return null;
        Map<String, Boolean> out = new LinkedHashMap<>();
        Matcher m = DECLARED.matcher(block);
        while (m.find()) {
            Matcher name = VARIABLE.matcher(m.group(1));
            while (name.find()) out.put(name.group(1), m.group(2).contains("IRI"));
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
