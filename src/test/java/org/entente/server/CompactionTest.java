package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that takes writes gives back the disk space of the versions they replaced, on its own. */
class CompactionTest {
    @TempDir
    Path dir;

    static List<String> generations(Path store) throws IOException {
        try (Stream<Path> s = Files.list(store)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void server_compactsAfterEnoughWrites_answersUnchanged() throws Exception {
        Path store = dir.resolve("store");
        try (ServerFixture f = ServerFixture.serve(ServerFixture.contractStore(store), dir.resolve("run"),
                b -> b.compaction(Duration.ofMillis(100), 3))) {
            assertEquals(List.of("Data-0001"), generations(store));
            String before = f.query("/kg/sparql", "SELECT ?d { ?d a <https://w3id.org/entente/ontology#Document> } ORDER BY ?d").body();
            for (int i = 0; i < 3; i++) {
                String update = "INSERT DATA { GRAPH <https://example.org/note> { <https://example.org/n> <https://example.org/v> " + i + " } }";
                assertTrue(f.update(update, true).statusCode() < 300);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!generations(store).equals(List.of("Data-0002")) && System.nanoTime() < deadline) Thread.sleep(100);
            assertEquals(List.of("Data-0002"), generations(store), "compacted into a new generation, the old one deleted");
            assertEquals(before, f.query("/kg/sparql", "SELECT ?d { ?d a <https://w3id.org/entente/ontology#Document> } ORDER BY ?d").body());
            assertTrue(f.kg.ask("ASK { GRAPH <https://example.org/note> { ?n ?v 2 } }", Map.of()), "the writes are kept");
        }
    }
}
