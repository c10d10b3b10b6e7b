package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.entente.SentenceWarning;
import org.entente.event.Event;
import org.entente.event.EventKind;
import org.entente.mention.ReferenceIndex;
import org.entente.mention.SentenceMentions;
import org.entente.nlp.Nlp;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;
import org.entente.store.ReferenceData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One sentence that the event stage fails on costs that sentence's reading, never the document. */
class SentenceIsolationTest {
    static final String ARTICLE = """
            ---
            date: 2024-10-25
            ---
            North Korea has sent about 3,000 troops to Russia.

            Germany has delivered Leopard 2 tanks to Ukraine.

            France has delivered Caesar howitzers to Armenia.
            """;

    static Nlp nlp;
    static ReferenceIndex index;

    @BeforeAll
    static void load() {
        nlp = new Nlp();
        index = ReferenceIndex.build(ReferenceData.read(List.of()).graph());
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    private static TextDocuments.Result read(UnaryOperator<List<SentenceMentions>> beforeEvents) {
        return new TextDocuments(nlp, index, null, beforeEvents).read("t.md", ARTICLE.getBytes(StandardCharsets.UTF_8), "reports/t.md", null);
    }

    /** The mentions as found, but sentence {@code k} has lost its tags and lemmas: any event reader fails on it. */
    private static UnaryOperator<List<SentenceMentions>> breaking(int k) {
        return found -> {
            List<SentenceMentions> out = new ArrayList<>(found);
            SentenceMentions sm = out.get(k);
            Sentence s = sm.sentence();
            List<Token> broken = s.tokens().stream().map(t -> new Token(t.text(), t.lower(), null, null, t.begin(), t.end())).toList();
            out.set(k, new SentenceMentions(new Sentence(s.index(), s.block(), s.begin(), s.end(), s.text(), broken, s.headline()),
                    sm.mentions(), sm.officials()));
            return out;
        };
    }

    private static List<String> transfers(TextDocuments.Result r) {
        return r.events().stream().filter(e -> e.kind() != EventKind.TENURE)
                .map(e -> e.kind() + " " + e.actor().label() + " > " + e.counterpart().label()).toList();
    }

    @Test
    void read_wholeDocument_readsThreeEventsWithoutWarnings() {
        TextDocuments.Result r = read(UnaryOperator.identity());
        assertEquals(List.of("DEPLOYMENT North Korea > Russia", "ARMS_TRANSFER Germany > Ukraine", "ARMS_TRANSFER France > Armenia"),
                transfers(r));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void read_eventStageFailsOnOneSentence_warnsAndKeepsTheOtherEvents() {
        TextDocuments.Result r = read(breaking(1));
        assertEquals(List.of("DEPLOYMENT North Korea > Russia", "ARMS_TRANSFER France > Armenia"), transfers(r));
        assertEquals(3, r.sentences());
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        SentenceWarning w = r.warnings().get(0);
        assertEquals(SentenceWarning.Stage.EVENT, w.stage());
        assertEquals(1, w.sentence());
        assertEquals("Germany has delivered Leopard 2 tanks to Ukraine.", w.excerpt());
        assertTrue(w.cause().startsWith("NullPointerException"), w.cause());
        assertTrue(w.message().startsWith("reports/t.md: sentence 1 skipped by the event stage (\"Germany has delivered"), w.message());
        assertEquals(1, w.message().lines().count(), "one line: " + w.message());
    }

    @Test
    void read_eventStageFailsOnOneSentence_graphHoldsTheOtherEvents() {
        TextDocuments.Result whole = read(UnaryOperator.identity()), broken = read(breaking(1));
        long events = broken.events().stream().filter(e -> e.kind() != EventKind.TENURE).count();
        assertEquals(2, events);
        assertTrue(broken.document().graph().size() > 0 && broken.document().graph().size() < whole.document().graph().size(),
                "the graph holds the surviving events only");
        for (Event e : broken.events()) assertTrue(e.evidence().stream().noneMatch(s -> s.index() == 1), e.toString());
    }

    @Test
    void read_partiesWhoseKnownTreatyTitleRepeatsAWord_signingWithoutWarning() {
        // "Treaty on the Creation of a Union State of Russia and Belarus" has "of" twice: a Set.of of its words once threw.
        TextDocuments.Result r = new TextDocuments(nlp, index).read("t.txt",
                "Russia and Belarus signed a defence agreement.\n".getBytes(StandardCharsets.UTF_8), "t.txt", null);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertEquals(List.of(EventKind.TREATY_SIGNING), r.events().stream().map(Event::kind).toList());
    }
}
