package org.entente.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.shared.PrefixMapping;
import org.entente.query.Parameters;
import org.entente.query.QueryCatalogue;
import org.entente.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente query NAME}: asks a named question or a .rq file. */
@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Ask a question: a NAME from queries/ or the path of a .rq file.",
        description = {"Questions: officials, deployments, arms-transfers, treaties, statements, training, provenance.",
                "Results go to standard output; with --format json, the W3C SPARQL 1.1 results JSON and nothing else."})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    @Mixin
    StoreOptions storeOptions;

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "<name>", description = "Question name or .rq file.")
    String name;

    @Option(names = "--param", paramLabel = "<name=value>",
            description = "Bind a query variable; an absolute IRI becomes an IRI, anything else a string. Repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        String text = QueryCatalogue.bundled().get(name);
        var bindings = Parameters.parse(params);
        try (KnowledgeGraph kg = storeOptions.open()) {
            ResultSetRewindable rows = kg.select(text, bindings);
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, rows);
                case csv -> ResultSetFormatter.outputAsCSV(out, rows);
                case tsv -> ResultSetFormatter.outputAsTSV(out, rows);
                case table -> ResultSetFormatter.out(out, rows, prefixes());
            }
            out.flush();
        }
        return 0;
    }

    private static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("ent", org.entente.vocab.Vocab.ENT);
        pm.setNsPrefix("id", org.entente.vocab.Vocab.ID);
        pm.setNsPrefix("doc", org.entente.vocab.Vocab.DOC);
        pm.setNsPrefix("xsd", org.entente.vocab.Vocab.XSD);
        return pm;
    }
}
