package org.entente.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.entente.EntenteException;
import org.entente.UsageException;
import org.entente.query.Parameters;
import org.entente.query.QueryCatalogue;
import org.entente.store.KnowledgeGraph;

/**
 * The questions the explorer (and the report) may ask, run on a knowledge graph with checked
 * parameters. Only {@link #NAMES} are asked: the explorer needs no other, and a page open to
 * anyone should not become a second, unbounded SPARQL endpoint (that is {@code /kg/sparql}'s job,
 * with its own limits).
 *
 * <p>Parameters arrive as strings, as from a URL. A blank value counts as absent (a form sends
 * its empty fields). A value that is an absolute IRI is bound as an IRI, anything else as a plain
 * string literal ({@link Parameters}); the question's header decides which names it takes and
 * which of them must be IRIs ({@link Parameters#check}), and {@code from}/{@code to} must be ISO
 * dates of year, month or day precision ({@code 2024}, {@code 2024-03}, {@code 2024-03-05}) —
 * a question compares them as strings, so anything else would answer an empty, misleading table
 * instead of an error. Binding happens in the parsed query, never in its text.
 *
 * <p>Thread-safe: the graph is; this holds nothing else that changes.
 */
public final class ExplorerQuestions {
    /** The questions the explorer asks, in the order the page first asks them. */
    public static final List<String> NAMES = List.of("relations", "timeline", "sources", "disagreements");

    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?");

    private final KnowledgeGraph graph;
    private final QueryCatalogue catalogue;

    /** Questions on this graph, from the questions bundled with this build. */
    public ExplorerQuestions(KnowledgeGraph graph) {
        this(graph, QueryCatalogue.bundled());
    }

    ExplorerQuestions(KnowledgeGraph graph, QueryCatalogue catalogue) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** True when the explorer may ask this question and this build bundles it. */
    public boolean asks(String name) {
        return NAMES.contains(name) && catalogue.names().contains(name);
    }

    /**
     * The parameters as RDF terms, checked against the question.
     *
     * @throws UsageException naming the parameter and what the question takes, or the date that is no ISO date
     * @throws EntenteException when the explorer does not ask this question
     */
    public Map<String, Node> parameters(String name, Map<String, String> raw) {
        String text = text(name);
        Map<String, Node> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : raw.entrySet()) {
            String value = p.getValue() == null ? "" : p.getValue().trim();
            if (value.isEmpty()) continue;
            if ((p.getKey().equals("from") || p.getKey().equals("to")) && !DATE.matcher(value).matches()) {
                throw new UsageException("parameter '" + p.getKey() + "' takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not \"" + value + "\"");
            }
            out.putAll(Parameters.parse(List.of(p.getKey() + "=" + value)));
        }
        Node from = out.get("from");
        Node to = out.get("to");
        if (from != null && to != null && after(from.getLiteralLexicalForm(), to.getLiteralLexicalForm())) {
            throw new UsageException("the range starts (" + from.getLiteralLexicalForm() + ") after it ends (" + to.getLiteralLexicalForm() + ")");
        }
        Parameters.check(text, out);
        return out;
    }

    /** Runs a question with parameters from {@link #parameters}; all rows. Past the dataset's query timeout Jena throws {@code QueryCancelledException}. */
    public ResultSetRewindable ask(String name, Map<String, Node> parameters) {
        return graph.select(text(name), parameters);
    }

    /** A question's columns, in order. */
    public List<String> columns(String name) {
        return org.apache.jena.query.QueryFactory.create(text(name)).getResultVars();
    }

    /** The W3C SPARQL 1.1 results JSON of a question asked with string parameters. */
    public String askJson(String name, Map<String, String> raw) {
        return json(ask(name, parameters(name, raw)));
    }

    /** Rows as W3C SPARQL 1.1 results JSON (the rows are read from the start; the set is left at its end). */
    static String json(ResultSetRewindable rows) {
        rows.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsJSON(out, rows);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String text(String name) {
        if (!NAMES.contains(name)) {
            throw new EntenteException("The explorer does not ask '" + name + "'; it asks " + String.join(", ", NAMES));
        }
        return catalogue.get(name);
    }

    /** Whether one ISO date of any precision starts after another ends, compared on the precision both have. */
    private static boolean after(String from, String to) {
        int n = Math.min(from.length(), to.length());
        return from.substring(0, n).compareTo(to.substring(0, n)) > 0;
    }
}
