package org.entente.event;

import java.time.LocalDate;
import java.util.List;
import org.entente.ReadingBudget;
import org.entente.SentenceWarning;
import org.entente.SentenceWarnings;
import org.entente.mention.Official;
import org.entente.mention.ReferenceIndex;
import org.entente.mention.SentenceMentions;

/**
 * Reads the events of one document through the frames of the reading lexicon: deployments, arms
 * transfers, training, treaty signings, statements and post-holdings, each with stage, factuality,
 * attribution and evidence. The lexicon (data/reference/lexicon.ttl and any a user adds) lists which
 * verbs and nouns signal which event and how their slots map to its roles; one argument finder reads
 * those slots the same way for every frame, and a discourse component carries what spans sentences.
 * Thread-safe: each call keeps its state in its own {@link Discourse}.
 *
 * <pre>{@code
 * EventReader events = new EventReader(index);
 * List<Event> read = events.read(sentencesWithMentions, LocalDate.of(2024, 10, 25), new SentenceWarnings("a.md"));
 * }</pre>
 */
public final class EventReader {
    private final ReferenceIndex index;
    private final Lexicon lexicon;

    /**
     * @throws org.entente.EntenteException when the reference data's lexicon has a frame or cue it cannot read
     */
    public EventReader(ReferenceIndex index) {
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
            ReadingBudget.check();
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
