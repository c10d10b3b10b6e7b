package org.entente.event;

import java.util.Set;
import org.entente.mention.AliasKind;
import org.entente.mention.Entity;
import org.entente.mention.Mention;
import org.entente.nlp.Token;

/**
 * Stage, factuality and attribution of a trigger, from the words around it: modals and verbs
 * of planning or weighing before it; hedges, reporting verbs and denials in the clause that
 * frames it; "according to X" anywhere in the sentence.
 */
final class Modality {
    private static final java.util.Set<String> PRESENT_BE = java.util.Set.of("is", "are", "am", "remain", "remains");
    /** Participles that, before "to", pass on what others say: "said to have", "believed to be". */
    private static final java.util.Set<String> HEARSAY = java.util.Set.of("said", "reported", "believed", "thought", "understood",
            "rumoured", "rumored", "reputed");
    /** Participles of being somewhere rather than of going there. */
    private static final java.util.Set<String> STATES = java.util.Set.of("station", "base", "garrison", "position", "house", "present");

    /** Whether the clause holding t is what a past verb reported: "… denied that …", "… said …". */
    private boolean reportedPast(int t) {
        int start = c.clauseStart(t);
        int verb = start >= 2 && c.lower(start - 1).equals("that") ? start - 2 : -1;
        return verb >= 0 && c.token(verb).tag().equals("VERB") && c.past(verb);
    }
    private static final java.util.Set<String> PROMISES = java.util.Set.of("pledge", "promise", "offer", "commit");
    private final Clauses c;
    private final DocumentReading doc;
    private final boolean headline;

    Modality(Clauses c, DocumentReading doc, boolean headline) {
        this.c = c;
        this.doc = doc;
        this.headline = headline;
    }

    /** Sets a draft's stage, factuality and attribution for the trigger at t in a clause starting at start. */
    /** A modal verb at k: "may", but not the month ("on 12 May 2024", "in May"). */
    private boolean modal(int k) {
        if (!Lexicon.MODAL.contains(c.lower(k))) return false;
        org.entente.mention.Mention m = c.mentionAt(k);
        return !(m != null && m.kind() == org.entente.mention.Mention.Kind.DATE) && !(k > 0 && c.token(k).isCapitalized() && c.lower(k).equals("may"));
    }

    void apply(Draft d, int t, int start) {
        d.stage = stage(t, start);
        d.weakStage = c.token(t).tag().equals("NOUN") && !c.past(t) || headline;
        int frame = c.frameStart(t);
        Factuality f = Factuality.CONFIRMED;
        for (int k = frame; k < t; k++) {
            String w = c.lower(k);
            String lemma = c.token(k).lemma();
            if (Lexicon.UNVERIFIED.contains(w)) f = f.doubt(Factuality.UNVERIFIED);
            else if (Lexicon.ALLEGE.contains(w) || (w.equals("have") && modal(k - 1) && c.past(t))) f = f.doubt(Factuality.ALLEGED);
            else if (Lexicon.REPORT.contains(w) && !w.equals("intelligence") && !w.equals("media")) f = f.doubt(Factuality.REPORTED);
            else if (Lexicon.DENY.contains(lemma) && c.mentionAt(k) == null) f = Factuality.DENIED;
            // "Pyongyang said to have sent troops", "is believed to have": hearsay.
            if (HEARSAY.contains(w) && c.lower(k + 1).equals("to")) f = f.doubt(Factuality.REPORTED);
        }
        for (int k = 0; k < c.size(); k++) {
            if (Lexicon.UNVERIFIED.contains(c.lower(k))) f = f.doubt(Factuality.UNVERIFIED);
            // "..., according to U.S. officials" after the fact still makes it a report.
            if (c.lower(k).equals("according") && c.lower(k + 1).equals("to")) f = f.doubt(Factuality.REPORTED);
        }
        int source = postposedSpeech(t);
        if (source >= 0) f = f.doubt(Factuality.REPORTED);
        d.factuality = f;
        d.attributedTo = attribution(t, frame);
        if (d.attributedTo == null && source >= 0) d.attributedTo = speakerAfterComma(source);
    }

