package org.entente.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.nlp.Lemmas;

/**
 * The second pass of {@link Syntax}: decides which past forms with no auxiliary are participles about the noun before
 * them ("tanks delivered by Germany") rather than a clause's verb. It reads the phrases the {@link Chunker} found and
 * hands back the verb groups with those forms marked; each decision sees the ones made before it.
 */
final class Participles {
    private static final Set<String> TIME_ADVERBS = Set.of("previously", "formerly", "once", "originally", "recently", "newly",
            "already", "initially", "later");

    private final Syntax x;
    private final List<VerbGroup> verbs;

    private Participles(Syntax x) {
        this.x = x;
        this.verbs = new ArrayList<>(x.verbs);
    }

    /** The verb groups of a chunked sentence, with the past forms that describe the noun before them marked as participles. */
    static List<VerbGroup> mark(Syntax x) {
        Participles p = new Participles(x);
        p.participles();
        return List.copyOf(p.verbs);
    }

    /** The verb group at token i as marked so far. */
    private VerbGroup verbAt(int i) {
        VerbGroup v = x.verbAt(i);
        return v == null ? null : verbs.get(v.index());
    }

    /** "delivered to Greece by France": an agent after a past form, before any other verb or clause boundary. */
    private boolean agentAhead(int k) {
        for (int j = k; j < x.size() && j < k + 8; j++) {
            if (x.lower(j).equals("by")) return true;
            if (x.tag(j).equals("VERB") || x.tag(j).equals("AUX") || x.barrier(j) || x.lower(j).equals(",")) return false;
        }
        return false;
    }

    /** Marks the past forms with no auxiliary that describe the noun before them ("tanks delivered by Germany"). */
    private void participles() {
        for (int n = 0; n < verbs.size(); n++) {
            VerbGroup v = verbs.get(n);
            if (v.form() != VerbGroup.Form.FINITE || v.first() != v.head() || !Lemmas.isPast(x.lower(v.head())) || x.tag(v.head()).equals("AUX")
                    || !participle(v.first(), v.head())) continue;
            verbs.set(n, new VerbGroup(v.index(), v.first(), v.last(), v.head(), v.lemma(), VerbGroup.Form.PARTICIPLE, true, false, false,
                    false, null, v.negated()));
        }
    }

    /**
     * "Signed in Prague in 2010, the treaty caps …": a past form opening the sentence heads a clause that a comma closes
     * before the main clause; it describes that clause's subject, returned here (or null when the sentence is not so).
     */
    static Phrase openingClauseSubject(Syntax x, int head) {
        for (int j = head + 1; j < x.size() - 1; j++) {
            if (x.tag(j).equals("AUX") || x.quoteMark(j)) return null;
            if (!x.lower(j).equals(",")) continue;
            Phrase subject = x.phraseAt(j + 1);
            // (A comma inside the clause: "Signed by Obama and Medvedev, then the presidents of the two countries, …".)
            if (subject == null || subject.governed() || subject.first() != j + 1) continue;
            VerbGroup main = x.verbAt(subject.last());
            if (main != null && main.finite()) return subject;
        }
        return null;
    }

    /** Whether the clause around token h has a finite verb other than the one at h (before it, or an auxiliary after). */
    private boolean otherFinite(int h) {
        for (int j = h - 1; j >= 0 && !x.barrier(j); j--) {
            VerbGroup v = verbAt(j);
            if (v != null && v.finite() && v.head() != h) return true;
        }
        for (int j = h + 1; j < x.size() && !x.barrier(j); j++) {
            // "A contingent of instructors landed in Niamey, and officials were happy": a clause joined after a comma has its
            // own verbs.
            if (x.lower(j).equals(",") && x.tag(j + 1).equals("CCONJ")) return false;
            if (x.tag(j).equals("AUX") && x.mention(j) == null) return true;
            if (x.tag(j).equals("VERB") && !Lemmas.isPast(x.lower(j)) && !x.lower(j).endsWith("ing") && !x.lower(j - 1).equals("to")) return true;
        }
        return false;
    }

    /**
     * A past form with no auxiliary right after a noun phrase is a participle about that phrase ("tanks delivered by
     * Germany") rather than its verb when an agent follows, when the phrase is governed, or when the clause already has
     * a verb ("Poland operates tanks delivered in 2023") or gets one later ("The tanks delivered last week were …").
     */
    private boolean participle(int first, int head) {
        if (first == 0) return openingClauseSubject(x, head) != null;
        int k = first - 1;
        // "F-16s (including a trainer) previously operated by Denmark": past an adverb of time ("Mali quickly responded
        // by" is a clause) and an aside in brackets.
        while (k > 0 && TIME_ADVERBS.contains(x.lower(k))) k = x.beforeBrackets(k - 1);
        boolean comma = x.lower(k).equals(",");
        if (comma) k--;
        Phrase before = x.phraseAt(k);
        // A pronoun is a participle's only after a preposition ("six of them donated by Russia"): else it is the subject.
        if (before == null || before.last() != k + 1 || before.pronoun() && !before.governed()) return false;
        if (agentAhead(head + 1)) return true;
        if (x.lower(head + 1).equals("that") || x.quoteMark(head + 1)) return false;
        // "President Zelensky confirmed", "Frederiksen said": a named actor before a past form is its subject.
        if (Chunker.actorEnd(x.mention(before.last() - 1), before.last() - 1)) return false;
        // "on Saturday signed a pact": a participle takes no object, so a verb with one is the clause's.
        Phrase after = x.phraseAt(head + 1);
        if (after != null && !after.governed() && after.first() == head + 1 && !x.date(after)) return false;
        // "of Kfir jets bought from Israel", "with tanks delivered last year": after a noun a preposition ties to another,
        // when the clause has a verb of its own ("The first batch of peacekeepers arrived" has none).
        if (before.governed() && !comma) return otherFinite(head);
        // "Poland operates tanks delivered in 2023": right after the object of a verb of the same clause.
        VerbGroup v = verbAt(before.first() - 1);
        if (v != null && v.finite() && !comma) return true;
        // "The tanks delivered last week were destroyed", "its battery, bought from the US, had become": a verb follows,
        // with only a date, a place or a comma between.
        for (int j = head + 1; j < x.size() && !x.barrier(j); j++) {
            if (x.tag(j).equals("AUX") && x.mention(j) == null) return true;
            Phrase p = x.phraseAt(j);
            if (x.tag(j).equals("VERB") || p != null && !p.governed() && !x.date(p)) return false;
        }
        return false;
    }
}
