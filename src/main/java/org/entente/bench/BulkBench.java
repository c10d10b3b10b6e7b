package org.entente.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.store.BulkLoader;
import org.entente.store.ExportFormat;
import org.entente.store.KnowledgeGraph;

/**
 * Bulk loading of the same N-Quads file into a fresh TDB2 store by Entente's
 * {@link BulkLoader} and by Jena's own {@code tdb2.tdbloader} (from jena-cmds, called in this
 * JVM so that both run equally warm). Each timing includes opening the new store.
 */
final class BulkBench {
    /** One timed load. */
    record Run(double seconds, long quads) {}

    private final Workspace work;

    BulkBench(Workspace work) {
        this.work = work;
    }

    /** Exports a store as N-Quads (Entente's sorted export, every graph). */
    static long export(Path store, Path nquads) {
        try (KnowledgeGraph kg = KnowledgeGraph.open(store); OutputStream out = Files.newOutputStream(nquads)) {
            kg.export(out, ExportFormat.NQUADS, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Files.lines(nquads).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Run entente(Path nquads, BulkLoader.Plan plan) {
        Path dir = work.fresh("bulk-entente");
        long t0 = System.nanoTime();
        long n;
        try (KnowledgeGraph kg = KnowledgeGraph.open(dir)) {
            n = BulkLoader.load(kg, nquads, plan);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        Workspace.delete(dir);
        return new Run(s, n);
    }

    Run tdbloader(Path nquads, long quads) {
        Path dir = work.fresh("bulk-tdbloader");
        long t0 = System.nanoTime();
        try {
            Class.forName("tdb2.tdbloader").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[] {"--quiet", "--loc", dir.toString(), nquads.toString()});
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("tdb2.tdbloader is not on the class path (org.apache.jena:jena-cmds)", e);
        } catch (IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException("cannot call tdb2.tdbloader: " + e, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("tdb2.tdbloader failed: " + e.getCause(), e.getCause());
        }
        double s = (System.nanoTime() - t0) / 1e9;
        // The command leaves the store open in this JVM: release it before deleting.
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.toString()));
        Workspace.delete(dir);
        return new Run(s, quads);
    }
}
