package org.entente.event;

import java.util.List;
import org.entente.event.EventKind;
import org.entente.event.Factuality;
import org.entente.event.Stage;
import org.entente.mention.SentenceMentions;
import org.entente.nlp.Sentence;

/**
 * Reads one sentence: every verb group and noun that the lexicon lists evokes its frames, whose slots the
 * argument finder fills; the frame's kind decides who turns the slots into readings.
 */
final class SentenceReader {
    private final Lexicon lx;
    private final Discourse d;

    SentenceReader(Lexicon lx, Discourse d) {
        this.lx = lx;
        this.d = d;
    }

    void read(SentenceMentions sm) {
        Sentence s = sm.sentence();
        if (s.tokens().isEmpty() || s.token(0).tag().isEmpty() || question(s)) return;
        Syntax x = Syntax.of(sm, lx);
        Arguments args = new Arguments(x, lx);
        Referents refs = new Referents(x, d, lx);
        Forces forces = new Forces(x, refs, d, lx);
        Systems weapons = new Systems(x, refs, d, lx);
        Modality mod = new Modality(x, args, lx, refs);
        Facts facts = new Facts(x, args, refs, forces, weapons, d, lx);
        Statements statements = new Statements(x, args, refs, forces, d, lx);
        Treaties treaties = new Treaties(x, refs, d, lx);
        for (VerbGroup v : x.verbs) {
            // "Albanese and Marape have inked a pact": who acted together, for a "they" to come.
            if (v.finite()) d.group(together(x, refs, args.subject(v)), s.block());
            List<Lexicon.Entry> entries = lx.verbFrames(v.lemma());
            int quoted = quoteIntroduced(x, v);
            if (quoted >= 0 && entries.stream().noneMatch(e -> e.frame().kind() == EventKind.STATEMENT)) {
                // 'Pashinyan backed him: "…"': any verb that a colon and a quotation follow introduces what was said.
                List<Lexicon.Entry> speech = lx.verbFrames(SUPPORTING.contains(v.lemma()) ? "welcome" : "say");
                for (Lexicon.Entry e : speech) statements.read(e.frame(), args.ofVerb(v, quoted, true), v.head(), v, quoted);
            }
            // "called on", "called for": a longer entry that matches stands for the verb alone ("called the plan …"); a treaty's
            // preposition governs the treaty itself, so "withdraw troops from Niger" is no "withdraw from".
            int[] afters = new int[entries.size()];
            boolean longer = false;
            for (int i = 0; i < afters.length; i++) {
                Lexicon.Entry e = entries.get(i);
                afters[i] = particles(x, v, e.rest());
                longer |= !e.rest().isEmpty() && afters[i] >= 0 && (e.frame().kind() != EventKind.TREATY_SIGNING || afters[i] != v.last());
            }
            for (int i = 0; i < afters.length; i++) {
                Lexicon.Entry e = entries.get(i);
                int after = afters[i];
                if (longer && e.rest().isEmpty() || after < 0) continue;
                Frame f = e.frame();
                Slots slots = args.ofVerb(v, after, f.kind() == EventKind.STATEMENT);
                if (f.kind() == EventKind.STATEMENT) {
                    statements.read(f, slots, v.head(), v, after);
                    continue;
                }
                Qualifiers q = mod.of(v.head(), v, slots.governor(), f.kind() != EventKind.TREATY_SIGNING);
                if (f.kind() != EventKind.TREATY_SIGNING) facts.read(f, slots, q, v.head(), v);
                else if (q != null) treaties.read(f, slots, q, v.head());
            }
        }
        for (Phrase p : x.phrases) {
            for (Lexicon.Entry e : lx.nounFrames(x.lemma(p.head()))) {
                if (!e.rest().isEmpty() || x.tag(p.head()).startsWith("PROPN") && x.mention(p.head()) == null) continue;
                Frame f = e.frame();
                Slots slots = args.ofNoun(p, p.head());
                if (f.kind() == EventKind.STATEMENT) {
                    statements.read(f, slots, p.head(), null, p.last());
                    continue;
                }
                Qualifiers q = mod.of(p.head(), null, slots.governor(), f.kind() != EventKind.TREATY_SIGNING);
                if (f.kind() != EventKind.TREATY_SIGNING) facts.read(f, slots, q, p.head(), null);
                else if (q != null) treaties.read(f, slots, q, p.head());
            }
        }
        Qualifiers plain = new Qualifiers(Stage.COMPLETED, false, Factuality.CONFIRMED, null, null);
        for (Phrase p : x.phrases) {
            for (int k = p.first() + 2; k < p.head(); k++) {
                if (!x.lower(k - 1).equals("-") || x.mention(k - 2) == null || !x.past(k)) continue;
                for (Lexicon.Entry e : lx.verbFrames(x.lemma(k))) {
                    if (e.rest().isEmpty() && e.frame().kind() != EventKind.STATEMENT && e.frame().kind() != EventKind.TREATY_SIGNING) {
                        facts.read(e.frame(), args.ofCompound(p, k), plain, k, null);
                    }
                }
            }
        }
        treaties.named(plain.withWeak());
        remember(x, args, refs, s);
    }

