package org.entente.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.ServerConnector;
import org.entente.EntenteException;
import org.entente.ingest.TextDocuments;
import org.entente.query.QueryCatalogue;
import org.entente.store.KnowledgeGraph;

/**
 * A knowledge graph served over HTTP: Fuseki with its UI, one dataset {@code /kg}.
 *
 * <pre>{@code
 * EntenteServer server = EntenteServer.create(kg).text(pipeline).port(3030)
 *         .writers(WriterCredentials.fromFile(Path.of("writers.realm"))).build().start();
 * System.out.println(server.url());   // http://127.0.0.1:3030/
 * }</pre>
 *
 * <table>
 * <caption>Paths</caption>
 * <tr><td>{@code /kg/sparql}, {@code /kg/query}</td><td>SPARQL 1.1 query (GET, POST)</td><td>anyone</td></tr>
 * <tr><td>{@code /kg/get}</td><td>Graph Store Protocol, read</td><td>anyone</td></tr>
 * <tr><td>{@code /kg/update}</td><td>SPARQL 1.1 Update</td><td>writers</td></tr>
 * <tr><td>{@code /kg/data}</td><td>Graph Store Protocol, read and write</td><td>reads anyone, writes writers</td></tr>
 * <tr><td>{@code /kg/ingest}</td><td>POST a text document ({@link IngestService})</td><td>writers</td></tr>
 * <tr><td>{@code /$/ping}, {@code /$/server}, {@code /$/stats}</td><td>health, status, counters (GET)</td><td>anyone</td></tr>
 * <tr><td>{@code /}</td><td>the Fuseki UI, opened on the query editor with the questions</td><td>anyone</td></tr>
 * <tr><td>{@code /explore}</td><td>the explorer: network, timelines, evidence ({@link ExplorerPages})</td><td>anyone</td></tr>
 * </table>
 *
 * <p>The dataset root {@code /kg} has no operations, so no write path is open there. Fuseki's
 * admin module is not loaded: {@code /$/datasets}, {@code /$/backup}, {@code /$/compact} and
 * {@code /$/tasks} are not served, and {@link WriteGuard} answers 401 to anonymous requests
 * for any of them. Without writers the server is read-only: every write answers 401.
 *
 * <p>Nothing is fetched on a request's behalf ({@code SERVICE}, {@code LOAD}) unless allowed
 * ({@link Builder#allowFetch}); requests are bounded in size ({@link RequestBounds}); a store
 * directory is compacted after enough writes ({@link Builder#compaction}).
 *
 * <p>Query timeout: set on the dataset's context (it applies to every query on that dataset in
 * this JVM); a query past it answers 503. The builder is not thread-safe; the server is.
 */
public final class EntenteServer {
    /** The dataset's name in URLs. */
    public static final String DATASET = "kg";
    /** The question the UI's editor opens with. */
    static final String FIRST_QUESTION = "deployments";

    private final FusekiServer fuseki;
    private final String host;
    private final boolean readOnly;
    private final AutoCompaction compaction;
    private final Duration compactionEvery;
    private ScheduledExecutorService upkeep;

    private EntenteServer(FusekiServer fuseki, String host, boolean readOnly, AutoCompaction compaction, Duration compactionEvery) {
        this.fuseki = fuseki;
        this.host = host;
        this.readOnly = readOnly;
        this.compaction = compaction;
        this.compactionEvery = compactionEvery;
    }

    /** A builder for a server over a local knowledge graph (not a remote one). */
    public static Builder create(KnowledgeGraph graph) {
        return new Builder(graph);
    }

