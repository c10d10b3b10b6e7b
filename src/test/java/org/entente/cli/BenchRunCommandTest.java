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
        JsonObject one = o.get("ingest").getAsObject().get("threads1").getAsObject();
        for (String k : List.of("docsPerSecond", "sentencesPerSecond", "mbPerSecond", "stageMsPerDoc")) assertTrue(one.hasKey(k), "ingest lacks " + k);
        assertTrue(o.get("bare").getAsObject().get("threads1").getAsObject().hasKey("ratioEntenteToBare"));
        assertTrue(o.get("bulk").getAsObject().hasKey("ratioSafeToTdbloader"));
        assertTrue(o.get("queries").getAsObject().get("timings").getAsArray().size() >= 7);
        assertTrue(o.get("memory").getAsObject().hasKey("maxUsedHeapMiB"), o.get("memory").toString());
        assertEquals(2, o.get("growth").getAsObject().get("points").getAsArray().size());
    }
}