    /**
     * What the sentence leaves for the next ones: the state its main clause is about (for "it" and "its") and the
     * places it puts things in (for "there").
     */
    private void remember(Syntax x, Arguments args, Referents refs, Sentence s) {
        for (VerbGroup v : x.verbs) {
            if (!v.finite()) continue;
            List<Phrase> subject = args.subject(v);
            org.entente.mention.Entity e = subject.isEmpty() || subject.get(0).pronoun() ? null : refs.state(subject.get(0), false);
            if (e != null) d.topic(e, s.block());
            break;
        }
        List<org.entente.mention.Entity> places = new java.util.ArrayList<>();
        for (Phrase p : x.phrases) {
            if (!p.governed() || !java.util.Set.of("in", "to", "into", "at").contains(x.lower(p.prep()))) continue;
            for (org.entente.mention.Entity e : refs.states(x.conjuncts(p), true)) {
                if (e.type() == org.entente.mention.EntityType.STATE && !places.contains(e)) places.add(e);
            }
        }
        if (!places.isEmpty() && d.places(s.block()).isEmpty()) d.placed(places, s.block());
    }

    private static List<org.entente.mention.Entity> together(Syntax x, Referents refs, List<Phrase> subject) {
        List<org.entente.mention.Entity> out = new java.util.ArrayList<>();
        for (Phrase p : subject) {
            org.entente.mention.Entity e = p.pronoun() ? null : refs.speaker(p);
            if (e != null && !out.contains(e)) out.add(e);
        }
        return out;
    }

    /** "Has India confirmed the handover?": a question asserts nothing. */
    private static boolean question(Sentence s) {
        int k = s.size() - 1;
        while (k > 0 && (s.token(k).is("\"") || s.token(k).is("'") || s.token(k).is(")"))) k--;
        return s.token(k).is("?");
    }

    /** Verbs that, introducing a quotation, say it in support: 'X backed the plan: "…"'. */
    private static final java.util.Set<String> SUPPORTING = java.util.Set.of("support", "back", "agree", "concur", "echo");

    /**
     * The token after the colon and the quotation mark when a finite verb, with at most an object between, is followed by a colon and a
     * quotation ('agreed: "…"', 'supported him: "…"'); -1 otherwise.
     */
    static int quoteIntroduced(Syntax x, VerbGroup v) {
        if (!v.finite()) return -1;
        int k = v.last();
        Phrase object = x.phraseAt(k);
        if (object != null && !object.governed() && object.first() == k) k = object.last();
        return x.lower(k).equals(":") && x.quoteMark(k + 1) ? k + 2 : -1;
    }

    /**
     * Where a lexicon entry's further words ("on" of "call on", "delivery of" of "take delivery of") are found: right after
     * the verb group (adjectives and determiners may come between: "expressed deep concern"), or after its object ("held
     * the treaty in abeyance"). Returns the token after them, the verb group's end when they follow the object, or -1.
     */
    static int particles(Syntax x, VerbGroup v, List<String> rest) {
        if (rest.isEmpty()) return v.last();
        int k = match(x, v.last(), rest);
        if (k >= 0) return k;
        if (afterAdjuncts(x, v.last(), rest)) return v.last();
        Phrase object = x.phraseAt(v.last());
        if (object == null || object.governed()) return -1;
        List<Phrase> list = x.conjuncts(object);
        return match(x, list.get(list.size() - 1).last(), rest) >= 0 ? v.last() : -1;
    }

    /** "will head with the battery to Poland": an entry's one preposition may come after the verb's adjuncts. */
    private static boolean afterAdjuncts(Syntax x, int k, List<String> rest) {
        if (rest.size() != 1) return false;
        int start = k;
        while (k < x.size() && !x.lower(k).equals(rest.get(0))) {
            Phrase adjunct = x.phraseAt(k + 1);
            if (!x.tag(k).equals("ADP") || adjunct == null || !adjunct.governed() || adjunct.prep() != k) return false;
            k = adjunct.last();
        }
        Phrase object = x.phraseAt(k + 1);
        return k > start && k < x.size() && object != null && object.governed() && object.prep() == k;
    }

    private static int match(Syntax x, int k, List<String> rest) {
        for (String w : rest) {
            while (k < x.size() && !x.lemma(k).equals(w) && (x.tag(k).equals("ADJ") || x.tag(k).equals("ADV") || x.tag(k).equals("DET")
                    || Syntax.POSSESSIVES.contains(x.lower(k)))) k++;
            if (k >= x.size() || !x.lemma(k).equals(w)) return -1;
            k++;
        }
        return k;
    }
}
