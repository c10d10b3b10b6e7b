package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.entente.ingest.Ingestor;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.store.KnowledgeGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every question's header example is a row the question answers on the demo store (data/articles
 * and data/gold, as {@code serve --demo} ingests them), and the README's example answer is what
 * the seed article alone gives: a reader who runs them sees what they were shown.
 */
class QueryExamplesTest {
    @TempDir
    static Path dir;
    static Nlp nlp;
    static TextDocuments text;
    static KnowledgeGraph demo;

    @BeforeAll
    static void load() {
        nlp = new Nlp();
        try (KnowledgeGraph kg = KnowledgeGraph.inMemory()) {
            kg.loadReference(List.of());
            text = new TextDocuments(nlp, ReferenceIndex.build(kg.referenceGraph()));
        }
        demo = store("demo", Path.of("data/articles"), Path.of("data/gold"));
    }

    @AfterAll
    static void close() {
        demo.close();
        nlp.close();
    }

    static KnowledgeGraph store(String name, Path... paths) {
        KnowledgeGraph kg = KnowledgeGraph.open(dir.resolve(name));
        kg.loadReference(List.of());
        Ingestor.Summary s = new Ingestor(kg, text, 2).ingest(List.of(paths), null, null);
        assertTrue(s.rejected().isEmpty(), s.rejected().toString());
        return kg;
    }

    static List<String> questions() {
        return List.copyOf(QueryCatalogue.bundled().names());
    }

    @ParameterizedTest
    @MethodSource("questions")
    void headerExample_isARowTheQuestionAnswers_onTheDemoStore(String name) {
        String sparql = QueryCatalogue.bundled().get(name);
        Example example = Example.of(sparql);
        assertFalse(example.columns().isEmpty(), name + ": no example in the header");
        Map<String, Node> params = Parameters.parse(example.params());
        Parameters.check(sparql, params);
        ResultSetRewindable rows = demo.select(sparql, params);
        List<String> vars = rows.getResultVars();
        for (String column : example.columns().keySet()) assertTrue(vars.contains(column), name + ": the example names no column " + column);
        List<String> shown = new ArrayList<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            if (example.matches(row)) return;
            shown.add(vars.stream().map(v -> v + "=" + row.get(v)).collect(Collectors.joining("  ")));
        }
        throw new AssertionError(name + ": no row answers the header example " + example.columns()
                + "\nrows:\n" + String.join("\n", shown));
    }

    @Test
    void readmeExampleAnswer_isWhatTheSeedArticleAloneGives() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("then `./entente query deployments --store kg --format csv`");
        assertTrue(at > 0, "the README's example answer");
        int open = readme.indexOf("```\n", at) + 4;
        List<String> shown = readme.substring(open, readme.indexOf("```", open)).strip().lines().toList();
        List<String> answered = new ArrayList<>();
        try (KnowledgeGraph kg = store("seed", Path.of("data/articles"))) {
            ResultSetRewindable rows = kg.select(QueryCatalogue.bundled().get("deployments"), Map.of());
            List<String> vars = rows.getResultVars().subList(1, rows.getResultVars().size());
            answered.add(String.join(",", vars));
            rows.forEachRemaining(row -> answered.add(vars.stream().map(v -> shortly(row.get(v))).collect(Collectors.joining(","))));
        }
        assertEquals(answered, shown, "the README shows what the question answers on the seed article");
    }

    /** As the README shows a term: IRIs without the id prefix, literals by their words. */
    private static String shortly(RDFNode n) {
        if (n == null) return "";
        return n.isURIResource() ? n.asResource().getURI().replace("https://w3id.org/entente/id/", "") : n.asLiteral().getLexicalForm();
    }

    /**
     * A header example: the command's {@code --param}s and the columns it shows. Terms are written
     * {@code col=…/state/KP "North Korea"} (an IRI ending so, then that column's label),
     * {@code col="words"}, {@code col="2024-06"^^xsd:gYearMonth} or {@code col=3000}; an ellipsis
     * stands for any text.
     */
    record Example(List<String> params, Map<String, Term> columns) {
        private static final Pattern TERM = Pattern.compile("(?:([A-Za-z]+)=)?(\"([^\"]*)\"(?:\\^\\^xsd:([A-Za-z]+))?|\\S+)");

        /** What a column must show: an IRI or a literal's words matching the text, of the datatype when one is given. */
        record Term(Pattern text, String datatype) {
            boolean matches(RDFNode n) {
                if (n == null) return false;
                if (n.isURIResource()) return datatype == null && text.matcher(n.asResource().getURI()).matches();
                return text.matcher(n.asLiteral().getLexicalForm()).matches()
                        && (datatype == null || n.asLiteral().getDatatypeURI().equals(datatype));
            }

            @Override
            public String toString() {
                return text.pattern().replace("\\E.*\\Q", "…").replace("\\Q", "").replace("\\E", "")
                        + (datatype == null ? "" : "^^" + datatype);
            }
        }

        static Example of(String sparql) {
            List<String> lines = sparql.lines().takeWhile(l -> l.startsWith("#")).toList();
            int at = 0;
            while (at < lines.size() && !lines.get(at).startsWith("# Example:")) at++;
            if (at == lines.size()) return new Example(List.of(), Map.of());
            List<String> params = new ArrayList<>();
            String[] command = lines.get(at).split("\\s+");
            for (int i = 0; i + 1 < command.length; i++) if (command[i].equals("--param")) params.add(command[i + 1]);
            Map<String, Term> columns = new LinkedHashMap<>();
            String last = null;
            for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("#   "); i++) {
                Matcher m = TERM.matcher(lines.get(i).substring(1));
                while (m.find()) {
                    if (m.group(1) == null && (last == null || m.group(3) == null)) {
                        throw new AssertionError("a term that follows no IRI and names no column: " + m.group() + " in " + lines.get(i));
                    }
                    String column = m.group(1) != null ? m.group(1) : last + "Label";
                    String words = m.group(3) != null ? m.group(3) : m.group(2);
                    String datatype = m.group(4) == null ? null : "http://www.w3.org/2001/XMLSchema#" + m.group(4);
                    columns.put(column, new Term(Pattern.compile(Pattern.quote(words).replace("…", "\\E.*\\Q")), datatype));
                    last = m.group(1) != null && m.group(3) == null ? m.group(1) : null;
                }
            }
            return new Example(params, columns);
        }

        boolean matches(QuerySolution row) {
            return columns.entrySet().stream().allMatch(c -> c.getValue().matches(row.get(c.getKey())));
        }
    }
}
