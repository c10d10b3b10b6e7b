package org.entente.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.ingest.TextDocuments;
import org.entente.mention.ReferenceIndex;
import org.entente.nlp.Nlp;
import org.entente.store.ReferenceData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user teaches the reader a word with one line of Turtle in a --reference folder, and no rebuild. */
class LexiconExtensionTest {
    static Nlp nlp;

    @BeforeAll
    static void load() {
        nlp = new Nlp();
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    private static List<String> read(List<Path> reference, String body) {
        TextDocuments text = new TextDocuments(nlp, ReferenceIndex.build(ReferenceData.read(reference).graph()));
        String doc = "---\ndate: 2025-03-02\n---\n" + body + "\n";
        return text.read("t.md", doc.getBytes(StandardCharsets.UTF_8), "t.md", null).events().stream()
                .filter(e -> e.kind() != EventKind.TENURE)
                .map(e -> e.kind() + " " + e.actor().label() + " > " + e.counterpart().label() + " " + e.stage().word())
                .collect(Collectors.toList());
    }

    private static Path turtle(Path dir, String line) throws IOException {
        Files.writeString(dir.resolve("words.ttl"), "@prefix ent: <https://w3id.org/entente/ontology#> .\n"
                + "@prefix lex: <https://w3id.org/entente/lexicon/> .\n" + line + "\n");
        return dir;
    }

    @Test
    void aVerbAddedToAFrame_isReadInEveryFormTheFrameKnows(@TempDir Path dir) throws IOException {
        String text = "Norway ferried 200 engineers to Lithuania. More engineers will be ferried to Estonia by Norway.";
        assertEquals(List.of(), read(List.of(), text));
        assertEquals(List.of("DEPLOYMENT Norway > Lithuania completed", "DEPLOYMENT Norway > Estonia planned"),
                read(List.of(turtle(dir, "lex:deploy ent:verb \"ferry\" .")), text));
    }

    @Test
    void aNounAddedToAFrame_isReadWithItsPossessorAndPrepositions(@TempDir Path dir) throws IOException {
        String text = "Chile's resale of ten Leopard 2 tanks to Ecuador was completed in May.";
        assertEquals(List.of(), read(List.of(), text));
        assertEquals(List.of("ARMS_TRANSFER Chile > Ecuador completed"), read(List.of(turtle(dir, "lex:supply ent:noun \"resale\" .")), text));
    }
}
