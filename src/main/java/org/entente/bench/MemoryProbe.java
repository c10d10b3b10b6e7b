package org.entente.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.entente.ingest.Ingestor;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.store.KnowledgeGraph;

/**
 * Ingests a corpus in a JVM of its own (started by {@code bench run} with a heap limit) and
 * prints, as one JSON line on standard output, the heap it needed: the most heap in use
 * (sampled every few milliseconds), the most still in use after a collection (the live set),
 * and the process's peak resident size. Arguments: corpus folder, store folder, threads.
 */
final class MemoryProbe {
    private MemoryProbe() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]), store = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong maxUsed = new AtomicLong(), maxLive = new AtomicLong();
        listenToCollections(maxLive);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                maxUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        Ingestor.Summary s;
        try (KnowledgeGraph kg = KnowledgeGraph.open(store)) {
            kg.loadReference(List.of());
            TextDocuments text = new TextDocuments(new Nlp(), ReferenceIndex.build(kg.referenceGraph()));
            s = new Ingestor(kg, text, threads).ingest(List.of(corpus), null, null);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        sampler.join();
        maxUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("docs", s.added() + s.replaced() + s.unchanged());
        out.put("rejected", s.rejected().size());
        out.put("sentencesSkipped", s.warnings().size());
        out.put("seconds", seconds);
        out.put("heapLimitMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.put("maxUsedHeapMiB", maxUsed.get() / (1024.0 * 1024));
        out.put("maxLiveAfterGcMiB", maxLive.get() / (1024.0 * 1024));
        out.put("peakRssMiB", peakRssKiB() / 1024.0);
        System.out.println(Json.write(out).replace("\n", " "));
    }

    /** After each collection, the heap still in use: the live set plus what the collector kept. */
    private static void listenToCollections(AtomicLong maxLive) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (isHeapPool(e.getKey())) used += e.getValue().getUsed();
                }
                maxLive.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    private static boolean isHeapPool(String name) {
        return !(name.contains("Metaspace") || name.contains("Code") || name.contains("Compressed Class") || name.contains("CodeHeap"));
    }

    /** VmHWM from /proc/self/status, or -1 off Linux. */
    private static long peakRssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
