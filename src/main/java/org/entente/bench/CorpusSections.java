package org.entente.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.document.Document;
import org.entente.event.EventReader;
import org.entente.ingest.StageTimes;
import org.entente.nlp.Analyzer;
import org.entente.nlp.Sentence;

/**
 * The figures of one corpus: what it holds, its ingestion, and the bare OpenNLP pipeline on
 * it. Each corpus has its own object under the section's JSON key ({@code ingest.generated},
 * {@code ingest.realText}) and its own table heading ({@code ingest, real-text corpus}).
 */
final class CorpusSections {
    private final BenchRun b;
    private final Results r;
    private final Corpus corpus;

    CorpusSections(BenchRun bench, Corpus corpus) {
        this.b = bench;
        this.r = bench.results();
        this.corpus = corpus;
    }

    /** Documents and size; with {@code sentences}, how many sentences (and tokens) Entente tags: those that may carry an event. */
    void corpus(boolean sentences) {
        Map<String, Object> c = r.section("corpus", corpus.key);
        String h = corpus.name;
        c.put("origin", corpus.origin);
        c.put("documents", corpus.files.size());
        c.put("bytes", corpus.bytes);
        r.line(h, "documents (" + corpus.origin + ")", corpus.files.size(), "docs", null);
        r.line(h, "size", corpus.bytes / 1e6, "MB", null);
        if (!sentences) return;
        Analyzer analyzer = new Analyzer(b.nlp());
        EventReader events = new EventReader(b.index());
        long count = 0, tagged = 0, tokens = 0, taggedTokens = 0;
        for (Document d : corpus.read()) {
            for (Sentence s : analyzer.analyze(d, events::mayCarryEvent)) {
                count++;
                tokens += s.size();
                if (s.size() > 0 && !s.token(0).tag().isEmpty()) {
                    tagged++;
                    taggedTokens += s.size();
                }
            }
        }
        c.put("sentences", count);
        c.put("tokens", tokens);
        c.put("taggedSentenceShare", (double) tagged / Math.max(1, count));
        c.put("taggedTokenShare", (double) taggedTokens / Math.max(1, tokens));
        r.line(h, "sentences (Entente's count)", count, "sent", null);
        r.line(h, "tokens per sentence", (double) tokens / Math.max(1, count), "tokens", null);
        r.line(h, "sentences Entente tags (may carry an event)", 100.0 * tagged / Math.max(1, count), "%",
                String.format("%.1f%% of tokens", 100.0 * taggedTokens / Math.max(1, tokens)));
    }

    /** Reports the timed ingestion runs: throughput on the clock and per CPU-second, and time per stage. */
    void ingest(BenchRun.Paired paired) {
        int docs = corpus.files.size();
        Map<String, Object> section = r.section("ingest", corpus.key);
        String h = "ingest, " + corpus.name;
        IngestBench.Run last = null;
        for (Map.Entry<Integer, List<IngestBench.Run>> e : paired.ingest.entrySet()) {
            int threads = e.getKey();
            List<IngestBench.Run> runs = e.getValue();
            last = runs.get(runs.size() - 1);
            long sentences = last.sentences();
            double s = Stats.median(runs.stream().mapToDouble(IngestBench.Run::seconds).toArray());
            double cpu = Stats.median(runs.stream().mapToDouble(IngestBench.Run::cpuSeconds).toArray());
            Map<String, Double> stages = stages(runs, docs);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("seconds", s);
            t.put("cpuSeconds", cpu);
            t.put("docsPerSecond", docs / s);
            t.put("sentencesPerSecond", sentences / s);
            t.put("sentencesPerCpuSecond", sentences / cpu);
            t.put("mbPerSecond", corpus.bytes / 1e6 / s);
            t.put("sentencesPerSecondPerCore", sentences / s / threads);
            t.put("stageMsPerDoc", stages);
            section.put("threads" + threads, t);
            String label = label(threads);
            r.line(h, "documents/s, " + label, docs / s, "docs/s", "median of " + runs.size());
            r.line(h, "sentences/s, " + label, sentences / s, "sent/s", "target >= 2,000 per core: " + met(sentences / s / threads >= 2000));
            r.line(h, "sentences per CPU-second, " + label, sentences / cpu, "sent/CPU-s",
                    "process CPU time, all its threads; target >= 1,500: " + met(sentences / cpu >= 1500));
            r.line(h, "MB/s, " + label, corpus.bytes / 1e6 / s, "MB/s", null);
            double sum = stages.values().stream().mapToDouble(Double::doubleValue).sum();
            for (Map.Entry<String, Double> st : stages.entrySet()) {
                r.line(h, "  stage " + st.getKey() + ", " + label, st.getValue(), "ms/doc",
                        String.format("%.0f%% of stage time (summed over threads)", 100 * st.getValue() / sum));
            }
        }
        section.put("sentences", last.sentences());
        section.put("documentsStored", last.stored());
        r.line(h, "documents stored, each a graph of its own", last.stored(), "docs", "in every run; none stored as another's duplicate");
    }

