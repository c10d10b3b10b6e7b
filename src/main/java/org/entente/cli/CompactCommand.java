package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.EntenteException;
import org.entente.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code entente compact}: gives back the disk space of replaced and removed documents. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        header = "Compact a store directory: drop the space replaced and removed documents still hold.",
        description = {"TDB2 keeps every earlier version of a graph on disk until the store is compacted; answers are",
                "the same after. 'entente serve' also compacts on its own when the store has grown (see its --help)."})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        if (storeOptions.isRemote()) throw new EntenteException("compact works on a local store: give --store a directory, not a URL");
        Path directory = storeOptions.storeDirectory();
        if (!Files.isDirectory(directory)) throw new EntenteException("No store at " + directory + " to compact");
        try (KnowledgeGraph kg = KnowledgeGraph.open(directory)) {
            long started = System.nanoTime();
            KnowledgeGraph.Compaction c = kg.compact();
            System.out.printf(Locale.ROOT, "compacted %s: %s -> %s in %.1f s%n", storeOptions.storeName(),
                    megabytes(c.bytesBefore()), megabytes(c.bytesAfter()), (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
