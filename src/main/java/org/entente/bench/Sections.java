package org.entente.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.entente.ingest.Ingestor;
import org.entente.ingest.StageTimes;
import org.entente.ingest.TextDocuments;
import org.entente.query.QueryCatalogue;
import org.entente.store.BulkLoader;
import org.entente.store.KnowledgeGraph;

/** The measurements on the generated corpus's store and beyond it: bulk load, questions, memory, growth. */
final class Sections {
    private final BenchRun b;
    private final Results r;

    Sections(BenchRun bench) {
        this.b = bench;
        this.r = bench.results();
    }

    // ---- bulk load ----------------------------------------------------------------------------

    void bulk(Path store) {
        Path nq = b.work().root.resolve("export-" + b.options().docs() + ".nq");
        long quads = BulkBench.export(store, nq);
        BulkBench bench = new BulkBench(b.work());
        int n = b.options().runs();
        double[] safe = new double[n], fast = new double[n], jena = new double[n];
        for (int i = -b.options().warmup(); i < n; i++) {
            b.log().printf("bench: bulk load %,d quads, run %d%n", quads, i + b.options().warmup() + 1);
            // Alternate the order so neither loader always runs on a warmer page cache.
            double tj = 0, ts, tf;
            if ((i & 1) == 0) tj = bench.tdbloader(nq, quads).seconds();
            ts = bench.entente(nq, BulkLoader.Plan.SAFE).seconds();
            tf = bench.entente(nq, BulkLoader.Plan.FAST).seconds();
            if ((i & 1) != 0) tj = bench.tdbloader(nq, quads).seconds();
            if (i >= 0) {
                safe[i] = ts;
                fast[i] = tf;
                jena[i] = tj;
            }
        }
        double sj = Stats.median(jena), ss = Stats.median(safe), sf = Stats.median(fast);
        Map<String, Object> section = r.section("bulk");
        section.put("quads", quads);
        section.put("tdbloaderQuadsPerSecond", quads / sj);
        section.put("ententeSafeQuadsPerSecond", quads / ss);
        section.put("ententeFastQuadsPerSecond", quads / sf);
        section.put("ratioSafeToTdbloader", sj / ss);
        section.put("ratioFastToTdbloader", sj / sf);
        String s = "bulk load of the ingested graph as N-Quads";
        r.line(s, "quads", quads, "quads", null);
        r.line(s, "tdb2.tdbloader (phased, jena-cmds, same JVM)", quads / sj, "quads/s", "median of " + n);
        r.line(s, "Entente BulkLoader, SAFE plan (one transaction)", quads / ss, "quads/s", null);
        r.line(s, "Entente BulkLoader, FAST plan (phased)", quads / sf, "quads/s", null);
        r.line(s, "ratio Entente SAFE / tdbloader", sj / ss, "x", "target >= 0.8: " + (sj / ss >= 0.8 ? "met" : "missed"));
        r.line(s, "ratio Entente FAST / tdbloader", sj / sf, "x", "target >= 0.8: " + (sj / sf >= 0.8 ? "met" : "missed"));
    }

    // ---- the questions on a large store --------------------------------------------------------

