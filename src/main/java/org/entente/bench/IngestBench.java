package org.entente.bench;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.entente.ingest.Ingestor;
import org.entente.ingest.StageTimes;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.store.KnowledgeGraph;

/**
 * Ingestion of a corpus into a fresh TDB2 store, as {@code entente ingest} does it (worker
 * threads for reading and extraction, one write transaction per document), timed from the
 * first file to the last commit, on the clock and in process CPU time; opening the store and
 * loading the reference data are not timed. Per-stage times come from a {@link StageTimes}
 * passed to the pipeline.
 */
final class IngestBench {
    /** One timed ingestion; {@code stored}: documents stored as new graphs (all of them, or the run fails). */
    record Run(double seconds, double cpuSeconds, int stored, long sentences, Map<StageTimes.Stage, Long> stageNanos, long storeBytes) {}

    private final Nlp nlp;
    private final ReferenceIndex index;
    private final Workspace work;

    IngestBench(Nlp nlp, ReferenceIndex index, Workspace work) {
        this.nlp = nlp;
        this.index = index;
        this.work = work;
    }

    /** Ingests files into a new store, then deletes it unless {@code keep} is given a folder to keep it in. */
    Run once(List<Path> files, int threads, Path keep) {
        StageTimes times = new StageTimes();
        TextDocuments text = new TextDocuments(nlp, index, times);
        Path dir = keep != null ? keep : work.fresh("ingest");
        Workspace.delete(dir);
        Ingestor.Summary s;
        double seconds, cpuSeconds;
        try (KnowledgeGraph kg = KnowledgeGraph.open(dir)) {
            kg.loadReference(List.of());
            Ingestor ingestor = new Ingestor(kg, text, threads, times);
            Stopwatch clock = new Stopwatch();
            s = ingestor.ingest(List.copyOf(files), null, null);
            seconds = clock.seconds();
            cpuSeconds = clock.cpuSeconds();
        }
        if (!s.rejected().isEmpty()) throw new IllegalStateException("benchmark documents rejected: " + s.rejected());
        // A file whose bytes another file has is stored once: the run would time less work than it counts.
        if (s.added() != files.size()) {
            throw new IllegalStateException("benchmark documents not stored as documents of their own: " + s.added() + " of "
                    + files.size() + " (" + s.unchanged() + " with the bytes of another)");
        }
        // A skipped sentence would time less work than the corpus holds: as wrong as a rejected file.
        if (!s.warnings().isEmpty()) throw new IllegalStateException("benchmark sentences skipped: " + s.warnings().get(0).message());
        long storeBytes = Workspace.size(dir);
        if (keep == null) Workspace.delete(dir);
        Map<StageTimes.Stage, Long> stages = new EnumMap<>(StageTimes.Stage.class);
        for (StageTimes.Stage st : StageTimes.Stage.values()) stages.put(st, times.nanos(st));
        return new Run(seconds, cpuSeconds, s.added(), s.sentences(), stages, storeBytes);
    }
}
