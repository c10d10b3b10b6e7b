package org.entente.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.json.JSON;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.query.QueryCatalogue;
import org.entente.server.EntenteServer;
import org.entente.server.WriterCredentials;
import org.entente.store.KnowledgeGraph;

/**
 * The server under load: client threads send the contract questions over HTTP for a while
 * as one writer posts documents to {@code /kg/ingest}; then every posted document must be in
 * the store and no response may have been an error. Loopback only; bounded in time.
 */
public final class ServeLoad {
    /** What a run measured. */
    public record Result(int clients, double seconds, int questions, double p50Ms, double p99Ms, double maxMs,
                         int documentsPosted, int documentsStored, List<String> errors) {
        public boolean clean() {
            return errors.isEmpty() && documentsPosted == documentsStored;
        }
    }

    private static final String USER = "bench", PASSWORD = "bench-" + Long.toHexString(System.nanoTime());

    private ServeLoad() {}

    /**
     * @param store    an empty folder for the store
     * @param articles documents to post, cycled with fresh names
     */
    public static Result run(Path store, List<Path> articles, int clients, double seconds) throws Exception {
        try (KnowledgeGraph kg = KnowledgeGraph.open(store)) {
            kg.loadReference(List.of());
            TextDocuments text = new TextDocuments(new Nlp(), ReferenceIndex.build(kg.referenceGraph()));
            EntenteServer server = EntenteServer.create(kg).host("127.0.0.1").port(0).runDirectory(store.resolve("fuseki-run"))
                    .writers(WriterCredentials.of(USER, PASSWORD)).text(text).build().start();
            try {
                return load(server.url().replaceAll("/$", ""), kg, articles, clients, seconds);
            } finally {
                server.stop();
            }
        }
    }

    private static Result load(String base, KnowledgeGraph kg, List<Path> articles, int clients, double seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> questions = new ArrayList<>();
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        QueryCatalogue.CONTRACT.forEach(name -> questions.add(catalogue.get(name)));
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Set<String> posted = Collections.synchronizedSet(new TreeSet<>());
        CountDownLatch done = new CountDownLatch(clients + 1);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            new Thread(() -> {
                try {
                    for (int i = offset; running.get(); i++) {
                        String body = "query=" + URLEncoder.encode(questions.get(i % questions.size()), StandardCharsets.UTF_8);
                        HttpRequest q = HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/sparql-results+json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        long start = System.nanoTime();
                        HttpResponse<String> r = http.send(q, HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - start);
                        if (r.statusCode() != 200) errors.add("query answered " + r.statusCode());
                    }
                } catch (Exception e) {
                    errors.add("query: " + e);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c).start();
        }
        new Thread(() -> {
            String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            try {
                for (int i = 0; running.get(); i++) {
                    Path a = articles.get(i % articles.size());
                    String name = "bench/" + i + "/" + a.getFileName();
                    HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/kg/ingest?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                            .header("Authorization", auth).header("Content-Type", contentType(a))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(unique(Files.readAllBytes(a), i))).build();
                    HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) errors.add("ingest answered " + r.statusCode() + ": " + r.body());
                    else posted.add(JSON.parse(r.body()).get("document").getAsString().value());
                }
            } catch (Exception e) {
                errors.add("ingest: " + e);
            } finally {
                done.countDown();
            }
        }, "bench-writer").start();
        Thread.sleep((long) (seconds * 1000));
        running.set(false);
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Set<String> present = new TreeSet<>();
        kg.documents().forEach(n -> present.add(n.getURI()));
        int stored = (int) posted.stream().filter(present::contains).count();
        return new Result(clients, seconds, sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                percentile(sorted, 1.0), posted.size(), stored, List.copyOf(errors));
    }

    /** Each post must be new content, or the store (rightly) keeps one copy. */
    private static byte[] unique(byte[] body, int i) {
        byte[] tail = ("\n\n(Bench copy " + i + ".)\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(body, body.length + tail.length);
        System.arraycopy(tail, 0, out, body.length, tail.length);
        return out;
    }

    private static String contentType(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".html") || n.endsWith(".htm") ? "text/html" : n.endsWith(".md") ? "text/markdown" : "text/plain";
    }

    /** The p-quantile (0..1) of sorted nanosecond latencies, in milliseconds; 0 when empty. */
    public static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) return 0;
        int i = (int) Math.ceil(p * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(i, sortedNanos.size() - 1))) / 1e6;
    }
}
