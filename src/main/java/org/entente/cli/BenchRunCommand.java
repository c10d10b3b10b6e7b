package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.bench.BenchRun;
import org.entente.bench.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code entente bench run}: throughput, stage times, the bare-pipeline and tdbloader
 * comparisons, question latency, memory and growth; a table on standard output, JSON to a file.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Measure ingestion, bulk loading, questions and memory; print a table and write JSON.",
        description = {"Every figure is the median of --runs runs after --warmup runs. The defaults finish in a few minutes;",
                "the full measurement: --docs 2000 --query-triples 10000000 --memory-docs 10000 --growth 1000,10000,100000.",
                "With --corpus, ingestion and the bare pipeline are measured on copies of real articles too."})
final class BenchRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "<n>", description = "Corpus size for ingestion, the bare pipeline and bulk load (default: ${DEFAULT-VALUE}).")
    int docs = 300;

    @Option(names = "--runs", paramLabel = "<n>", description = "Timed runs per figure (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--warmup", paramLabel = "<n>", description = "Untimed runs first, after the text pipeline has read 3,000 documents untimed;"
            + " 0: none of either, a cold start (default: ${DEFAULT-VALUE}).")
    int warmup = 1;

    @Option(names = "--seed", paramLabel = "<n>", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--query-triples", paramLabel = "<n>", description = "Size of the store the questions run on (default: ${DEFAULT-VALUE}).")
    long queryTriples = 500_000;

    @Option(names = "--query-runs", paramLabel = "<n>", description = "Timed runs per filtered question (default: ${DEFAULT-VALUE}).")
    int queryRuns = 50;

    @Option(names = "--query-store", paramLabel = "<dir>", description = "Keep the large store here and reuse it on later runs.")
    Path queryStore;

    @Option(names = "--memory-docs", paramLabel = "<n>", description = "Documents ingested in a JVM of their own to measure memory; 0 skips (default: ${DEFAULT-VALUE}).")
    int memoryDocs = 1000;

    @Option(names = "--memory-heap", paramLabel = "<MiB>", description = "Heap limit of that JVM (default: ${DEFAULT-VALUE}).")
    int memoryHeap = 1024;

    @Option(names = "--growth", split = ",", paramLabel = "<n>", description = "Store sizes for per-document time (default: 500,2000).")
    List<Integer> growth = new ArrayList<>(List.of(500, 2000));

    @Option(names = "--corpus", paramLabel = "<dir>", description = "A folder of real articles (.txt .md .html .htm, found as"
            + " ingest finds them; answer keys and RDF files left out): ingestion and the bare pipeline are measured on copies of them as well.")
    Path corpus;

    @Option(names = "--copies", paramLabel = "<n>", description = "Copies of each of those articles, each with bytes of its own (default: ${DEFAULT-VALUE}).")
    int copies = 10;

    @Option(names = "--only", split = ",", paramLabel = "<section>", description = "Run only these: ingest, bare, bulk, queries, memory, growth.")
    List<String> only = new ArrayList<>();

    @Option(names = "--work", paramLabel = "<dir>", description = "Scratch folder for corpora and stores (default: a new temporary folder, deleted after).")
    Path work;

    @Option(names = "--out", paramLabel = "<file>", description = "Where to write the JSON (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("bench-results.json");

    @Override
    public Integer call() throws IOException {
        if (growth.stream().anyMatch(g -> g < 1)) throw new ParameterException(spec.commandLine(), "Illegal --growth " + growth + ": sizes are 1 or more");
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("entente-bench") : work;
        BenchRun.Options options;
        try {
            options = new BenchRun.Options(docs, runs, warmup, seed, queryTriples, queryRuns, memoryDocs, memoryHeap, growth,
                    new HashSet<>(only), dir, queryStore, corpus, copies);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            Results results = new BenchRun(options, System.err).run();
            results.writeJson(out);
            System.out.print(results.table());
            System.out.println("\nJSON: " + out);
            return 0;
        } finally {
            if (temporary) BenchRun.deleteFolder(dir);
        }
    }
}
