package org.entente.event;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.SentenceWarnings;
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
    /** The frame-based stage, while it is developed beside this one: on with -Dentente.frames=true. */
    private final org.entente.frames.FrameReader frames;

    public EventReader(ReferenceIndex index) {
        this.index = index;
        this.frames = Boolean.getBoolean("entente.frames") ? new org.entente.frames.FrameReader(index) : null;
    }

    /** Instance form of {@link #mayCarryEvent(List)}: the lexicon's words when the frame stage is on. */
    public boolean worthTagging(List<String> lowerTokens) {
        return frames != null ? frames.mayCarryEvent(lowerTokens) : mayCarryEvent(lowerTokens);
    }

    /**
     * Whether a sentence, given its lower-cased tokens, may carry an event: it holds a trigger
     * word. Only such sentences are tagged and read for events.
     */
    public static boolean mayCarryEvent(List<String> lowerTokens) {
        for (String w : lowerTokens) {
            if (TRIGGER_WORDS.contains(w) || TRIGGER_LEMMAS.contains(Lemmas.lemma(w))) return true;
        }
        return false;
    }

    /** Lemmas that may carry an event: one lookup per token instead of one per lexicon (this runs on every sentence). */
    private static final Set<String> TRIGGER_LEMMAS = union(Lexicon.DEPLOY, Lexicon.ARRIVE, Lexicon.SUPPLY, Lexicon.RECEIVE,
            Lexicon.TRAIN, Lexicon.SIGN, Lexicon.JOIN, Lexicon.STATEMENT_VERBS.keySet(), Lexicon.CALL, Lexicon.EXPRESS, Lexicon.SAY,
            Lexicon.TREATY_NOUNS, Lexicon.PERSONNEL.keySet(), Lexicon.INCLUDE, Lexicon.PURCHASE);
    /** Word forms that may carry an event, matched as written (lower case). */
    private static final Set<String> TRIGGER_WORDS = union(Lexicon.DEPLOY_NOUNS, Lexicon.SUPPLY_NOUNS, Lexicon.TRAIN_NOUNS,
            Lexicon.SIGN_NOUNS);

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) all.addAll(s);
        return Set.copyOf(all);
    }

    /** The events of a document, in order of first mention; a sentence that fails is skipped and reported to {@code warnings}. */
    public List<Event> read(List<SentenceMentions> sentences, LocalDate docDate, SentenceWarnings warnings) {
        if (frames != null) return frames.read(sentences, docDate, warnings);
        return new DocumentReading(index, docDate).run(sentences, warnings);
    }
}
