package org.entente.cli;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.entente.EntenteException;
import org.entente.SentenceWarning;
import org.entente.ingest.DocumentWarning;
import org.entente.ingest.Ingestor;
import org.entente.ingest.TextDocuments;
import org.entente.query.QueryCatalogue;
import org.entente.server.EntenteServer;
import org.entente.server.WriterCredentials;
import org.entente.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente serve}: publishes the store over HTTP with Fuseki and its UI. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the store over HTTP: SPARQL endpoints, the Fuseki UI and document ingest, at /kg.",
        description = {"Anyone may query (/kg/sparql, /kg/query) and read graphs (/kg/get, GET /kg/data).",
                "Writes (/kg/update, /kg/data, POST /kg/ingest) need a writer: HTTP basic, users from --password-file,",
                "$ENTENTE_PASSWORD_FILE, or $ENTENTE_WRITER_USER and $ENTENTE_WRITER_PASSWORD. Without them the server",
                "is read-only and every write answers 401.",
                "--demo first ingests the bundled articles (data/articles and data/gold) into the store: './entente serve --demo'."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "<port>", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--host", paramLabel = "<host>",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host = "127.0.0.1";

    @Option(names = "--timeout", paramLabel = "<seconds>", description = "Longest a query may run before it answers 503 (default: ${DEFAULT-VALUE}).")
    int timeout = 30;

    @Option(names = "--password-file", paramLabel = "<file>",
            description = "Writers, one 'user: password' a line (Jetty realm format); default: $ENTENTE_PASSWORD_FILE.")
    Path passwordFile;

    @Option(names = "--allow-fetch", paramLabel = "<url-prefix>",
            description = "A URL prefix the server may fetch on a request's behalf (a query's SERVICE, an update's LOAD);"
                    + " repeat for more. Default: none, both refused.")
    List<String> allowFetch = new ArrayList<>();

    @Option(names = "--demo", description = "First ingest the bundled sample articles (data/articles and data/gold) into the store.")
    boolean demo;

    private final Object lock = new Object();
    private boolean closed;

    @Override
    public Integer call() {
        if (storeOptions.isRemote()) throw new EntenteException("serve publishes a local store: give --store a directory, not a URL");
        if (timeout < 1) throw new EntenteException("--timeout " + timeout + " must be at least 1 second");
        WriterCredentials writers = WriterCredentials.resolve(passwordFile, System.getenv());
        KnowledgeGraph kg = storeOptions.open();
        EntenteServer server;
        try {
            TextDocuments text = Pipelines.text(kg, storeOptions);
            if (demo) ingestArticles(kg, text);
            server = EntenteServer.create(kg).text(text).host(host).port(port)
                    .queryTimeout(Duration.ofSeconds(timeout)).writers(writers).allowFetch(allowFetch).build();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(server, kg), "entente-shutdown"));
            server.start();
        } catch (RuntimeException e) {
            kg.close();
            throw e;
        }
        banner(System.err, server, kg, writers);
        server.join();
        shutdown(server, kg);
        return 0;
    }

    /** Stops the server, waits for a write in progress, closes the store; runs once. */
    private void shutdown(EntenteServer server, KnowledgeGraph kg) {
        synchronized (lock) {
            if (closed) return;
            closed = true;
            try {
                server.stop();
            } finally {
                // A write transaction still running finishes before the store closes.
                Txn.executeWrite(kg.datasetGraph(), () -> {});
                kg.close();
                System.err.println("entente: server stopped, store closed");
            }
        }
    }

    private void ingestArticles(KnowledgeGraph kg, TextDocuments text) {
        Path articles = articlesFolder();
        System.err.println("entente: ingesting the sample articles in " + articles + " ...");
        // The gold set's articles were written for this project too: they make a fuller demo.
        Path gold = articles.resolveSibling("gold");
        List<Path> folders = Files.isDirectory(gold) ? List.of(articles, gold) : List.of(articles);
        Ingestor.Summary s = new Ingestor(kg, text, Runtime.getRuntime().availableProcessors()).ingest(folders, null, null);
        System.err.printf("entente: %d files: %d added, %d replaced, %d unchanged, %d rejected%n",
                s.files(), s.added(), s.replaced(), s.unchanged(), s.rejected().size());
        for (Ingestor.Rejection r : s.rejected()) System.err.println("entente: rejected " + r.file() + ": " + r.reason());
        for (DocumentWarning w : s.documentWarnings()) System.err.println("entente: warning " + w.message());
        for (SentenceWarning w : s.warnings()) System.err.println("entente: warning " + w.message());
    }

    /** data/articles of the Entente folder: $ENTENTE_HOME, the folder the jar was built in, or the current folder. */
    static Path articlesFolder() {
        List<Path> candidates = new ArrayList<>();
        String home = System.getenv("ENTENTE_HOME");
        if (home != null && !home.isBlank()) candidates.add(Path.of(home));
        String property = System.getProperty("entente.home");
        if (property != null && !property.isBlank()) candidates.add(Path.of(property));
        try {
            Path code = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/entente-…-cli.jar or target/classes: the project folder is two levels up.
            if (code.getParent() != null && code.getParent().getParent() != null) candidates.add(code.getParent().getParent());
        } catch (URISyntaxException | RuntimeException e) {
            // No code location (unusual class loader): the other candidates remain.
        }
        candidates.add(Path.of(""));
        for (Path c : candidates) {
            Path articles = c.resolve("data").resolve("articles");
            if (Files.isDirectory(articles)) return articles.toAbsolutePath().normalize();
        }
        throw new EntenteException("Cannot find the sample articles (data/articles): run from the Entente folder or set ENTENTE_HOME");
    }

    private void banner(PrintStream err, EntenteServer server, KnowledgeGraph kg, WriterCredentials writers) {
        String dataset = server.datasetUrl();
        err.println();
        err.println("Entente is serving " + kg.documents().size() + " documents at " + server.url());
        err.println("  Query editor (Fuseki UI)  " + server.url());
        err.println("  Explorer                  " + server.url() + "explore");
        err.println("  SPARQL endpoint           " + dataset + "/sparql");
        if (writers.isEmpty()) {
            err.println("  Writes                    READ-ONLY: no writer credentials (--password-file, $ENTENTE_PASSWORD_FILE,");
            err.println("                            or $ENTENTE_WRITER_USER/$ENTENTE_WRITER_PASSWORD); every write answers 401");
        } else {
            err.println("  Writes                    writers from " + writers.origin() + " (HTTP basic): "
                    + dataset + "/update, " + dataset + "/data, POST " + dataset + "/ingest");
            if (passwordFile != null && WriterCredentials.readableByOthers(passwordFile)) {
                err.println("  Warning                   " + passwordFile + " is readable by other users: chmod 600 it");
            }
        }
        err.println();
        err.println("Questions to try (in the UI's example queries, or from another terminal):");
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        for (String name : QueryCatalogue.CONTRACT) {
            if (!catalogue.names().contains(name)) continue;
            err.println("  " + catalogue.summary(name));
            err.println("      ./entente query " + name + " --store " + dataset);
        }
        err.println("  Or with curl:");
        err.println("      curl -s " + dataset + "/sparql -H 'Accept: text/csv' --data-urlencode \\");
        err.println("        'query=SELECT ?document ?title WHERE { GRAPH ?document { ?document <https://w3id.org/entente/ontology#title> ?title } }'");
        if (!writers.isEmpty()) {
            err.println("      curl -s -u USER:PASSWORD -H 'Content-Type: text/markdown' --data-binary @article.md '" + dataset + "/ingest?name=article.md'");
        }
        err.println();
        err.println("Stop with Ctrl-C.");
    }
}
