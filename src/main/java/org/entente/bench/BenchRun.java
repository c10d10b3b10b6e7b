package org.entente.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.document.Document;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.store.ReferenceData;

/**
 * The benchmark behind {@code entente bench run}: ingestion throughput and time per stage
 * with one thread and with all cores, the bare OpenNLP pipeline on the same corpus, bulk
 * loading against {@code tdb2.tdbloader}, the contract questions on a large store, peak
 * memory, and per-document time as the store grows. Ingestion and the bare pipeline are
 * measured on the generated corpus and, when given a folder of real articles, on copies of
 * them as well. Each figure is the median of several runs after warm-up runs; the machine is
 * recorded with the figures.
 */
public final class BenchRun {
    /** Every measurement, for {@link Options#only}. */
    public static final Set<String> SECTIONS = Set.of("ingest", "bare", "bulk", "queries", "memory", "growth");

    /**
     * What to measure and how much.
     *
     * @param docs         documents in the corpus for ingestion, bare pipeline and bulk load
     * @param runs         timed runs per figure (median reported)
     * @param warmup       untimed runs before them (0: none, and no documents read untimed before the first)
     * @param seed         the corpus seed
     * @param queryTriples size of the store the questions run on
     * @param queryRuns    timed runs per question and variant (unfiltered questions run a fifth as often)
     * @param memoryDocs   documents ingested in a separate JVM to measure memory (0 skips)
     * @param memoryHeapMiB heap limit of that JVM
     * @param growth       store sizes (documents) at which per-document time is measured
     * @param only         the sections to run (all when empty)
     * @param work         scratch folder for corpora and stores
     * @param queryStore   folder of the large store, kept and reused across runs (null: in the scratch folder)
     * @param corpus       folder of real articles whose copies are a second corpus for ingestion and the bare
     *                     pipeline (null: the generated corpus only)
     * @param copies       copies of each of those articles
     */
    public record Options(int docs, int runs, int warmup, long seed, long queryTriples, int queryRuns, int memoryDocs,
                          int memoryHeapMiB, List<Integer> growth, Set<String> only, Path work, Path queryStore,
                          Path corpus, int copies) {
        public Options {
            growth = List.copyOf(new TreeSet<>(growth));
            only = Set.copyOf(only);
            for (String s : only) {
                if (!SECTIONS.contains(s)) throw new IllegalArgumentException("Unknown section '" + s + "': use " + new TreeSet<>(SECTIONS));
            }
            if (docs < 1 || runs < 1 || warmup < 0 || queryRuns < 1 || memoryDocs < 0 || copies < 1) {
                throw new IllegalArgumentException("Illegal counts: docs " + docs + ", runs " + runs + ", warmup " + warmup
                        + ", query runs " + queryRuns + ", memory docs " + memoryDocs + ", copies " + copies);
            }
            if (corpus != null && !Files.isDirectory(corpus)) throw new IllegalArgumentException("--corpus " + corpus + " is not a folder");
        }

        boolean runs(String section) {
            return only.isEmpty() || only.contains(section);
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("docs", docs);
            m.put("runs", runs);
            m.put("warmup", warmup);
            m.put("seed", seed);
            m.put("queryTriples", queryTriples);
            m.put("queryRuns", queryRuns);
            m.put("memoryDocs", memoryDocs);
            m.put("memoryHeapMiB", memoryHeapMiB);
            m.put("growth", growth);
            m.put("only", new ArrayList<>(new TreeSet<>(only)));
            m.put("corpus", corpus == null ? null : corpus.toString());
            m.put("copies", copies);
            return m;
        }
    }

    private final Options o;
    private final PrintStream log;
    private final Workspace work;
    private final Results results;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private Nlp nlp;
    private ReferenceIndex index;
    private CorpusGenerator generator;

    public BenchRun(Options options, PrintStream progress) {
        this.o = options;
        this.log = progress;
        this.work = new Workspace(options.work());
        this.results = new Results(options.asMap());
    }

    /** Runs the selected measurements; the results hold whatever finished. */
    public Results run() {
        // Copied first: a folder without articles fails before minutes of loading.
        Corpus real = o.corpus() != null && readsText() ? Corpus.copies(o.corpus(), work.root.resolve("corpus-copies-" + o.copies()), o.copies()) : null;
        log.println("bench: reference data and models");
        ReferenceData reference = ReferenceData.read(List.of());
        index = ReferenceIndex.build(reference.graph());
        nlp = new Nlp();
        generator = CorpusGenerator.over(reference.graph());
        Corpus generated = Corpus.generate(generator, work.root.resolve("corpus-" + o.docs() + "-" + o.seed()), o.docs(), o.seed());
        Path kept = work.root.resolve("store-" + o.docs() + "-" + o.seed());
        // A null resource is allowed and never closed.
        try (BarePipeline bare = o.runs("bare") ? new BarePipeline() : null) {
            measure(generated, o.runs("bulk") ? kept : null, bare);
            if (real != null) measure(real, null, bare);
        }
        if (o.runs("bulk")) new Sections(this).bulk(kept);
        if (o.runs("queries")) new Sections(this).queries();
        if (o.runs("memory") && o.memoryDocs() > 0) new Sections(this).memory();
        if (o.runs("growth") && !o.growth().isEmpty()) new Sections(this).growth();
        results.finish();
        return results;
    }

