package org.entente.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.event.EventKind;
import org.entente.event.Factuality;
import org.entente.event.Stage;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.mention.ReferenceIndex;
import org.entente.vocab.Iris;

/**
 * The life of treaties: signings, accessions and withdrawals read through their frames, and treaties
 * named beside their parties with no verb ("Manila's Mutual Defense Treaty with the United States").
 * A treaty is the reference treaty the text names, the founding treaty of an alliance joined, one the
 * text titles ("the Convention on …"), or one it describes ("a defence cooperation agreement"), found in
 * the reference data by its parties and date or minted from them.
 */
final class Treaties {
    private final Syntax x;
    private final Referents refs;
    private final Discourse d;
    private final Lexicon lx;
    private final Set<Node> read = new HashSet<>();
    private boolean securitySigners;

    Treaties(Syntax x, Referents refs, Discourse d, Lexicon lx) {
        this.x = x;
        this.refs = refs;
        this.d = d;
        this.lx = lx;
    }

    /** A frame of a treaty's life at a trigger: parties from its party slots, the treaty from its treaty slots. */
    void read(Frame f, Slots s, Qualifiers q, int t) {
        // A plan to sign or to join is not a signing; a withdrawal, even announced, says the party was bound.
        if (!f.has("bound") && q.stage() != Stage.COMPLETED || q.factuality() == Factuality.DENIED) return;
        List<Entity> parties = new ArrayList<>();
        List<Entity> signatories = new ArrayList<>();
        securitySigners = false;
        List<Phrase> treatyPhrases = new ArrayList<>();
        for (var e : s.phrases().entrySet()) {
            String slot = e.getKey().equals("governor") ? "subject" : e.getKey();
            List<Role> roles = f.roles(slot.equals("of") && f.roles("of").isEmpty() ? "object" : slot);
            if (roles.contains(Role.TREATY)) treatyPhrases.addAll(e.getValue());
            if (roles.contains(Role.PARTY)) {
                parties(e.getValue(), parties, signatories);
                // "signed by the two defence ministers": what the signers' posts are about, the agreement is.
                for (Phrase p : e.getValue()) for (int k = p.first(); k < p.last(); k++) securitySigners |= lx.inGroup("security-words", x.lemma(k));
            }
        }
        // "Sweden became NATO's 32nd member": an organisation that owns the membership is the one joined, and the subject of
        // the verb the noun completes is the party.
        if (f.has("joining")) {
            for (Phrase p : s.get("subject")) {
                Mention m = x.mention(p.head());
                if (m == null || !m.isEntity(EntityType.ORGANIZATION)) continue;
                treatyPhrases.add(0, p);
                VerbGroup became = x.verbAt(p.first() - 1);
                if (became != null && became.last() == p.first() && (became.copula() || became.lemma().equals("become"))) {
                    parties(new Subjects(x, lx).subject(became), parties, signatories);
                }
            }
        }
        for (Phrase m : s.get("modifier")) {
            if (refs.state(m, false) == null) treatyPhrases.add(m);
            else parties(List.of(m), parties, signatories);
        }
        // "a pact between Saudi Arabia and Pakistan was signed": the parties the treaty's own phrase names; "suspended
        // the treaty with Pakistan": the other party.
        for (Phrase p : treatyPhrases) {
            // "Indonesia and Australia's defence treaty": whose treaty it is, they are parties to it.
            if (p.possessor() >= 0) {
                List<Entity> owners = new ArrayList<>();
                parties(x.conjuncts(x.phrases.get(p.possessor())), owners, new ArrayList<>());
                for (Entity e : owners) if (!parties.contains(e)) parties.add(e);
            }
            Phrase after = x.phraseAt(p.last() + 1);
            if (after == null || !after.governed()) continue;
            String prep = x.lower(after.prep());
            if (prep.equals("between") && parties.isEmpty() || prep.equals("with")) parties(x.conjuncts(after), parties, signatories);
        }
        // "The two leaders witnessed the signing of a memorandum": the states of the group that sees its own deal signed.
        VerbGroup witnessed = parties.isEmpty() && s.governor() >= 0 ? x.verbAt(s.governor()) : null;
        if (witnessed != null) {
            List<Phrase> group = new Subjects(x, lx).subject(witnessed);
            boolean counted = group.size() == 1 && (x.lower(group.get(0).first() + 1).equals("two") || x.lower(group.get(0).first()).equals("both"));
            if (counted) parties.addAll(refs.states(group, false));
        }
        String date = f.has("signing") ? q.date() : null;
        Entity treaty = null;
        for (Phrase p : treatyPhrases) {
            if (treaty != null) continue;
            treaty = treaty(p, parties, date, f.has("joining"));
            // "held the 1960 Indus Waters Treaty in abeyance": the year before its name is when it was signed (not for a
            // signing: "Finland signed the 1949 treaty" did so later).
            Mention named = x.mention(p.head());
            if (treaty != null && !f.has("signing")) {
                date = yearBefore(p.head());
                if (date == null && named != null) date = yearBefore(named.first());
            }
        }
        if (treaty == null) return;
        // "with the signing of the Pukpuk Treaty": a name for the treaty just described, signed by the same parties.
        Reading described = d.last(EventKind.TREATY_SIGNING);
        if (parties.isEmpty() && described != null && d.isDescribed(described.treaty()) && !treaty.equals(described.treaty())) {
            parties.addAll(described.parties());
        }
        if (f.has("joining")) parties.removeIf(p -> p.type() != EntityType.STATE);
        emit(treaty, parties, signatories, date, q);
    }