    void queries() {
        Path store = b.options().queryStore() != null ? b.options().queryStore() : b.work().root.resolve("query-store");
        b.log().printf("bench: a store of at least %,d quads, ingested, in %s%n", b.options().queryTriples(), store);
        ScaleStore.Built built = ScaleStore.build(b, store, b.options().queryTriples());
        long quads = built.quads();
        List<Node> states;
        Node event;
        try (KnowledgeGraph kg = KnowledgeGraph.open(store)) {
            states = QueryBench.busiestAndMedianState(kg);
            event = QueryBench.someEvent(kg);
        }
        Map<String, Object> section = r.section("queries");
        section.put("storeQuads", quads);
        section.put("built", "the generated corpus (seed " + built.seed() + ", " + built.documents() + " documents) ingested");
        section.put("buildSeconds", built.buildSeconds());
        section.put("states", states.stream().map(Node::getURI).toList());
        section.put("event", event == null ? null : event.getURI());
        String s = "contract questions on a store of " + String.format("%,d", quads) + " quads";
        String[] names = {"busiest state", "median state"};
        for (int i = 0; i < states.size(); i++) r.text(s, "filter: " + names[i], states.get(i).getURI());
        List<Map<String, Object>> timings = new ArrayList<>();
        int runs = b.options().queryRuns();
        try (KnowledgeGraph kg = KnowledgeGraph.open(store)) {
            // What the filtered deployments question cannot go below here: one index scan per deployment mention of the state.
            for (int i = 0; i < states.size(); i++) {
                long mentions = QueryBench.mentions(kg, states.get(i));
                QueryBench.Timing floor = QueryBench.timeText(kg, "floor", QueryBench.FLOOR, names[i].replace(' ', '-'),
                        Map.of("state", states.get(i)), 3, runs, 120_000);
                section.put("floor" + (i == 0 ? "Busiest" : "Median"), Map.of("mentions", mentions, "p50ms", floor.p50ms(), "p99ms", floor.p99ms()));
                r.line(s, "deployments floor, " + names[i] + ": " + String.format("%,d", mentions) + " mentions, one scan each, p50", floor.p50ms(), "ms",
                        "p99 " + Results.format(floor.p99ms()) + " ms; no joins, labels or sorting");
            }
            for (String q : QueryCatalogue.CONTRACT) {
                b.log().printf("bench: question %s%n", q);
                List<QueryBench.Timing> ts = new ArrayList<>();
                ts.add(QueryBench.time(kg, q, "unfiltered", Map.of(), 1, Math.max(3, runs / 5), 60_000));
                for (int i = 0; i < states.size() && QueryBench.takesState(q); i++) {
                    ts.add(QueryBench.time(kg, q, names[i].replace(' ', '-'), Map.of("state", states.get(i)), 3, runs, 120_000));
                }
                if (q.equals("provenance") && event != null) ts.add(QueryBench.time(kg, q, "one-event", Map.of("event", event), 3, runs, 120_000));
                report(s, ts, timings, 50, 250);
            }
            // The questions over many documents' claims: relations for one state, and a state's timeline as a reader pages it.
            List<QueryBench.Timing> ts = new ArrayList<>();
            ts.add(QueryBench.time(kg, "relations", "unfiltered", Map.of(), 0, 1, 60_000));
            for (int i = 0; i < states.size(); i++) {
                String variant = names[i].replace(' ', '-');
                ts.add(QueryBench.time(kg, "relations", variant, Map.of("state", states.get(i)), 3, runs, 120_000));
                ts.add(QueryBench.timeText(kg, "timeline", QueryCatalogue.bundled().get("timeline") + "\nLIMIT 100",
                        variant + "-first-100", Map.of("state", states.get(i)), 3, runs, 120_000));
            }
            report("questions over claims on a store of " + String.format("%,d", quads) + " quads", ts, timings, 100, Double.NaN);
        }
        section.put("timings", timings);
    }

    /** Reports timings of one question set; a filtered variant is held to p50 (and p99, unless NaN) targets in ms. */
    private void report(String s, List<QueryBench.Timing> ts, List<Map<String, Object>> timings, double p50, double p99) {
        for (QueryBench.Timing t : ts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("question", t.question());
            m.put("variant", t.variant());
            m.put("runs", t.runs());
            m.put("rows", t.rows());
            m.put("p50ms", t.p50ms());
            m.put("p99ms", t.p99ms());
            timings.add(m);
            boolean filtered = !t.variant().equals("unfiltered");
            boolean met = t.p50ms() <= p50 && (Double.isNaN(p99) || t.p99ms() <= p99);
            String target = String.format("target p50 <= %.0f", p50) + (Double.isNaN(p99) ? "" : String.format(", p99 <= %.0f", p99));
            String note = "p99 " + Results.format(t.p99ms()) + " ms, " + t.rows() + " rows, " + t.runs() + " runs"
                    + (filtered ? "; " + target + ": " + (met ? "met" : "missed") : "");
            r.line(s, t.question() + ", " + t.variant() + ", p50", t.p50ms(), "ms", note);
        }
    }

    // ---- memory, in a JVM of its own -------------------------------------------------------------