    private static Map<String, Double> stages(List<IngestBench.Run> runs, int docs) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (StageTimes.Stage st : StageTimes.Stage.values()) {
            double[] v = runs.stream().mapToDouble(run -> run.stageNanos().get(st) / 1e6 / docs).toArray();
            out.put(st.name().toLowerCase(Locale.ROOT), Stats.median(v));
        }
        return out;
    }

    /**
     * Reports the bare-pipeline runs taken beside the ingestion runs, and the ratio of each pair:
     * bare time over Entente's time, on the clock and in CPU time (above 1, Entente is faster).
     */
    void bare(BenchRun.Paired paired) {
        int docs = corpus.files.size();
        Map<String, Object> section = r.section("bare", corpus.key);
        String h = "bare OpenNLP pipeline (sentences, tokens, POS of every sentence), " + corpus.name;
        for (Map.Entry<Integer, List<BarePipeline.Run>> e : paired.bare.entrySet()) {
            int threads = e.getKey();
            List<BarePipeline.Run> runs = e.getValue();
            List<IngestBench.Run> ingest = paired.ingest.get(threads);
            double[] wallRatios = new double[runs.size()], cpuRatios = new double[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                wallRatios[i] = runs.get(i).seconds() / ingest.get(i).seconds();
                cpuRatios[i] = runs.get(i).cpuSeconds() / ingest.get(i).cpuSeconds();
            }
            double sec = Stats.median(runs.stream().mapToDouble(BarePipeline.Run::seconds).toArray());
            double cpu = Stats.median(runs.stream().mapToDouble(BarePipeline.Run::cpuSeconds).toArray());
            double wallRatio = Stats.median(wallRatios), cpuRatio = Stats.median(cpuRatios);
            BarePipeline.Run last = runs.get(runs.size() - 1);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("seconds", sec);
            t.put("cpuSeconds", cpu);
            t.put("docsPerSecond", docs / sec);
            t.put("sentencesPerSecond", last.sentences() / sec);
            t.put("sentencesPerCpuSecond", last.sentences() / cpu);
            t.put("sentences", last.sentences());
            t.put("tokens", last.tokens());
            t.put("ratioEntenteToBare", wallRatio);
            t.put("ratiosOfPairedRuns", Arrays.stream(wallRatios).boxed().toList());
            t.put("cpuRatioEntenteToBare", cpuRatio);
            t.put("cpuRatiosOfPairedRuns", Arrays.stream(cpuRatios).boxed().toList());
            section.put("threads" + threads, t);
            String label = label(threads);
            r.line(h, "documents/s, " + label, docs / sec, "docs/s", "median of " + runs.size());
            r.line(h, "sentences/s, " + label, last.sentences() / sec, "sent/s", "OpenNLP's sentence count");
            r.line(h, "sentences per CPU-second, " + label, last.sentences() / cpu, "sent/CPU-s", null);
            r.line(h, "ratio Entente / bare (wall time), " + label, wallRatio, "x", "bare time / Entente's, median of paired runs"
                    + (threads == b.cores() ? "; target >= 1.0 on all cores: " + met(wallRatio >= 1.0) : ""));
            r.line(h, "ratio Entente / bare (CPU time), " + label, cpuRatio, "x", "bare CPU time / Entente's, median of paired runs"
                    + (threads == 1 ? "; target >= 1.0 on one thread: " + met(cpuRatio >= 1.0) : ""));
        }
    }

    private static String label(int threads) {
        return threads + " thread" + (threads > 1 ? "s" : "");
    }

    private static String met(boolean met) {
        return met ? "met" : "missed";
    }
}