    /** "The leaders of Japan and Australia signed": the states behind the people who sign, and the people themselves. */
    private void parties(List<Phrase> phrases, List<Entity> parties, List<Entity> signatories) {
        for (Phrase p : phrases) {
            Mention m = x.mention(p.head());
            if (m != null && m.isEntity(EntityType.PERSON) && !signatories.contains(m.entity())) signatories.add(m.entity());
            // "the two countries", "they": each state the phrase stands for; "the leaders of Japan and Australia": theirs.
            List<Entity> states = refs.states(List.of(p), false);
            Phrase of = x.after(p, "of");
            if (states.isEmpty() && of != null) states = refs.states(x.conjuncts(of), false);
            for (Entity e : states) if (!parties.contains(e)) parties.add(e);
        }
    }

    /** The treaty a phrase names, or null. */
    private Entity treaty(Phrase p, List<Entity> parties, String date, boolean joining) {
        List<Entity> named = new ArrayList<>();
        for (int k = p.first(); k < p.last(); k++) {
            Mention m = x.mention(k);
            if (isTreaty(m)) for (Entity e : m.candidates()) if (!named.contains(e)) named.add(e);
            if (joining && m != null && m.isEntity(EntityType.ORGANIZATION)) {
                ReferenceIndex.Treaty founding = d.index.foundingTreaty(m.entity().iri());
                if (founding != null) return founding.entity();
            }
        }
        if (!named.isEmpty()) return pick(named, parties, date);
        String head = x.lemma(p.head());
        if (!lx.inGroup("treaty-nouns", head)) return null;
        int titleEnd = titleEnd(p.head());
        if (titleEnd > 0) return minted(parties, p, titleEnd);
        // "the Pukpuk Treaty", "the Liptako-Gourma Charter": a capitalised treaty noun after a capitalised name is a title.
        if (named(p)) return minted(parties, p, p.head() + 1);
        // "Sweden signed a similar agreement": one of the kind just described.
        boolean similar = (x.lower(p.head() - 1).equals("similar") || x.lower(p.head() - 1).equals("same")) && d.lastDescription() != null;
        boolean security = security(p) || similar || securitySigners;
        // "the pact", "the accord": the treaty just read, if its parties agree.
        boolean definite = x.lower(p.first()).equals("the") || x.lower(p.first()).equals("this");
        // "Bahrain later joined the accord": a state joining the treaty just read becomes one of its parties.
        if (definite && d.lastTreaty() != null && (joining || agrees(d.lastTreaty(), parties, date))) return d.lastTreaty();
        // "a number of ongoing contracts": several agreements described together name no one treaty.
        if (parties.size() < 2 || x.sentence.headline() || !head.equals(x.lower(p.head()))) return null;
        // "signed an agreement": a bare noun names no treaty of the reference data, whose parties may share several,
        // unless a date says which ("signed a treaty in June 2024").
        Entity known = described(p) || date != null ? knownBetween(parties, date, p) : null;
        return known != null ? known : minted(parties, p, -1);
    }

