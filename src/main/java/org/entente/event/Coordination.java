package org.entente.event;

import java.util.List;
import java.util.Set;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;

/**
 * The last pass of {@link Syntax}: which phrases form one coordinated list ("Denmark, Romania and the United States").
 * It reads the finished phrases and verb groups and hands back, for each phrase, the first phrase of its list.
 */
final class Coordination {
    private final Syntax x;
    private final Lexicon lexicon;
    private final List<Phrase> phrases;

    private Coordination(Syntax x, Lexicon lexicon) {
        this.x = x;
        this.lexicon = lexicon;
        this.phrases = x.phrases;
    }

    /** For each phrase of a sentence whose participles are marked, the index of the first phrase of its list (its own if none). */
    static int[] lists(Syntax x, Lexicon lexicon) {
        return new Coordination(x, lexicon).lists();
    }

    /**
     * Links coordinated phrases: "Denmark, Romania and the United States", "between Russia and Belarus". A chain of
     * commas with no "and" or "or" is an apposition ("Lecornu, the minister,"), not a list; a name after "and" that
     * a verb follows starts a clause of its own ("… to Russia, and Pyongyang says").
     */
    private int[] lists() {
        int[] listOf = new int[phrases.size()];
        for (int k = 0; k < phrases.size(); k++) listOf[k] = k;
        boolean[] attached = new boolean[phrases.size()];
        int start = 0;
        boolean conjunction = false;
        for (int k = 1; k <= phrases.size(); k++) {
            // "59 Bradleys with 590 TOW missiles, and 350 Humvees": what an item comes with belongs to the item, and the list
            // goes on past it.
            if (k < phrases.size() && equips(phrases.get(k - 1), phrases.get(k))) {
                attached[k] = true;
                continue;
            }
            int joined = k < phrases.size() ? join(phrases.get(k - 1), phrases.get(k)) : 0;
            // "pledged to send police or soldiers, and the force is expected …": a verb's object list ends where a phrase a
            // finite verb follows opens a clause of its own.
            if (joined > 0 && opensClause(phrases.get(k - 1), phrases.get(k)) && objectOfVerb(phrases.get(start))) joined = 0;
            if (joined > 0) {
                conjunction |= joined == 2;
                continue;
            }
            if (conjunction) {
                // "Despite protests in Beijing, Albanese and Marape have signed": a list a verb follows is its subject, and a
                // subject has no preposition: the phrase that has one only ends the adjunct before (but "after Croatia,
                // Albania and Kosovo signed": a conjunction that opens a clause is no preposition of its subject).
                Phrase first = phrases.get(start), last = phrases.get(k - 1);
                String prep = first.governed() ? x.lower(first.prep()) : "";
                // "Troops from Kenya, Jamaica and El Salvador have been deployed": a list that completes the subject's own
                // noun is whole.
                boolean ofSubject = completesSubject(first);
                int from = first.governed() && !last.governed() && finiteAfter(last) && !Set.of("of", "between").contains(prep)
                        && !Syntax.CLAUSE_PREPOSITIONS.contains(prep) && !ofSubject ? start + 1 : start;
                if (k - from > 1) for (int j = from; j < k; j++) if (!attached[j]) listOf[j] = from;
            }
            start = k;
            conjunction = false;
        }
        return listOf;
    }

    /** 0: not joined; 1: joined by a comma; 2: by "and", "or" or "as well as". */
    private int join(Phrase a, Phrase b) {
        // "tanks, dozens of howitzers and …": a number and the "of" phrase it counts are one item of the list.
        if (counted(a) == b) return 1;
        int k = a.last(), end = b.governed() ? b.prep() : b.first();
        boolean comma = false, and = false;
        for (; k < end; k++) {
            String w = x.lower(k);
            // "the Australian Federal Police (AFP) and the Australian Defence Force": an acronym in brackets is no break.
            if (w.equals("(") && x.lower(k + 2).equals(")")) {
                k += 2;
                continue;
            }
            if (w.equals(",")) comma = true;
            else if (w.equals("and") || w.equals("or") || w.equals("nor")) and = true;
            else if (!(w.equals("as") || w.equals("well") || w.equals("both") || w.equals("also") || x.tag(k).equals("ADV"))) return 0;
        }
        if (!comma && !and) return 0;
        if (b.governed() && !(a.governed() && x.lower(b.prep()).equals(x.lower(a.prep())))) return 0;
        // "donating 18 F-16s to Ukraine, and Denmark 19": a name that a bare number follows is what is left of a clause of its
        // own, not one more destination.
        if (a.governed() && !b.governed() && remnant(b)) return 0;
        if (!compatible(a, b)) return 0;
        // "… to Russia, and Pyongyang says": a name after "and" that a verb follows starts a clause — not after "of" or
        // "between", whose list completes a noun ("the leaders of Armenia and France signed").
        if (a.governed() && !b.governed() && finiteAfter(b) && !Set.of("of", "between").contains(x.lower(a.prep())) && !completesSubject(a)) return 0;
        return and ? 2 : 1;
    }