    /**
     * The figures of one corpus: what it holds, and (as selected) its ingestion and the bare
     * pipeline on it. The last ingestion on all cores leaves its store in {@code kept} when that
     * is not null, ingesting once for that alone when neither is selected.
     */
    private void measure(Corpus corpus, Path kept, BarePipeline bare) {
        CorpusSections sections = new CorpusSections(this, corpus);
        sections.corpus(readsText());
        if (!readsText() && kept == null) return;
        Paired paired = ingest(corpus, kept, bare);
        if (o.runs("ingest")) sections.ingest(paired);
        if (bare != null) sections.bare(paired);
    }

    /** Whether ingestion or the bare pipeline is measured: what a corpus's text is read for. */
    private boolean readsText() {
        return o.runs("ingest") || o.runs("bare");
    }

    /** Documents the text pipeline reads before anything is timed (unless warm-up runs are 0): the JIT needs a few thousand to settle. */
    static final int PREWARM_DOCS = 3000;

    /**
     * Timed runs by thread count: each ingestion run is followed by a bare-pipeline run with as
     * many threads, so that their ratio is taken under the same load on the machine.
     */
    static final class Paired {
        final Map<Integer, List<IngestBench.Run>> ingest = new LinkedHashMap<>();
        final Map<Integer, List<BarePipeline.Run>> bare = new LinkedHashMap<>();

        private void add(int threads, IngestBench.Run run, BarePipeline.Run bareRun) {
            ingest.computeIfAbsent(threads, k -> new ArrayList<>()).add(run);
            if (bareRun != null) bare.computeIfAbsent(threads, k -> new ArrayList<>()).add(bareRun);
        }
    }

    /**
     * Ingests the corpus with each thread count, warm-up runs first (and before them, when there
     * are any, {@value #PREWARM_DOCS} documents read untimed), each run paired with a run
     * of the bare pipeline when one is given; the last run on all cores leaves its store in
     * {@code kept} (when not null). With neither ingestion nor the bare pipeline measured, one
     * run on all cores only builds that store.
     */
    private Paired ingest(Corpus corpus, Path kept, BarePipeline bare) {
        // No warm-up asked for, none given: the figures are a cold start's, as a quick check wants them.
        if (o.warmup() > 0) prewarm(corpus);
        IngestBench bench = new IngestBench(nlp, index, work);
        List<Document> texts = bare == null ? null : corpus.read();
        boolean measured = o.runs("ingest") || bare != null;
        Paired paired = new Paired();
        for (int threads : threadCounts()) {
            if (!measured && threads != cores) continue;
            int total = measured ? o.warmup() + o.runs() : 1;
            for (int i = 0; i < total; i++) {
                log.printf("bench: ingest %d docs, %d thread(s), run %d of %d%n", corpus.files.size(), threads, i + 1, total);
                IngestBench.Run run = bench.once(corpus.files, threads, threads == cores && i == total - 1 ? kept : null);
                BarePipeline.Run bareRun = null;
                if (bare != null) {
                    log.printf("bench: bare OpenNLP pipeline, %d thread(s), run %d%n", threads, i + 1);
                    bareRun = bare.once(texts, threads);
                }
                if (!measured || i >= o.warmup()) paired.add(threads, run, bareRun);
            }
        }
        return paired;
    }

    private void prewarm(Corpus corpus) {
        log.printf("bench: warming up the text pipeline on %,d documents%n", PREWARM_DOCS);
        TextDocuments warm = new TextDocuments(nlp, index);
        for (int done = 0; done < PREWARM_DOCS; ) {
            for (Path f : corpus.files) {
                warm.read(f, f.toString(), null);
                if (++done >= PREWARM_DOCS) break;
            }
        }
    }

    List<Integer> threadCounts() {
        return cores > 1 ? List.of(1, cores) : List.of(1);
    }

    // Accessors for the other sections.
    Options options() {
        return o;
    }

    PrintStream log() {
        return log;
    }

    Workspace work() {
        return work;
    }

    Results results() {
        return results;
    }

    Nlp nlp() {
        return nlp;
    }

    ReferenceIndex index() {
        return index;
    }

    CorpusGenerator generator() {
        return generator;
    }

    int cores() {
        return cores;
    }

    /** Deletes a scratch folder and everything in it. */
    public static void deleteFolder(Path folder) {
        Workspace.delete(folder);
    }
}