    /**
     * "…, a Western diplomat said." / "…, said the Pentagon.": the clause with the trigger is what a source after it
     * said. Returns the index of the comma that opens the source's clause, or -1.
     */
    private int postposedSpeech(int t) {
        int end = c.size();
        while (end > t && c.token(end - 1).isPunct()) end--;
        for (int comma = end - 1; comma > t; comma--) {
            if (!c.lower(comma).equals(",")) continue;
            if (end - comma > 9) return -1;
            // "…, its defence ministry said": the actor's own voice confirms, it does not report.
            if (Set.of("its", "their", "his", "her").contains(c.lower(comma + 1))) return -1;
            for (int v = comma + 1; v < end; v++) {
                Token w = c.token(v);
                if (POSTPOSED_SPEECH.contains(w.lower()) && w.tag().equals("VERB")) return comma;
            }
            return -1;
        }
        return -1;
    }

    private static final Set<String> POSTPOSED_SPEECH = Set.of("said", "says", "told", "reported", "added", "stated");

    /** The actor named in the source clause after the comma, if any. */
    private Entity speakerAfterComma(int comma) {
        for (int k = comma + 1; k < c.size(); k++) {
            Mention m = c.mentionAt(k);
            if (m != null && m.entity() != null && m.entity().type().isActor()) {
                return m.aliasKind() == AliasKind.DEMONYM ? doc.stateOf(m.entity()) : m.entity();
            }
        }
        return null;
    }

    Stage stage(int t, int start) {
        // "France would transfer jets … and train pilots": a second verb without an auxiliary shares the first one's.
        if (t >= 2 && (c.lower(t - 1).equals("and") || c.lower(t - 1).equals("or")) && c.token(t).tag().equals("VERB")) {
            for (int k = t - 2; k >= start; k--) {
                if (c.token(k).tag().equals("VERB") && (k == 0 || !c.lower(k - 1).equals("and"))) return stage(k, start);
            }
        }
        String form = c.lower(t);
        Stage cue = null;
        boolean modal = false, perfect = false, progressive = false, future = false;
        for (int k = Math.max(start, t - 5); k < t; k++) {
            String w = c.lower(k);
            String lemma = c.token(k).lemma();
            if (Lexicon.CONSIDER.contains(lemma) && !w.startsWith("suggest")) cue = Stage.CONSIDERED;
            else if (Lexicon.PLAN.contains(lemma) || Lexicon.PLAN.contains(w)) cue = cue == null ? Stage.PLANNED : cue;
            else if (Lexicon.ANNOUNCE.contains(lemma)) cue = cue == null || cue == Stage.PLANNED ? Stage.ANNOUNCED : cue;
            if (w.equals("would")) future = true;
            else if (modal(k)) modal = true;
            if (lemma.equals("have") && !w.equals("having")) perfect = true;
            if (lemma.equals("be") && form.endsWith("ing") || w.equals("being")) progressive = true;
            if (lemma.equals("continue")) progressive = true;
        }
        if (cue != null) return cue;
        // "is weighing the purchase of …": a verb of weighing that governs the event is its stage.
        if (Lexicon.CONSIDER.contains(c.token(t).lemma())) return Stage.CONSIDERED;
        // "troops are stationed in Denmark", "are now stationed": a present passive of a state of affairs goes on.
        int be = t - 1;
        while (be > 0 && c.token(be).tag().equals("ADV")) be--;
        if (c.past(t) && be >= 0 && PRESENT_BE.contains(c.lower(be))) return Stage.ONGOING;
        // "denied that Russian soldiers were stationed in Niamey": reported speech shifts a present state into the past.
        if (c.past(t) && be >= 0 && (c.lower(be).equals("were") || c.lower(be).equals("was")) && STATES.contains(c.token(t).lemma())
                && reportedPast(t)) return Stage.ONGOING;
        // Verbs that are themselves promises: "Norway and Belgium have pledged more".
        if (PROMISES.contains(c.token(t).lemma())) return modal ? Stage.CONSIDERED : Stage.ANNOUNCED;
        // "Norway to send more NASAMS", "is to deploy": an infinitive with no verb of its own before it looks ahead.
        // "are to be trained in Denmark": the same, passive.
        int to = c.lower(t - 1).equals("be") && c.lower(t - 2).equals("to") ? t - 2 : t - 1;
        if (c.lower(to).equals("to") && (to < 1 || !c.token(to - 1).tag().equals("VERB")) && !modal) return Stage.PLANNED;
        if (perfect && c.past(t)) return Stage.COMPLETED;
        if (modal) return Stage.CONSIDERED;
        if (future) return Stage.PLANNED;
        if (progressive) return Stage.ONGOING;
        if (c.past(t)) return Stage.COMPLETED;
        if (form.endsWith("ing") || form.endsWith("s")) return Stage.ONGOING;
        return Stage.COMPLETED;
    }

