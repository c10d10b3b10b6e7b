package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.entente.EntenteException;

/**
 * Loads quads in bulk into a local TDB2 store with Jena's TDB2 loader: for restoring an
 * export ({@code entente export --format nquads}) or building a large store from
 * pre-extracted document graphs. Quads go in as they are: unlike {@link KnowledgeGraph#add}, no
 * earlier version of a document is replaced, and the store should not be in use meanwhile.
 *
 * <pre>{@code
 * try (KnowledgeGraph kg = KnowledgeGraph.open(Path.of("store"))) {
 *     long quads = BulkLoader.load(kg, Path.of("export.nq"), BulkLoader.Plan.SAFE);
 * }
 * }</pre>
 */
public final class BulkLoader {
    /** How the load runs. */
    public enum Plan {
        /** One write transaction: all or nothing, safe if the process dies. The default. */
        SAFE,
        /**
         * Jena's phased loader (the default of {@code tdb2.tdbloader}): builds the primary
         * indexes, then the others; faster on large inputs, but a crash part-way leaves the
         * store unusable, so load into a new store or keep a backup.
         */
        FAST
    }

    private static final MonitorOutput QUIET = (format, args) -> {};

    private BulkLoader() {}

    /** Loads one file with the {@link Plan#SAFE} plan. */
    public static long load(KnowledgeGraph kg, Path file) {
        return load(kg, file, Plan.SAFE);
    }

    /**
     * Loads N-Quads, TriG, N-Triples or Turtle files (triples go to the stored default graph,
     * which union queries do not see: give quads).
     *
     * @return the number of quads and triples read
     * @throws EntenteException naming the file when it is missing or does not parse; with
     *                          {@link Plan#SAFE} the store is then left as it was
     */
    public static long load(KnowledgeGraph kg, Path file, Plan plan) {
        if (!Files.isReadable(file)) throw new EntenteException("Cannot read " + file + " to load it");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".nq") || name.endsWith(".trig") || name.endsWith(".nt") || name.endsWith(".ttl")
                || name.endsWith(".nq.gz") || name.endsWith(".trig.gz"))) {
            throw new EntenteException("Cannot bulk-load " + file + ": give N-Quads (.nq), TriG (.trig), N-Triples or Turtle");
        }
        DatasetGraph dsg = kg.datasetGraph();
        DataLoader loader = plan == Plan.SAFE ? LoaderFactory.basicLoader(dsg, QUIET) : LoaderFactory.phasedLoader(dsg, QUIET);
        loader.startBulk();
        try {
            loader.load(List.of(file.toString()));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new EntenteException("Cannot load " + file + ": " + KnowledgeGraph.oneLine(e), e);
        }
        return loader.countQuads() + loader.countTriples();
    }
}