    /** Starts listening; returns this server. */
    public EntenteServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            throw new EntenteException("Cannot start the server on " + host + ": " + e.getMessage(), e);
        }
        if (compaction != null) {
            upkeep = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "entente-compaction");
                t.setDaemon(true);
                return t;
            });
            long every = compactionEvery.toMillis();
            upkeep.scheduleWithFixedDelay(compaction, every, every, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Stops listening and waits for requests in progress (up to the Jetty stop timeout) and for a compaction under way. */
    public void stop() {
        try {
            fuseki.stop();
        } finally {
            if (upkeep != null) {
                upkeep.shutdown();
                try {
                    upkeep.awaitTermination(10, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port listened on (the real one when 0 was asked for). */
    public int port() {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof NetworkConnector nc && nc.getLocalPort() > 0) return nc.getLocalPort();
        }
        return fuseki.getHttpPort();
    }

    /** The server's base URL, ending in '/'. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/kg}. */
    public String datasetUrl() {
        return url() + DATASET;
    }

    /** True when no writer credentials were given. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Settings of a server; each returns this builder. */
    public static final class Builder {
        private final KnowledgeGraph graph;
        private TextDocuments text;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private WriterCredentials writers = WriterCredentials.none();
        private Path runDirectory;
        private Map<String, String> questions;
        private FetchPolicy fetch = FetchPolicy.none();
        private Duration compactionEvery = AutoCompaction.EVERY;
        private int compactionWrites = AutoCompaction.WRITES;

        private Builder(KnowledgeGraph graph) {
            this.graph = Objects.requireNonNull(graph, "graph");
        }

        /** The text pipeline for {@code /kg/ingest} (default none: ingest answers 503). */
        public Builder text(TextDocuments pipeline) {
            this.text = pipeline;
            return this;
        }

        /** The interface to listen on (default 127.0.0.1, loopback only; 0.0.0.0 for all). */
        public Builder host(String name) {
            if (name == null || name.isBlank()) throw new EntenteException("Illegal host: '" + name + "'");
            this.host = name;
            return this;
        }

        /** The port (default 3030; 0 picks a free one). */
        public Builder port(int number) {
            if (number < 0 || number > 65535) throw new EntenteException("Illegal port=" + number + ": use 0 to 65535");
            this.port = number;
            return this;
        }

        /** The longest a query may run before it answers 503 (default 30 s). */
        public Builder queryTimeout(Duration limit) {
            if (limit == null || limit.isNegative() || limit.isZero()) throw new EntenteException("Illegal query timeout: " + limit);
            this.queryTimeout = limit;
            return this;
        }

        /** Who may write (default nobody: read-only). */
        public Builder writers(WriterCredentials credentials) {
            this.writers = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * Fuseki's server-control folder (FUSEKI_BASE: where the UI module looks for an
         * override {@code webapp/}). Default: {@code fuseki-run} in the store directory, or a
         * folder in the system temporary directory for an in-memory store; never the current
         * directory.
         */
        public Builder runDirectory(Path folder) {
            this.runDirectory = folder;
            return this;
        }

        /** The UI's example questions, name to SPARQL (default: the bundled contract questions). */
        public Builder questions(Map<String, String> namedQueries) {
            this.questions = new LinkedHashMap<>(namedQueries);
            return this;
        }

        /**
         * URL prefixes the server may fetch on a request's behalf: a query's {@code SERVICE}, an
         * update's {@code LOAD} (default none; see {@link FetchPolicy}).
         */
        public Builder allowFetch(List<String> urlPrefixes) {
            this.fetch = FetchPolicy.of(urlPrefixes);
            return this;
        }

        /**
         * How often to check whether to compact a store directory, and after how many accepted
         * writes (default every minute, 500 writes; {@code Duration.ZERO} turns compaction off).
         * An in-memory store is never compacted.
         */
        public Builder compaction(Duration every, int writes) {
            if (every == null || every.isNegative() || writes < 1) {
                throw new EntenteException("Illegal compaction: every " + every + " after " + writes + " writes");
            }
            this.compactionEvery = every;
            this.compactionWrites = writes;
            return this;
        }

        /** Builds the server, not yet listening. */
        public EntenteServer build() {
            DatasetGraph dsg = graph.datasetGraph();
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            // Every SERVICE of a query on this dataset passes the fetch policy first (like the
            // timeout, a setting of the dataset: the last server built over it decides).
            ServiceExecutorRegistry services = ServiceExecutorRegistry.get().copy();
            services.addSingleLink(fetch::service);
            ServiceExecutorRegistry.set(dsg.getContext(), services);
            UiPages ui = new UiPages(DATASET, questions(), FIRST_QUESTION);
            AutoCompaction compaction = graph.location() != null && !compactionEvery.isZero()
                    ? new AutoCompaction(graph, compactionWrites) : null;
            DataService service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.Update, "update")
                    .addEndpoint(Operation.GSP_RW, "data")
                    .addEndpoint(IngestService.OPERATION, "ingest")
                    .build();
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(false)
                    .enableCors(false)
                    .enablePing(true)
                    .enableStats(true)
                    .registerOperation(IngestService.OPERATION, new IngestService(graph, text))
                    .add(DATASET, service)
                    .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(runDirectory()))
                    .addServlet("/$/server", new ActionServerStatus())
                    .addFilter("/*", new SecurityHeaders(ui.startScript()))
                    .addFilter("/*", new WriteGuard("/" + DATASET, writers, compaction == null ? () -> {} : compaction::wrote))
                    .addFilter("/*", new RequestBounds("/" + DATASET, fetch))
                    .addFilter("/*", ui)
                    .addFilter("/*", new ExplorerPages(new ExplorerQuestions(graph), ExplorerAssets.load()))
                    .fusekiModules(FusekiModules.create(FMod_UI.create()))
                    .build();
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(host);
            }
            return new EntenteServer(fuseki, host, writers.isEmpty(), compaction, compactionEvery);
        }

        private Path runDirectory() {
            if (runDirectory != null) return runDirectory.toAbsolutePath();
            if (graph.location() != null) return graph.location().toAbsolutePath().resolve("fuseki-run");
            return Path.of(System.getProperty("java.io.tmpdir"), "entente-fuseki-run").toAbsolutePath();
        }

        private Map<String, String> questions() {
            if (questions != null) return questions;
            QueryCatalogue catalogue = QueryCatalogue.bundled();
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : QueryCatalogue.CONTRACT) {
                if (catalogue.names().contains(name)) out.put(name, catalogue.get(name));
            }
            return out;
        }
    }
}
