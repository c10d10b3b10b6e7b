package org.entente.event;

import java.util.List;
import java.util.Set;
import org.entente.event.Factuality;
import org.entente.event.Stage;
import org.entente.mention.Entity;
import org.entente.mention.Mention;

/**
 * How far an event has gone and how surely, from the words around its trigger, the same way for every
 * frame: the trigger's own verb group (tense, aspect, modal, negation), the verbs and nouns that govern
 * it ("plans to send", "refrained from supplying", "approved the sale"), the reporting frame around it
 * ("Seoul said …", "… according to X", "…, a diplomat said") and hedging adverbs.
 */
final class Modality {
    /** Participles that, before "to", pass on what others say: "is said to have", "believed to be". */
    private static final Set<String> HEARSAY_TO = Set.of("said", "reported", "believed", "thought", "understood", "rumoured",
            "rumored", "reputed", "alleged", "suspected", "expected");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "remain", "remains");
    private static final Set<String> PRESENT_HAVE = Set.of("has", "have", "'ve");
    /** How far up a chain of governing verbs and nouns a cue is looked for. */
    private static final int CHAIN = 4;

    private final Syntax x;
    private final Arguments args;
    private final Lexicon lx;
    private final Referents refs;

    Modality(Syntax x, Arguments args, Lexicon lx, Referents refs) {
        this.x = x;
        this.args = args;
        this.lx = lx;
        this.refs = refs;
    }

    /**
     * The stage, factuality, attribution and date of the event whose trigger is at token t (its verb group v, or null for
     * a noun), or null when the words say it does not happen: "did not send", "refrained from supplying", "has no plans
     * to deploy", "allows U.S. forces to train".
     */
    Qualifiers of(int t, VerbGroup v, int governor) {
        return of(t, v, governor, true);
    }

    /**
     * As {@link #of(int, VerbGroup, int)}; with {@code ownCue} false the trigger's own word sets no stage ("signed" is a
     * signing done, though "sign" announces the act it governs in "signed a deal to supply").
     */
    Qualifiers of(int t, VerbGroup v, int governor, boolean ownCue) {
        if (v != null && v.negated() && !x.lower(v.last()).equals("only")) return null;
        // "its rule against sending arms", "without supplying weapons": an act ruled out.
        if (v != null && v.form() == VerbGroup.Form.GERUND && Set.of("against", "without").contains(before(v.first()))) return null;
        if (v == null && (x.lower(t - 1).equals("no") || determinerNo(t))) return null;
        Stage stage = null;
        boolean weak = v == null || v.form() == VerbGroup.Form.GERUND || x.sentence.headline();
        int g = governor;
        for (int depth = 0; g >= 0 && depth < CHAIN; depth++) {
            VerbGroup gv = x.verbAt(g);
            if (gv != null && gv.negated() || determinerNo(g)) return null;
            // "ready to host", "willing to send": an adjective governs as its adverb would.
            List<Lexicon.Cue> cues = gv != null ? lx.verbCues(gv.lemma())
                    : x.tag(g).equals("ADJ") ? lx.adverbCues(x.lower(g)) : lx.nounCues(x.lemma(g));
            if (Lexicon.signals(cues, Lexicon.Signal.NO_EVENT) && !Lexicon.signals(cues, Lexicon.Signal.DENIED)) return null;
            // "pledged to continue buying": every verb up the chain bounds how far the act has gone.
            // "gave the green light for the sale": a consent given approves the act.
            Stage cue = gv == null && args.consentGiven(g) ? Stage.ANNOUNCED : stageOf(cues);
            if (cue == null && gv != null && gv.modal() != null) cue = modalStage(gv.modal());
            if (cue != null && (stage == null || cue.ordinal() < stage.ordinal())) stage = cue;
            if (stage != null && gv != null) weak = false;
            g = gv != null ? args.governor(gv) : nounGovernor(g);
        }
        if (stage == null && ownCue) stage = v != null ? stageOf(lx.verbCues(v.lemma())) : stageOf(lx.nounCues(x.lemma(t)));
        // "the upcoming delivery", "a possible sale": a word before a noun says how far it has gone.
        Phrase own = v == null ? x.phraseAt(t) : null;
        for (int k = own == null ? t : own.first(); stage == null && k < t; k++) stage = stageOf(lx.adverbCues(x.lower(k)));
        // "had spent months training in China": a gerund under a verb that says nothing of its stage has that verb's tense.
        boolean bareGerund = v != null && v.form() == VerbGroup.Form.GERUND && !x.tag(v.first() - 1).equals("ADP")
                && !x.tag(v.first() - 1).equals("SCONJ");
        VerbGroup under = bareGerund ? x.verbAt(governor) : null;
        if (stage == null && under != null && under.finite()) {
            stage = ownStage(under, args.governor(under));
            weak = false;
        }
        if (stage == null) stage = v != null ? ownStage(v, governor) : Stage.COMPLETED;
        Factuality f = factuality(t, v);
        return new Qualifiers(stage, weak, f, attribution(t), date(t));
    }

    private String before(int k) {
        int j = k - 1;
        while (j >= 0 && x.tag(j).equals("ADV")) j--;
        return j < 0 ? "" : x.lower(j);
    }

    private boolean determinerNo(int t) {
        Phrase p = x.phraseAt(t);
        return p != null && (x.lower(p.first()).equals("no") || x.lower(p.first()).equals("none"));
    }

    private int nounGovernor(int g) {
        Phrase p = x.phraseAt(g);
        return p == null ? -1 : args.nounGovernor(p);
    }

    private static Stage stageOf(List<Lexicon.Cue> cues) {
        for (Lexicon.Cue c : cues) {
            if (!c.rest().isEmpty()) continue;
            for (Lexicon.Signal s : c.signals()) if (s.isStage()) return Stage.values()[s.ordinal()];
        }
        return null;
    }

    private static Stage modalStage(String modal) {
        return switch (modal) {
            case "will", "shall", "'ll", "wo", "would" -> Stage.PLANNED;
            // "The pact must still be ratified": what is required is not yet done ("must have sent" is read below as past).
            case "must", "should" -> Stage.PLANNED;
            default -> Stage.CONSIDERED;
        };
    }

    /** The stage a verb's own form gives: its modal, then tense and aspect. */
    private Stage ownStage(VerbGroup v, int governor) {
        // "France would transfer jets … and train pilots": a verb joined to another with no auxiliary shares its modal.
        if (v.modal() == null && v.first() == v.head() && (x.lower(v.first() - 1).equals("and") || x.lower(v.first() - 1).equals("or"))) {
            for (int k = v.first() - 2; k >= 0 && !x.barrier(k); k--) {
                VerbGroup before = x.verbAt(k);
                if (before != null && before.finite() && before.modal() != null) return modalStage(before.modal());
            }
        }
        // "denied that Russian soldiers were stationed in Niamey": reported speech puts a present state in the past tense.
        if (v.passive() && v.past() && lx.inGroup("stative-verbs", v.lemma()) && reportedPast(v.first())) return Stage.ONGOING;
        if (v.modal() != null) {
            Stage s = modalStage(v.modal());
            // "could have sent", "must have crossed": a guess about the past.
            if (s != null && !(v.perfect() && (s == Stage.CONSIDERED || v.modal().equals("must") || v.modal().equals("should")))) return s;
        }
        // "Norway to send NASAMS", "is to deploy": an infinitive with nothing governing it looks ahead.
        if (v.form() == VerbGroup.Form.INFINITIVE && governor < 0) return Stage.PLANNED;
        if (v.form() == VerbGroup.Form.INFINITIVE && x.verbAt(governor) != null && x.verbAt(governor).copula()) return Stage.PLANNED;
        if (v.progressive()) return Stage.ONGOING;
        // "have been in Honiara since November", "have been stationed there since 2017": a present perfect of a state with
        // "since" tells one that goes on ("have moved there since June" did move).
        if (v.perfect() && PRESENT_HAVE.contains(x.lower(v.first())) && state(v.lemma()) && sinceAfter(v.last())) return Stage.ONGOING;
        if (v.perfect()) return Stage.COMPLETED;
        // "troops are stationed in Denmark": a present passive of a state of affairs goes on.
        if (v.passive() && v.first() < v.head() && PRESENT_BE.contains(x.lower(v.first()))) return Stage.ONGOING;
        if (v.past() || v.form() == VerbGroup.Form.PARTICIPLE) return Stage.COMPLETED;
        if (v.form() == VerbGroup.Form.FINITE && x.lower(v.head()).endsWith("s")) return Stage.ONGOING;
        // "where they train Saudi forces": a plural subject's present tense goes on too (a headline's present is its past).
        // ("helped train": a bare infinitive after another verb has no tense of its own.)
        if (v.form() == VerbGroup.Form.FINITE && v.first() == v.head() && !x.sentence.headline() && x.lower(v.head()).equals(x.lemma(v.head()))
                && x.verbAt(v.first() - 1) == null) return Stage.ONGOING;
        return Stage.COMPLETED;
    }

    /** Whether a verb tells a state: "be", a verb of stationing, or one of a frame of presence ("serve", "remain"). */
    private boolean state(String lemma) {
        return lemma.equals("be") || lx.inGroup("stative-verbs", lemma) || lx.verbFrames(lemma).stream().anyMatch(e -> e.frame().has("presence"));
    }

    /** Whether "since" opens an adjunct of the clause that goes on at token k. */
    private boolean sinceAfter(int k) {
        for (int j = k; j < x.size() && !x.barrier(j) && x.verbAt(j) == null; j++) if (x.lower(j).equals("since")) return true;
        return false;
    }

    // ---- factuality and attribution -------------------------------------------------------------

    private Factuality factuality(int t, VerbGroup v) {
        Factuality f = Factuality.CONFIRMED;
        int frame = frameStart(t);
        for (int k = frame; k < t; k++) f = doubt(f, cueAt(k));
        for (int k = 0; k < x.size(); k++) {
            if (x.lower(k).equals("according") && x.lower(k + 1).equals("to")) f = doubt(f, Factuality.REPORTED);
            if (Lexicon.signals(lx.adverbCues(x.lower(k)), Lexicon.Signal.UNVERIFIED)) f = doubt(f, Factuality.UNVERIFIED);
        }
        // "may have sent", "could have supplied": a guess about the past.
        if (v != null && v.perfect() && v.modal() != null && modalStage(v.modal()) == Stage.CONSIDERED) f = doubt(f, Factuality.ALLEGED);
        if (postposedSpeech(t) >= 0) f = doubt(f, Factuality.REPORTED);
        return f;
    }

    /** The factuality a cue word at k signals ("reportedly", "claimed", "denied"), or null. */
    private Factuality cueAt(int k) {
        String tag = x.tag(k);
        List<Lexicon.Cue> cues = tag.equals("VERB") || tag.equals("AUX") ? lx.verbCues(x.lemma(k))
                : tag.equals("NOUN") ? lx.nounCues(x.lemma(k)) : lx.adverbCues(x.lower(k));
        // "Pyongyang is said to have sent troops", "is believed to be": hearsay.
        if (HEARSAY_TO.contains(x.lower(k)) && x.lower(k + 1).equals("to")) return Factuality.REPORTED;
        Mention m = x.mention(k);
        if (m != null && m.kind() == Mention.Kind.ENTITY) return null;
        Factuality f = null;
        for (Lexicon.Cue c : cues) {
            if (!c.rest().isEmpty()) continue;
            for (Lexicon.Signal s : c.signals()) {
                if (!s.isFactuality()) continue;
                Factuality one = Factuality.values()[s.ordinal() - Lexicon.Signal.REPORTED.ordinal() + 1];
                f = f == null ? one : doubt(f, one);
            }
        }
        return f;
    }

    /** The more doubtful of two readings; a denial outranks every hedge. */
    private static Factuality doubt(Factuality a, Factuality b) {
        if (b == null) return a;
        return b.ordinal() > a.ordinal() ? b : a;
    }

    /** Whether the clause at k is what a past verb of saying reported: "… denied that …". */
    private boolean reportedPast(int k) {
        int start = clauseStart(k);
        if (start < 2 || !x.lower(start - 1).equals("that")) return false;
        VerbGroup v = x.verbAt(start - 2);
        return v != null && v.past() && reporting(v.lemma());
    }

    /** Where the clause that frames the trigger's starts: one level up across "that" ("reports indicate that …"). */
    private int frameStart(int t) {
        int start = clauseStart(t);
        // "Kenya said that the officers who landed in Haiti …": a relative clause is said with the clause of its antecedent.
        while (start > 0 && Syntax.RELATIVES.contains(x.lower(start - 1))) start = clauseStart(start - 1);
        return start > 0 && x.lower(start - 1).equals("that") ? clauseStart(start - 1) : start;
    }

    /** The first token of the clause holding t: after a barrier (a subordinator, "that", a semicolon), or 0. */
    int clauseStart(int t) {
        for (int k = t - 1; k >= 0; k--) if (x.barrier(k) && !x.quoteMark(k)) return k + 1;
        return 0;
    }

    /**
     * "…, a Western diplomat said." / "…, said the Pentagon.": the clause with the trigger is what a source after it said.
     * Returns the comma that opens the source's clause, or -1. "…, its defence ministry said" is the actor's own voice.
     */
    int postposedSpeech(int t) {
        int end = x.size();
        while (end > t && x.token(end - 1).isPunct()) end--;
        for (int comma = end - 1; comma > t; comma--) {
            if (!x.lower(comma).equals(",")) continue;
            if (end - comma > 10 || Syntax.POSSESSIVES.contains(x.lower(comma + 1))) return -1;
            for (int k = comma + 1; k < end; k++) {
                VerbGroup v = x.verbAt(k);
                if (v != null && v.finite() && (Lexicon.signals(lx.verbCues(v.lemma()), Lexicon.Signal.REPORTED) || v.lemma().equals("add"))) return comma;
            }
            return -1;
        }
        return -1;
    }

    /** Whom the text credits with the fact: "according to X", the speaker of a verb that frames it, or a source after it. */
    private Entity attribution(int t) {
        for (int k = 0; k + 2 < x.size(); k++) {
            if (!(x.lower(k).equals("according") && x.lower(k + 1).equals("to"))) continue;
            Phrase p = x.phraseAt(k + 2);
            Entity e = p == null ? null : refs.speaker(p);
            if (e != null) return e;
        }
        int frame = frameStart(t);
        for (int k = t - 1; k >= frame; k--) {
            VerbGroup v = x.verbAt(k);
            if (v == null || v.head() != k || !v.finite() || !reporting(v.lemma())) continue;
            if (HEARSAY_TO.contains(x.lower(k)) && x.lower(k + 1).equals("to")) return null;
            List<Phrase> subject = args.subject(v);
            return subject.isEmpty() ? null : refs.speaker(subject.get(0));
        }
        int comma = postposedSpeech(t);
        for (int k = comma + 1; comma >= 0 && k < x.size(); k++) {
            Phrase p = x.phraseAt(k);
            Entity e = p == null || p.governed() ? null : refs.speaker(p);
            if (e != null) return e;
        }
        return null;
    }

    private boolean reporting(String lemma) {
        for (Lexicon.Cue c : lx.verbCues(lemma)) for (Lexicon.Signal s : c.signals()) if (s.isFactuality()) return true;
        for (Lexicon.Entry e : lx.verbFrames(lemma)) if (e.frame().kind() == org.entente.event.EventKind.STATEMENT) return true;
        return false;
    }

    /** The date the trigger's clause gives, or null. */
    private String date(int t) {
        Mention best = null;
        for (Mention m : x.mentions.mentions()) {
            if (m.kind() != Mention.Kind.DATE) continue;
            if (best == null || Math.abs(m.first() - t) < Math.abs(best.first() - t)) best = m;
        }
        return best == null ? null : best.date();
    }
}