    /** "Bradleys with TOW missiles": a weapon's "with" phrase naming weapons right after it. */
    private boolean equips(Phrase a, Phrase b) {
        return b.governed() && b.prep() == a.last() && x.lower(b.prep()).equals("with") && weaponry(named(a)) && weaponry(named(counted(b)));
    }

    /** Whether a number phrase, with nothing after it in its clause, follows a phrase right away ("Denmark 19."). */
    private boolean remnant(Phrase p) {
        Phrase next = p.index() + 1 < phrases.size() ? phrases.get(p.index() + 1) : null;
        if (next == null || next.governed() || next.first() != p.last() || !x.tag(next.head()).equals("NUM")) return false;
        String after = x.lower(next.last());
        return after.isEmpty() || after.equals(".") || after.equals(",") || after.equals("and") || after.equals(";");
    }

    /** "Troops from Kenya …": a phrase governed by "from" right after a sentence's first noun, which it completes. */
    private boolean completesSubject(Phrase p) {
        if (!p.governed() || !x.lower(p.prep()).equals("from") || p.index() == 0) return false;
        Phrase noun = phrases.get(p.index() - 1);
        return !noun.governed() && noun.last() == p.prep() && noun.first() == 0;
    }

    /** ", and the force is …": a common noun after a comma and a conjunction, that a finite verb follows. */
    private boolean opensClause(Phrase a, Phrase b) {
        return !b.governed() && finiteAfter(b) && named(b) == null && x.lower(b.first() - 2).equals(",") && x.lower(a.last()).equals(",");
    }

    /** A phrase right after a verb that takes no clause: its object ("has said Serbian pilots will …" opens a clause). */
    private boolean objectOfVerb(Phrase p) {
        VerbGroup v = p.governed() ? null : x.verbAt(p.first() - 1);
        return v != null && !Lexicon.signals(lexicon.verbCues(v.lemma()), Lexicon.Signal.REPORTED)
                && lexicon.verbFrames(v.lemma()).stream().noneMatch(e -> e.frame().kind() == EventKind.STATEMENT);
    }

    private boolean finiteAfter(Phrase p) {
        VerbGroup v = x.verbAt(p.last());
        return v != null && v.finite();
    }

    /** Two phrases of one list name the same kind of thing: both named entities, or both common nouns. */
    private boolean compatible(Phrase a, Phrase b) {
        a = counted(a);
        b = counted(b);
        Mention ma = named(a), mb = named(b);
        if (a.pronoun() || b.pronoun()) return false;
        // "defensive and possibly offensive arms": an adjective alone shares the noun after it.
        if (x.tag(a.head()).equals("ADJ") && a.last() - a.first() == 1) return true;
        // "Defence Minister Yasar Guler and his Somali counterpart": a person named and a noun for one acting for a state.
        // "Bradley vehicles and Avenger systems": a common noun goes on a list of weapons (a name the reference lacks).
        if (ma == null != (mb == null)) return actorPair(ma, b) || actorPair(mb, a) || weaponry(ma) && commonNoun(b) || weaponry(mb) && commonNoun(a);
        if (ma == null) return true;
        return weaponry(ma) == weaponry(mb) && (ma.kind() == Mention.Kind.DATE) == (mb.kind() == Mention.Kind.DATE);
    }

    /** The mention a phrase's head is, else a weapon its modifiers name ("Stryker carriers"), else null. */
    private Mention named(Phrase p) {
        Mention head = x.mention(p.head());
        if (head != null) return head;
        for (int k = p.head() - 1; k >= p.first(); k--) if (weaponry(x.mention(k))) return x.mention(k);
        return null;
    }

    private boolean commonNoun(Phrase p) {
        return x.tag(p.head()).equals("NOUN");
    }

    private static boolean weaponry(Mention m) {
        return m != null && (m.kind() == Mention.Kind.CATEGORY || m.entity() != null && m.entity().type() == EntityType.WEAPON);
    }

    /** "hundreds of armoured vehicles": a number's "of" phrase is what it counts. */
    private Phrase counted(Phrase p) {
        Mention m = x.mention(p.head());
        Phrase of = p.index() + 1 < phrases.size() ? phrases.get(p.index() + 1) : null;
        boolean number = m != null && m.kind() == Mention.Kind.NUMBER;
        return number && of != null && of.governed() && of.prep() == p.last() && x.lower(of.prep()).equals("of") ? of : p;
    }

    private boolean actorPair(Mention named, Phrase common) {
        return named != null && named.isEntity(EntityType.PERSON) && lexicon.inGroup("actor-nouns", x.lemma(common.head()));
    }
}
