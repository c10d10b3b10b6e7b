package org.entente.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.entente.ingest.Ingestor;
import org.entente.ingest.TextDocuments;
import org.entente.store.KnowledgeGraph;

/**
 * The large store the questions are measured on, built by real ingestion: the generated corpus
 * (document 0, 1, 2 … of one seed) written a slice at a time and ingested through the whole
 * pipeline on all cores, as {@code entente ingest} would, until the store holds the quads asked
 * for. So each event is read from many documents, each with its own claim, the way many outlets
 * report one deployment; replicating a small store's graphs under new IRIs gave every event
 * exactly one claim and no realistic answer to the questions over claims.
 *
 * <p>A marker file records what the store holds; a later run asking for no more, with the same
 * seed, reuses the store (building one takes about half an hour on two cores).
 */
final class ScaleStore {
    /** What a built store holds. */
    record Built(long quads, int documents, long seed, double buildSeconds, boolean reused) {}

    static final String MARKER = "entente-bench-ingested.properties";
    /** Documents written and ingested at a time: 10,000 files of about 1 kB. */
    private static final int SLICE = 10_000;

    private ScaleStore() {}

    /**
     * Opens the store in {@code store} when its marker says it holds at least {@code quads} quads of the seed's
     * corpus; otherwise deletes it and ingests generated documents into a new one until it does.
     */
    static Built build(BenchRun b, Path store, long quads) {
        long seed = b.options().seed();
        Built have = read(store.resolve(MARKER));
        if (have != null && have.quads() >= quads && have.seed() == seed) {
            return new Built(have.quads(), have.documents(), seed, have.buildSeconds(), true);
        }
        Workspace.delete(store);
        Path slice = b.work().root.resolve("scale-slice");
        PrintStream log = b.log();
        long t0 = System.nanoTime();
        long held;
        int docs = 0;
        try (KnowledgeGraph kg = KnowledgeGraph.open(store)) {
            kg.loadReference(List.of());
            held = kg.stats().quads();
            TextDocuments text = new TextDocuments(b.nlp(), b.index());
            while (held < quads) {
                // After the first slice, aim at the size from the quads a document has added so far, a little over.
                int n = docs == 0 ? SLICE : (int) Math.min(SLICE, Math.max(100, (quads - held) * 1.02 / ((double) held / docs)));
                Workspace.delete(slice);
                b.generator().write(slice, docs, docs + n, seed);
                Ingestor.Summary s = new Ingestor(kg, text, b.cores()).ingest(List.of(slice), null, null);
                if (!s.rejected().isEmpty()) throw new IllegalStateException("benchmark documents rejected: " + s.rejected().get(0));
                docs += n;
                held = kg.stats().quads();
                log.printf("bench: large store, %,d documents ingested, %,d quads, %.0f s%n", docs, held, (System.nanoTime() - t0) / 1e9);
            }
        }
        Workspace.delete(slice);
        Built built = new Built(held, docs, seed, (System.nanoTime() - t0) / 1e9, false);
        write(store.resolve(MARKER), built);
        return built;
    }

    private static Built read(Path marker) {
        if (!Files.exists(marker)) return null;
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(marker)) {
            p.load(in);
            return new Built(Long.parseLong(p.getProperty("quads")), Integer.parseInt(p.getProperty("documents")),
                    Long.parseLong(p.getProperty("seed")), Double.parseDouble(p.getProperty("buildSeconds")), true);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void write(Path marker, Built b) {
        Properties p = new Properties();
        p.setProperty("quads", Long.toString(b.quads()));
        p.setProperty("documents", Integer.toString(b.documents()));
        p.setProperty("seed", Long.toString(b.seed()));
        p.setProperty("buildSeconds", Double.toString(b.buildSeconds()));
        try (var out = Files.newBufferedWriter(marker)) {
            p.store(out, "the generated corpus of entente bench run, ingested");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
