package org.entente.server;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.store.KnowledgeGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own compaction. TDB2 never overwrites a block in place, so every write leaves
 * the blocks it replaced on disk (about 0.6 MB for an ingested article): a server that takes
 * writes for months fills its disk with dead versions. The server counts the writes it
 * accepted; at each check, once enough have accumulated, the store is compacted. Counting
 * writes rather than bytes because TDB2 grows its files 8 MB at a time, so file sizes move in
 * steps that say little. A failed compaction is logged and tried again at the next check.
 */
final class AutoCompaction implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(AutoCompaction.class);

    /** Default: check every minute, compact after 500 writes (some 300 MB of dead blocks). */
    static final Duration EVERY = Duration.ofMinutes(1);
    static final int WRITES = 500;

    private final KnowledgeGraph graph;
    private final int writesBetween;
    private final AtomicLong writes = new AtomicLong();

    AutoCompaction(KnowledgeGraph graph, int writesBetween) {
        this.graph = graph;
        this.writesBetween = writesBetween;
    }

    /** A write was accepted. */
    void wrote() {
        writes.incrementAndGet();
    }

    @Override
    public void run() {
        long pending = writes.get();
        if (pending < writesBetween) return;
        try {
            long started = System.nanoTime();
            KnowledgeGraph.Compaction c = graph.compact();
            writes.addAndGet(-pending);
            LOG.info(String.format(Locale.ROOT, "Compacted the store after %d writes: files %.1f MB -> %.1f MB in %.1f s",
                    pending, c.bytesBefore() / 1e6, c.bytesAfter() / 1e6, (System.nanoTime() - started) / 1e9));
        } catch (RuntimeException e) {
            LOG.warn("Compacting the store failed (tried again at the next check): {}", e.toString());
        }
    }
}
