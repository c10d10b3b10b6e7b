package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile text: runs of characters no word is that long, and sentences no prose is that long. */
class LongInputTest {
    static Nlp nlp;

    @BeforeAll
    static void load() {
        nlp = new Nlp();
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    /** A run of letters, dots and slashes, such as a pasted blob or a mangled URL. */
    private static String run(int length) {
        Random random = new Random(7);
        StringBuilder b = new StringBuilder(length);
        String alphabet = "abcdefghij./-?";
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }

    @Test
    void aLongRun_isOneToken_andEndsNoSentenceInside() {
        String blob = run(1_500);
        String text = "The talks began. " + blob + " The talks ended.";
        Span[] sentences = nlp.sentences(text);
        assertEquals(2, sentences.length, "the run ends no sentence inside it");
        assertEquals("The talks began.", sentences[0].getCoveredText(text).toString());
        assertEquals(blob + " The talks ended.", sentences[1].getCoveredText(text).toString());
        Span[] tokens = nlp.tokens(sentences[1].getCoveredText(text).toString());
        assertEquals(blob.length(), tokens[0].length(), "the run is one token");
    }

    @Test
    void aRunOfHundredsOfKilobytes_isReadInSeconds_inBoundedPieces() {
        String text = "The talks began. " + run(400_000) + " The talks ended.";
        // Before, the models looked at the whole run around each of its dots: minutes for this text.
        Span[] sentences = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> nlp.sentences(text));
        for (Span s : sentences) {
            assertTrue(s.length() <= Nlp.LONGEST_SENTENCE, "piece of " + s.length());
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> nlp.tokens(s.getCoveredText(text).toString()));
        }
        assertEquals("The talks ended.", sentences[sentences.length - 1].getCoveredText(text).toString());
    }

    @Test
    void aWordOfOrdinaryLength_stillSplitsAsTheModelSays() {
        assertEquals(2, nlp.tokens("troops.").length);
    }

    @Test
    void aSentenceLongerThanProse_isCutAtBlanks_losingNoWord() {
        String text = "word ".repeat(3_000).trim() + ".";
        Span[] sentences = nlp.sentences(text);
        assertTrue(sentences.length >= 8, "cut into pieces: " + sentences.length);
        int words = 0;
        for (Span s : sentences) {
            String piece = s.getCoveredText(text).toString();
            assertTrue(piece.length() <= Nlp.LONGEST_SENTENCE, "piece of " + piece.length());
            assertEquals(piece.strip(), piece, "cut at a blank");
            words += piece.split(" ").length;
        }
        assertEquals(3_000, words);
    }
}
