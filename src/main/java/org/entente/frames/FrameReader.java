package org.entente.frames;

import java.time.LocalDate;
import java.util.List;
import org.entente.SentenceWarning;
import org.entente.SentenceWarnings;
import org.entente.event.Event;
import org.entente.mention.Official;
import org.entente.mention.ReferenceIndex;
import org.entente.mention.SentenceMentions;

/**
 * Reads the events of one document through the frames of the lexicon: deployments, arms transfers,
 * training, treaty signings, statements and post-holdings, each with stage, factuality, attribution and
 * evidence. Thread-safe: each call keeps its state in its own {@link Discourse}.
 */
public final class FrameReader {
    private final ReferenceIndex index;
    private final Lexicon lexicon;

    public FrameReader(ReferenceIndex index) {
        this.index = index;
        this.lexicon = Lexicon.read(index.lexicon());
    }

    /** Whether a sentence, given its lower-cased tokens, may carry an event; only such sentences are tagged and read. */
    public boolean mayCarryEvent(List<String> lowerTokens) {
        return lexicon.mayCarryEvent(lowerTokens);
    }

    /**
     * The events of a document, in order of first mention. A sentence whose reading fails is skipped, what it had added
     * is taken back, and the failure goes to {@code warnings}: one sentence never costs the document.
     */
    public List<Event> read(List<SentenceMentions> sentences, LocalDate docDate, SentenceWarnings warnings) {
        Discourse d = new Discourse(index, docDate);
        SentenceReader reader = new SentenceReader(lexicon, d);
        for (SentenceMentions sm : sentences) {
            try {
                for (Official o : sm.officials()) d.official(o, sm.sentence());
                reader.read(sm);
                d.remember(sm);
            } catch (RuntimeException e) {
                d.forget(sm.sentence());
                warnings.skipped(SentenceWarning.Stage.EVENT, sm.sentence().index(), sm.sentence().text(), e);
            }
        }
        return d.events();
    }
}