    private boolean named(Phrase p) {
        int h = p.head();
        return h > p.first() && x.token(h).isCapitalized() && x.token(h - 1).isCapitalized() && x.mention(h - 1) == null
                && !x.lower(h - 1).equals("the");
    }

    private static boolean isTreaty(Mention m) {
        return m != null && m.kind() == Mention.Kind.ENTITY && !m.candidates().isEmpty() && m.candidates().get(0).type() == EntityType.TREATY;
    }

    /** Whether a treaty phrase is about security: a security word in it or in what follows it ("an agreement on defence"). */
    private boolean security(Phrase p) {
        // "an agreement under which Ankara is to give Nairobi military assistance": a clause saying what it is about reaches further.
        boolean content = Set.of("under", "which", "that", "to", "on", "whereby").contains(x.lower(p.last()));
        int end = Math.min(x.size(), p.last() + (content ? 12 : 6));
        for (int k = p.first(); k < end; k++) if (lx.inGroup("security-words", x.lemma(k))) return true;
        return false;
    }

    private Entity pick(List<Entity> named, List<Entity> parties, String date) {
        List<Entity> fit = new ArrayList<>();
        for (Entity e : named) if (agrees(e, parties, date)) fit.add(e);
        if (fit.size() == 1) return fit.get(0);
        return named.size() == 1 ? named.get(0) : null;
    }

    /** Whether a treaty can be the one meant: its parties include these, and its date does not disagree. */
    private boolean agrees(Entity treaty, List<Entity> parties, String date) {
        ReferenceIndex.Treaty known = d.index.treaty(treaty.iri());
        if (known == null) {
            // "The new treaty was signed by Lavrov and Araghchi": signers of none of its parties signed another one.
            Reading last = d.last(EventKind.TREATY_SIGNING);
            return last == null || !treaty.equals(last.treaty()) || parties.isEmpty() || parties.stream().anyMatch(last.parties()::contains);
        }
        if (date != null && known.signed() != null && !consistent(date, known.signed())) return false;
        return parties.stream().allMatch(p -> known.parties().contains(p.iri()));
    }

    /**
     * A reference treaty of exactly these parties: with no date, only one of few parties whose name shares a word of the
     * description ("Finland and the United States sign a defence cooperation agreement" is not the North Atlantic Treaty).
     */
    private Entity knownBetween(List<Entity> parties, String date, Phrase p) {
        Set<Node> ps = new HashSet<>();
        parties.forEach(e -> ps.add(e.iri()));
        List<ReferenceIndex.Treaty> known = new ArrayList<>(d.index.treatiesBetween(ps, date));
        if (date == null) known.removeIf(t -> t.parties().size() > 3 || !describes(p, t.entity().label()));
        return known.size() == 1 ? known.get(0).entity() : null;
    }

    /** Whether words before the treaty noun describe it ("defence cooperation agreement"), not only "an agreement". */
    private boolean described(Phrase p) {
        for (int k = p.first(); k < p.head(); k++) if (describing(k)) return true;
        return false;
    }

