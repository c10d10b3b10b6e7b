package org.entente.event;

import java.time.LocalDate;
import java.util.List;
import org.entente.mention.ReferenceIndex;
import org.entente.mention.SentenceMentions;
import org.entente.nlp.Lemmas;

/**
 * Reads the events of one document from its sentences and mentions: deployments, arms
 * transfers, training, treaty signings, statements and post-holdings, each with stage,
 * factuality, attribution and evidence. Mentions of one event in several sentences merge into
 * one event; "the deployment" or "the troops" refer back to the event already read.
 * Thread-safe: each call keeps its state in its own {@link DocumentReading}.
 */
public final class EventReader {
    private final ReferenceIndex index;

    public EventReader(ReferenceIndex index) {
        this.index = index;
    }

    /**
     * Whether a sentence, given its lower-cased tokens, may carry an event: it holds a trigger
     * word. Only such sentences are tagged and read for events.
     */
    public static boolean mayCarryEvent(List<String> lowerTokens) {
        for (String w : lowerTokens) {
            String lemma = Lemmas.lemma(w);
            if (Lexicon.DEPLOY.contains(lemma) || Lexicon.ARRIVE.contains(lemma) || Lexicon.DEPLOY_NOUNS.contains(w)
                    || Lexicon.SUPPLY.contains(lemma) || Lexicon.RECEIVE.contains(lemma) || Lexicon.SUPPLY_NOUNS.contains(w)
                    || Lexicon.TRAIN.contains(lemma) || Lexicon.TRAIN_NOUNS.contains(w) || Lexicon.SIGN.contains(lemma)
                    || Lexicon.SIGN_NOUNS.contains(w) || Lexicon.STATEMENT_VERBS.containsKey(lemma) || Lexicon.CALL.contains(lemma)
                    || Lexicon.EXPRESS.contains(lemma) || Lexicon.SAY.contains(lemma) || Lexicon.TREATY_NOUNS.contains(lemma)
                    || Lexicon.PERSONNEL.containsKey(lemma)) return true;
        }
        return false;
    }

    /** The events of a document, in order of first mention. */
    public List<Event> read(List<SentenceMentions> sentences, LocalDate docDate) {
        return new DocumentReading(index, docDate).run(sentences);
    }
}
