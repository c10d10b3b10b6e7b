package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark commands keep working: a tiny corpus and a tiny run, checked for their keys, not timed. */
class BenchRunCommandTest {
    @TempDir
    Path dir;

    @Test
    void generate_fiveDocs_writesDocumentsWithKeys_sameForTheSameSeed() throws Exception {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertEquals(0, CliTest.run("bench", "generate", "--docs", "5", "--seed", "3", "--out", a.toString()).status());
        assertEquals(0, CliTest.run("bench", "generate", "--docs", "5", "--seed", "3", "--out", b.toString()).status());
        List<Path> files;
        try (Stream<Path> s = Files.list(a)) {
            files = s.sorted().toList();
        }
        assertEquals(10, files.size(), files.toString());
        for (Path f : files) assertEquals(Files.readString(f), Files.readString(b.resolve(f.getFileName())), f + " differs between runs");
        JsonObject key = JSON.parse(Files.readString(a.resolve("bench-000000.gold.json")));
        for (String k : List.of("document", "published", "names", "officials", "deployments", "arms_transfers", "treaties", "statements", "training")) {
            assertTrue(key.hasKey(k), "answer key lacks " + k);
        }
        assertEquals(0, CliTest.run("evaluate", "--quiet", a.toString()).status(), "the keys are in the evaluate format");
    }

    @Test
    void run_tinyCorpus_printsTableAndWritesJsonWithEverySection() throws Exception {
        Path json = dir.resolve("results.json");
        CliTest.Run r = CliTest.run("bench", "run", "--docs", "5", "--runs", "1", "--warmup", "0", "--query-triples", "30000",
                "--query-runs", "2", "--memory-docs", "5", "--growth", "3,5", "--work", dir.resolve("work").toString(), "--out", json.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("machine:"), r.out());
        for (String heading : List.of("ingest", "bare OpenNLP pipeline", "bulk load", "contract questions", "memory while", "per-document ingestion time")) {
            assertTrue(r.out().contains("\n" + heading), "table lacks " + heading + ":\n" + r.out());
        }
        assertFalse(r.out().matches("(?s).*\n\n[^\n]+\n\n.*"), "a heading without lines:\n" + r.out());
        JsonObject o = JSON.parse(Files.readString(json));
        assertEquals(Set.of("machine", "settings", "corpus", "ingest", "bare", "bulk", "queries", "memory", "growth"), o.keys());
        assertTrue(o.get("machine").getAsObject().hasKey("cores"));
        JsonObject one = o.get("ingest").getAsObject().get("generated").getAsObject().get("threads1").getAsObject();
        for (String k : List.of("docsPerSecond", "sentencesPerSecond", "mbPerSecond", "stageMsPerDoc")) assertTrue(one.hasKey(k), "ingest lacks " + k);
        assertTrue(o.get("bare").getAsObject().get("generated").getAsObject().get("threads1").getAsObject().hasKey("ratioEntenteToBare"));
        assertTrue(o.get("bulk").getAsObject().hasKey("ratioSafeToTdbloader"));
        assertTrue(o.get("queries").getAsObject().get("timings").getAsArray().size() >= 7);
        assertTrue(o.get("memory").getAsObject().hasKey("maxUsedHeapMiB"), o.get("memory").toString());
        assertEquals(2, o.get("growth").getAsObject().get("points").getAsArray().size());
    }

    @Test
    void run_realTextCorpus_everyIngestionFigureForBothCorpora_copiesAllStored() throws Exception {
        Path json = dir.resolve("results.json");
        CliTest.Run r = CliTest.run("bench", "run", "--corpus", "src/test/resources/bench-corpus", "--copies", "5", "--docs", "20",
                "--runs", "1", "--warmup", "0", "--only", "ingest,bare", "--work", dir.resolve("work").toString(), "--out", json.toString());
        assertEquals(0, r.status(), r.err());
        String bare = "bare OpenNLP pipeline (sentences, tokens, POS of every sentence), ";
        for (String corpus : List.of("generated corpus", "real-text corpus")) {
            for (String heading : List.of(corpus, "ingest, " + corpus, bare + corpus)) {
                assertTrue(r.out().contains("\n" + heading + "\n"), "table lacks " + heading + ":\n" + r.out());
            }
        }
        String real = r.out().substring(r.out().indexOf("\nreal-text corpus\n"));
        assertTrue(real.contains("documents (4 articles in src/test/resources/bench-corpus, 5 copies each)"), real);
        assertTrue(real.matches("(?s).*\n  documents stored, each a graph of its own +20\\.00 docs .*"), real);
        for (String figure : List.of("sentences/s, 1 thread", "sentences per CPU-second, 1 thread", "stage nlp, 1 thread", "stage store, 1 thread",
                "ratio Entente / bare (wall time), 1 thread", "ratio Entente / bare (CPU time), 1 thread")) {
            assertTrue(real.contains("\n  " + figure) || real.contains("\n    " + figure), "real-text block lacks " + figure + ":\n" + real);
        }

        JsonObject o = JSON.parse(Files.readString(json));
        for (String section : List.of("corpus", "ingest", "bare")) {
            assertEquals(Set.of("generated", "realText"), o.get(section).getAsObject().keys(), section);
        }
        JsonObject corpus = o.get("corpus").getAsObject().get("realText").getAsObject();
        JsonObject ingest = o.get("ingest").getAsObject().get("realText").getAsObject();
        assertEquals(20, corpus.get("documents").getAsNumber().value().intValue());
        assertEquals(20, ingest.get("documentsStored").getAsNumber().value().intValue(), "a copy was stored as another's duplicate");
        long sentences = ingest.get("sentences").getAsNumber().value().longValue();
        assertEquals(corpus.get("sentences").getAsNumber().value().longValue(), sentences);
        assertEquals(0, sentences % 5, "every copy reads to as many sentences as its article");
        JsonObject one = ingest.get("threads1").getAsObject();
        for (String k : List.of("docsPerSecond", "sentencesPerSecond", "sentencesPerCpuSecond", "cpuSeconds", "stageMsPerDoc")) {
            assertTrue(one.hasKey(k), "ingest lacks " + k);
        }
        JsonObject pair = o.get("bare").getAsObject().get("realText").getAsObject().get("threads1").getAsObject();
        for (String k : List.of("ratioEntenteToBare", "cpuRatioEntenteToBare", "sentencesPerCpuSecond")) assertTrue(pair.hasKey(k), "bare lacks " + k);
    }

    @Test
    void run_corpusNotAFolder_refusedWithUsageStatus() {
        CliTest.Run r = CliTest.run("bench", "run", "--corpus", dir.resolve("nowhere").toString(), "--work", dir.resolve("work").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--corpus " + dir.resolve("nowhere") + " is not a folder"), r.err());
    }
}
