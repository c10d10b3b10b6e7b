package org.entente.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.SentenceWarning;
import org.entente.SentenceWarnings;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;
import org.junit.jupiter.api.Test;

/** One sentence that the mention stage fails on is left out and reported; the others keep their mentions. */
class MentionIsolationTest {
    /** A sentence at a document offset, tokenised at spaces; {@code broken} leaves its tokens without lower-case forms. */
    private static Sentence sentence(int index, int begin, String text, boolean broken) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            String lower = broken ? null : w.toLowerCase(Locale.ROOT);
            tokens.add(new Token(w, lower, lower, "", begin + at, begin + at + w.length()));
            at += w.length() + 1;
        }
        return new Sentence(index, index, begin, begin + text.length(), text, tokens, false);
    }

    @Test
    void find_oneSentenceFails_isSkippedWithAWarning_andTheOthersKeepTheirMentions() {
        List<Sentence> sentences = List.of(sentence(0, 0, "Russia sent troops to Belarus", false),
                sentence(1, 40, "Germany sent tanks to Ukraine", true), sentence(2, 80, "France trained pilots from Armenia", false));
        SentenceWarnings warnings = new SentenceWarnings("a.md");
        List<SentenceMentions> found = new MentionFinder(ReferenceFixture.INDEX).find(sentences, null, warnings);

        assertEquals(List.of(0, 2), found.stream().map(sm -> sm.sentence().index()).toList());
        assertEquals(List.of("Russia", "Belarus"), found.get(0).mentions().stream().map(Mention::text).toList());
        assertEquals(List.of("France", "Armenia"), found.get(1).mentions().stream().map(Mention::text).toList());
        assertEquals(1, warnings.list().size());
        SentenceWarning w = warnings.list().get(0);
        assertEquals(SentenceWarning.Stage.MENTION, w.stage());
        assertEquals(1, w.sentence());
        assertTrue(w.message().startsWith("a.md: sentence 1 skipped by the mention stage (\"Germany sent tanks to Ukraine\"): "
                + "NullPointerException"), w.message());
    }
}
