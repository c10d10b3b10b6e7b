package org.entente.mention;

import java.util.List;
import org.entente.nlp.Sentence;

/**
 * A sentence with what it names, and the officials it introduces.
 *
 * @param sentence  the sentence
 * @param mentions  its mentions, in text order, not overlapping
 * @param officials the people it gives a post
 */
public record SentenceMentions(Sentence sentence, List<Mention> mentions, List<Official> officials) {
    public SentenceMentions {
        mentions = List.copyOf(mentions);
        officials = List.copyOf(officials);
    }

    /** The mention covering token i, or null. */
    public Mention at(int token) {
        for (Mention m : mentions) if (m.first() <= token && token < m.last()) return m;
        return null;
    }
}
