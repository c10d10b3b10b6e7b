package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where sentences end around abbreviations the sentence model misreads. */
class SentenceSplitTest {
    static Nlp nlp;

    @BeforeAll
    static void load() {
        nlp = new Nlp();
    }

    @AfterAll
    static void close() {
        nlp.close();
    }

    private static List<String> sentences(String text) {
        return Arrays.stream(nlp.sentences(text)).map(s -> s.getCoveredText(text).toString()).toList();
    }

    @Test
    void aStatesAbbreviationBeforeATitle_endsNoSentence() {
        assertEquals(List.of("The plan was praised by U.S. Defense Secretary Lloyd Austin on Friday."),
                sentences("The plan was praised by U.S. Defense Secretary Lloyd Austin on Friday."));
        assertEquals(List.of("The proposal was put forward by U.S. President Joe Biden.", "Paris agreed."),
                sentences("The proposal was put forward by U.S. President Joe Biden. Paris agreed."));
    }

    @Test
    void aRankBeforeAName_endsNoSentence() {
        assertEquals(1, sentences("The briefing was given by Maj. Gen. Pat Ryder at the Pentagon.").size());
    }
}