    void memory() {
        int docs = b.options().memoryDocs();
        Corpus corpus = Corpus.generate(b.generator(), b.work().root.resolve("corpus-" + docs + "-" + b.options().seed()), docs, b.options().seed());
        Path store = b.work().fresh("memory-store");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-Xmx" + b.options().memoryHeapMiB() + "m", "-cp", System.getProperty("java.class.path"),
                MemoryProbe.class.getName(), corpus.folder.toString(), store.toString(), Integer.toString(b.cores()));
        b.log().printf("bench: memory, ingesting %,d docs in a JVM with -Xmx%dm%n", docs, b.options().memoryHeapMiB());
        String line = null;
        int exit;
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = in.readLine(); l != null; l = in.readLine()) if (l.startsWith("{")) line = l;
            }
            exit = p.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Workspace.delete(store);
        Map<String, Object> section = r.section("memory");
        section.put("docs", docs);
        section.put("exitStatus", exit);
        String s = "memory while ingesting " + String.format("%,d", docs) + " documents (own JVM, -Xmx" + b.options().memoryHeapMiB() + "m, "
                + b.cores() + " threads)";
        if (line == null || exit != 0) {
            r.text(s, "result", "failed (exit " + exit + "): did not finish within the heap limit");
            return;
        }
        JsonObject j = JSON.parse(line);
        for (String k : List.of("seconds", "heapLimitMiB", "maxUsedHeapMiB", "maxLiveAfterGcMiB", "peakRssMiB")) {
            section.put(k, j.get(k).getAsNumber().value().doubleValue());
        }
        double used = j.get("maxUsedHeapMiB").getAsNumber().value().doubleValue();
        r.line(s, "max heap in use (sampled every 2 ms)", used, "MiB", "target <= 1024: " + (used <= 1024 ? "met" : "missed"));
        r.line(s, "max heap in use right after a collection", j.get("maxLiveAfterGcMiB").getAsNumber().value().doubleValue(), "MiB", null);
        r.line(s, "peak resident set of the process", j.get("peakRssMiB").getAsNumber().value().doubleValue(), "MiB", "heap, metaspace, code, TDB2 buffers");
    }

    // ---- growth of per-document time with the store's size -----------------------------------------

    void growth() {
        List<Integer> sizes = b.options().growth();
        int max = sizes.get(sizes.size() - 1);
        Corpus corpus = Corpus.generate(b.generator(), b.work().root.resolve("corpus-" + max + "-" + b.options().seed()), max, b.options().seed());
        StageTimes times = new StageTimes();
        TextDocuments text = new TextDocuments(b.nlp(), b.index(), times);
        // Warm up on a store of its own so that the first size is not measured cold.
        Path warm = b.work().fresh("growth-warmup");
        try (KnowledgeGraph kg = KnowledgeGraph.open(warm)) {
            kg.loadReference(List.of());
            new Ingestor(kg, text, b.cores()).ingest(List.copyOf(corpus.first(Math.min(max, BenchRun.PREWARM_DOCS))), null, null);
        }
        Workspace.delete(warm);
        times.reset();
        // Window boundaries: where the clock, the process's CPU time and the stage sums are read.
        java.util.TreeSet<Integer> marks = new java.util.TreeSet<>();
        for (int size : sizes) {
            marks.add(size);
            marks.add(size - window(size));
        }
        Map<Integer, long[]> at = new java.util.HashMap<>();
        Path store = b.work().fresh("growth-store");
        int[] count = {0};
        b.log().printf("bench: growth, ingesting %,d docs into one store%n", max);
        try (KnowledgeGraph kg = KnowledgeGraph.open(store)) {
            kg.loadReference(List.of());
            at.put(0, reading(times));
            new Ingestor(kg, text, b.cores(), times).ingest(List.copyOf(corpus.files), null, f -> {
                int n = ++count[0];
                if (marks.contains(n)) at.put(n, reading(times));
                if (n % 10_000 == 0) b.log().printf("bench: growth, %,d docs%n", n);
            });
        }
        Workspace.delete(store);
        Map<String, Object> section = r.section("growth");
        String s = "per-document ingestion time as the store grows (" + b.cores() + " threads)";
        List<Map<String, Object>> points = new ArrayList<>();
        double first = Double.NaN;
        for (int size : sizes) {
            int window = window(size);
            long[] from = at.get(size - window), to = at.get(size);
            double ms = (to[0] - from[0]) / 1e6 / window, cpu = (to[1] - from[1]) / 1e6 / window;
            if (Double.isNaN(first)) first = ms;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("docs", size);
            p.put("window", window);
            p.put("msPerDoc", ms);
            p.put("cpuMsPerDoc", cpu);
            p.put("ratioToFirst", ms / first);
            Map<String, Double> stages = new LinkedHashMap<>();
            for (StageTimes.Stage st : StageTimes.Stage.values()) {
                stages.put(st.name().toLowerCase(java.util.Locale.ROOT), (to[2 + st.ordinal()] - from[2 + st.ordinal()]) / 1e6 / window);
            }
            p.put("stageMsPerDoc", stages);
            points.add(p);
            r.line(s, "at " + String.format("%,d", size) + " documents (last " + window + ")", ms, "ms/doc",
                    String.format("%.2f x the first size; CPU %.2f ms/doc; store stage %.2f ms/doc", ms / first, cpu, stages.get("store"))
                            + (size == max && sizes.size() > 1 ? "; target <= 1.2: " + (ms / first <= 1.2 ? "met" : "missed") : ""));
        }
        section.put("points", points);
    }

    /** Documents a growth figure averages over: a tenth of the size, at least four commit batches, at most all. */
    private static int window(int size) {
        return Math.min(size, Math.max(size / 10, 1024));
    }

    /** The clock, the process's CPU time, and each stage's summed time. */
    private static long[] reading(StageTimes times) {
        long[] v = new long[2 + StageTimes.Stage.values().length];
        v[0] = System.nanoTime();
        v[1] = Stopwatch.cpuNanos();
        for (StageTimes.Stage st : StageTimes.Stage.values()) v[2 + st.ordinal()] = times.nanos(st);
        return v;
    }

}