    /** "did not send", "has never deployed", "refrained from supplying", "ruled out sending": the event does not happen. Not "not only". */
    boolean negated(int t, int start) {
        for (int k = Math.max(start, t - 4); k < t; k++) {
            String w = c.lower(k);
            if (Lexicon.NEGATION.contains(w) && !c.lower(k + 1).equals("only") && !c.lower(k + 1).equals("just")) return true;
            String lemma = c.token(k).lemma();
            if (Lexicon.REFUSE.contains(lemma) && c.mentionAt(k) == null) return true;
            if (lemma.equals("rule") && c.lower(k + 1).equals("out")) return true;
        }
        return permittedOnly(t, start);
    }

    /**
     * "It allows U.S. forces to train on Finnish territory", "lets troops be deployed": a right granted, not an act that
     * happens. The infinitive's "to" stands within two words before the event, a verb of permission before that.
     */
    private boolean permittedOnly(int t, int start) {
        int to = c.lower(t - 1).equals("to") ? t - 1 : c.lower(t - 2).equals("to") && c.token(t - 1).lemma().equals("be") ? t - 2 : -1;
        if (to < 0) return false;
        for (int k = Math.max(start, to - 8); k < to; k++) {
            // Taggers may read "the deal permits" as a plural noun.
            boolean verb = c.token(k).tag().equals("VERB") || c.lower(k).endsWith("s");
            if (verb && Lexicon.PERMIT.contains(c.token(k).lemma())) return true;
        }
        return false;
    }

    /** "according to X", or the speaker of a reporting verb that frames the clause ("NIS estimates that ..."). */
    Entity attribution(int t, int frame) {
        for (int k = 0; k + 2 < c.size(); k++) {
            if (c.lower(k).equals("according") && c.lower(k + 1).equals("to")) {
                int j = c.lower(k + 2).equals("the") ? k + 3 : k + 2;
                Mention m = c.mentionAt(j);
                if (m != null && m.entity() != null && m.entity().type().isActor()) {
                    return m.aliasKind() == AliasKind.DEMONYM ? doc.stateOf(m.entity()) : m.entity();
                }
            }
        }
        // The speaker of a reporting verb that frames the trigger: "NIS estimates that ...",
        // "Jonson said Stockholm would donate ...". Its subject must stand right before it.
        for (int v = t - 1; v >= frame; v--) {
            Token verb = c.token(v);
            boolean reporting = Lexicon.REPORT.contains(verb.lower()) || Lexicon.SAY.contains(verb.lemma())
                    || Lexicon.STATEMENT_VERBS.containsKey(verb.lemma()) || Lexicon.ALLEGE.contains(verb.lower());
            if (!reporting || !verb.tag().equals("VERB")) continue;
            // "Pyongyang is said to have sent": the subject is what is talked about, the speaker unnamed.
            if (HEARSAY.contains(verb.lower()) && c.lower(v + 1).equals("to")) return null;
            Clauses.Actor a = c.speaker(v, frame);
            if (a == null || a.last() < v - 3) return null;
            for (int k = a.last(); k < v; k++) if (c.token(k).tag().equals("NOUN") && !a.group()) return null;
            return a.group() || a.mention().aliasKind() == AliasKind.DEMONYM ? doc.stateOf(a.entity()) : a.entity();
        }
        return null;
    }
}