    private boolean describes(Phrase p, String name) {
        Set<String> words = new HashSet<>(java.util.Arrays.asList(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        boolean described = false;
        for (int k = p.first(); k < p.head(); k++) {
            if (!x.tag(k).equals("NOUN") && !x.tag(k).equals("ADJ") && !x.tag(k).startsWith("PROPN")) continue;
            described = true;
            if (words.contains(x.lower(k))) return true;
        }
        return !described;
    }

    /**
     * A treaty the reference data lacks, named as the text names it ("defence cooperation agreement", "the Convention on
     * …"); "a similar agreement" borrows the name of the one before. Its IRI holds its parties, so two stay apart.
     */
    private Entity minted(List<Entity> parties, Phrase p, int titleEnd) {
        int from = p.first();
        while (from < p.head() && !describing(from)) from++;
        // "a five-year defence framework": a word joined to a number it left behind goes with it.
        while (from + 1 < p.head() && x.lower(from).equals("-")) from += 2;
        // "a decade-old agreement", "a 70-year-old treaty": its age is no part of its name.
        for (int k = from + 1; k < p.head(); k++) if (x.lower(k).equals("old") && x.lower(k - 1).equals("-")) from = k + 1;
        // "the Basic Exchange and Cooperation Agreement": a capitalised title runs back over its own "and".
        if (x.token(from).isCapitalized() && x.lower(from - 1).equals("and")) {
            int k = from - 2;
            while (k >= 0 && x.token(k).isCapitalized() && x.mention(k) == null && !x.lower(k).equals("the")) k--;
            if (k < from - 2) from = k + 1;
        }
        // "a status of visiting forces agreement": a name runs back over "of" to the noun it hangs from ("the text of a
        // peace treaty" does not: a determiner opens a phrase of its own).
        boolean compound = p.governed() && x.lower(p.prep()).equals("of") && !x.tag(p.first()).equals("DET");
        Phrase head = compound ? x.phraseAt(p.prep() - 1) : null;
        if (head != null && x.mention(head.head()) == null && !head.governed() && describing(head.head())) {
            from = head.first();
            while (from < head.head() && !describing(from)) from++;
        }
        int to = titleEnd > 0 ? titleEnd : p.head() + 1;
        // "a memorandum of understanding", "a treaty of friendship": a bare "of" complement is part of the noun's name.
        Phrase of = x.phraseAt(to + 1);
        if (from == p.head() && titleEnd < 0 && x.lower(to).equals("of") && of != null && of.governed() && of.prep() == to
                && x.mention(of.head()) == null && !x.tag(of.first()).equals("DET") && !x.tag(of.first()).equals("PRON")) {
            to = of.last();
        }
        // "an agreement to end hostilities", "an accord on defence cooperation": a bare noun is named by what follows it.
        if (from == p.head() && titleEnd < 0) to = complementEnd(to, to);
        String phrase = x.text(from, to);
        boolean similar = x.lower(from - 1).equals("similar") || x.lower(from - 1).equals("same");
        if (similar && d.lastDescription() != null) phrase = d.lastDescription();
        List<String> keys = new ArrayList<>(parties.stream().map(e -> e.iri().getLocalName()).sorted().toList());
        keys.add(phrase);
        Entity treaty = new Entity(Iris.entity("treaty", keys.toArray(String[]::new)), EntityType.TREATY, phrase, null, null, false);
        if (titleEnd < 0 && !x.token(from).isCapitalized()) d.described(treaty, phrase);
        return treaty;
    }

    /** The end of "to end hostilities" or "on defence cooperation" after a treaty noun, or {@code none}. */
    private int complementEnd(int k, int none) {
        if (x.lower(k).equals("to") && x.verbAt(k) != null) {
            VerbGroup v = x.verbAt(k);
            Phrase object = x.phraseAt(v.last());
            return object != null && !object.governed() ? object.last() : none;
        }
        Phrase q = x.phraseAt(k + 1);
        if ((x.lower(k).equals("on") || x.lower(k).equals("for")) && q != null && q.prep() == k && x.mention(q.head()) == null) return q.last();
        return none;
    }

    /** Words that only rank, date or set apart an agreement ("a new", "a separate", "the existing"), no part of its name. */
    private static final Set<String> NOT_DESCRIBING = Set.of("similar", "same", "new", "landmark", "historic", "first", "major", "key",
            "proposed", "separate", "another", "further", "earlier", "previous", "existing", "current", "latest");

    /** A word of a treaty's description: a noun, adjective or name, not "the", "new" or "landmark". */
    private boolean describing(int k) {
        String w = x.lower(k), tag = x.tag(k);
        if (NOT_DESCRIBING.contains(w)) return false;
        return (tag.equals("NOUN") || tag.equals("ADJ") || tag.startsWith("PROPN") || w.equals("-")) && x.mention(k) == null;
    }

    /** Where a capitalised treaty noun heads a title ("the Convention on the Establishment of …"), the end of the title; else -1. */
    private int titleEnd(int noun) {
        if (!x.token(noun).isCapitalized() || !Set.of("of", "on", "for").contains(x.lower(noun + 1))) return -1;
        int last = -1;
        for (int k = noun + 1; k < x.size(); k++) {
            Mention m = x.mention(k);
            if (m != null && (m.kind() == Mention.Kind.DATE || m.entity() != null && m.entity().type() == EntityType.STATE)) break;
            // "Good-Neighbourliness" reaches here as "Good" and "-Neighbourliness".
            String w = x.token(k).text().startsWith("-") ? x.token(k).text().substring(1) : x.token(k).text();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) last = k;
            else if (!Set.of("of", "on", "for", "the", "and", "-").contains(x.lower(k))) break;
        }
        return last > noun + 1 ? last + 1 : -1;
    }

    private void emit(Entity treaty, List<Entity> parties, List<Entity> signatories, String date, Qualifiers q) {
        ReferenceIndex.Treaty known = d.index.treaty(treaty.iri());
        List<Entity> all = new ArrayList<>(parties);
        if (all.isEmpty() && known != null && known.parties().size() <= 3) {
            for (Node n : known.parties()) {
                Entity e = d.index.entity(n);
                if (e != null) all.add(e);
            }
        }
        if (known != null && date != null && known.signed() != null && !consistent(date, known.signed())) date = null;
        if (all.isEmpty()) return;
        d.add(new Reading(EventKind.TREATY_SIGNING, all.get(0), null, null, treaty, all, signatories, null, null, date, q.stage(),
                q.weakStage(), q.factuality(), q.attributedTo(), null, null, null, null, x.sentence));
        d.treaty(treaty);
        read.add(treaty.iri());
    }

    private static boolean consistent(String date, String reference) {
        return reference.startsWith(date) || date.startsWith(reference);
    }

    /**
     * Treaties named with no verb of their life: a reference treaty binds the parties the sentence names beside it, and a
     * titled one "between" states binds them ("the 1960 Treaty of Alliance between Greece, Turkey and Cyprus").
     */
    void named(Qualifiers plain) {
        for (Mention m : x.mentions.mentions()) {
            if (!isTreaty(m)) continue;
            List<Entity> parties = refs.actingStates(x.size());
            Entity treaty = pick(m.candidates(), parties, null);
            if (treaty == null || read.contains(treaty.iri())) continue;
            ReferenceIndex.Treaty known = d.index.treaty(treaty.iri());
            if (known == null) continue;
            parties.removeIf(p -> !known.parties().contains(p.iri()));
            // "under the New START treaty": a treaty of two or three states binds all of them, named or not.
            if (parties.isEmpty() && known.parties().size() > 3) continue;
            // "a 1979 peace treaty" may be the known treaty's name with its year.
            String date = yearBefore(m.last());
            if (date == null) date = yearBefore(m.first());
            if (date == null) date = nearestDate(m.first());
            emit(treaty, parties, List.of(), date, plain);
        }
        for (Phrase p : x.phrases) {
            if (!lx.inGroup("treaty-nouns", x.lemma(p.head())) || x.mention(p.head()) != null) continue;
            // "help was requested by Fiji under a 2014 Defence Cooperation Arrangement": a titled treaty an act is done under
            // binds the states that act.
            if (p.governed() && x.lower(p.prep()).equals("under") && named(p)) {
                List<Entity> parties = refs.actingStates(x.size());
                String date = yearBefore(p.head());
                if (parties.size() == 2) emit(minted(parties, p, p.head() + 1), parties, List.of(), date, plain);
                continue;
            }
            // "the 1978 peace treaty between Egypt and Israel": a year dates a described treaty as signed, as a title names one.
            int title = titleEnd(p.head());
            String year = yearBefore(p.head());
            boolean dated = year != null && x.text(p.first(), p.head()).contains(year);
            int end = title > 0 ? title : dated ? p.last() : -1;
            if (end < 0 || !x.lower(end).equals("between")) continue;
            Phrase between = x.phraseAt(end + 1);
            List<Entity> parties = between == null ? List.of() : refs.states(x.conjuncts(between), false);
            if (parties.size() < 2) continue;
            Entity treaty = minted(parties, p, title);
            if (read.contains(treaty.iri())) continue;
            emit(treaty, parties, List.of(), year != null ? year : nearestDate(p.head()), plain);
        }
    }

    /** "the 1960 Treaty of Alliance", "the 1953 Mutual Defense Treaty": a year right before a treaty's name. */
    private String yearBefore(int k) {
        for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
            String w = x.token(j).text();
            if (w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("19") || w.startsWith("20"))) return w;
            if (x.lower(j).equals("the")) break;
        }
        return null;
    }

    private String nearestDate(int t) {
        Mention best = null;
        for (Mention m : x.mentions.mentions()) {
            if (m.kind() != Mention.Kind.DATE) continue;
            if (best == null || Math.abs(m.first() - t) < Math.abs(best.first() - t)) best = m;
        }
        return best == null ? null : best.date();
    }
}
