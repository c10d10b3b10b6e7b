package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.EntenteException;
import org.entente.bench.ServeLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente bench serve}: the server answering questions while documents are ingested over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Load a server on loopback: clients ask the contract questions while documents are posted to /kg/ingest.",
        description = "Prints question throughput and p50/p99 latency, and checks that no response was an error and no posted document was lost. Exit 1 if either failed.")
final class BenchServeCommand implements Callable<Integer> {
    @Option(names = "--clients", paramLabel = "<n>", description = "Client threads sending questions (default: ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--seconds", paramLabel = "<s>", description = "How long to run (default: ${DEFAULT-VALUE}).")
    double seconds = 30;

    @Option(names = "--articles", paramLabel = "<dir>", description = "Documents to post, cycled (default: data/gold).")
    Path articles = Path.of("data", "gold");

    @Override
    public Integer call() throws Exception {
        List<Path> docs;
        try (Stream<Path> files = Files.walk(articles)) {
            docs = files.filter(p -> p.toString().matches(".*\\.(md|txt|html|htm)$")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new EntenteException(articles + ": cannot read the articles to post: " + e.getMessage(), e);
        }
        if (docs.isEmpty()) throw new EntenteException(articles + ": no .md, .txt or .html documents to post");
        Path store = Files.createTempDirectory("entente-bench-serve");
        try {
            ServeLoad.Result r = ServeLoad.run(store, docs, clients, seconds);
            System.out.printf("server under load (%d client threads, %.0f s, 1 writer posting to /kg/ingest; %d cores, Java %s)%n",
                    r.clients(), r.seconds(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            System.out.printf("  questions answered   %d (%.1f/s)%n", r.questions(), r.questions() / r.seconds());
            System.out.printf("  latency              p50 %.1f ms   p99 %.1f ms   max %.1f ms%n", r.p50Ms(), r.p99Ms(), r.maxMs());
            System.out.printf("  documents posted     %d, stored %d%n", r.documentsPosted(), r.documentsStored());
            System.out.printf("  error responses      %d%n", r.errors().size());
            r.errors().stream().limit(5).forEach(e -> System.out.println("    " + e));
            return r.clean() ? 0 : 1;
        } finally {
            deleteTree(store);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
