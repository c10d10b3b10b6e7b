package org.entente.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.mention.ReferenceIndex;
import org.entente.vocab.Iris;

/**
 * Treaties a sentence binds parties to: a signing ("Russia and North Korea signed a treaty in
 * June 2024"), or a named treaty with its parties beside it ("Manila's Mutual Defense Treaty
 * with the United States, which dates back to 1951"). An unnamed treaty is found in the
 * reference data by its parties and date; failing that it becomes a treaty of its own.
 */
final class Signings {
    private final SentenceReading r;
    private final Clauses c;
    private final Set<Node> signed = new HashSet<>();

    Signings(SentenceReading r) {
        this.r = r;
        this.c = r.c;
    }

    /** People who sign for their states: "the leaders of …", "the foreign ministers of …". */
    private static final Set<String> SIGNERS = Set.of("leaders", "heads", "presidents", "ministers", "representatives",
            "delegations", "governments", "envoys", "negotiators");

    void signing(int t) {
        int start = c.clauseStart(t), end = c.clauseEnd(t);
        List<Entity> named = new ArrayList<>();
        boolean treatyNoun = false;
        boolean anaphoric = false;
        int noun = -1;
        for (int k = 0; k < c.size(); k++) {
            Mention m = c.mentionAt(k);
            if (isTreaty(m)) for (Entity e : m.candidates()) if (!named.contains(e)) named.add(e);
            if (k < t - 8 || k > t + 10) continue;
            if (Lexicon.TREATY_NOUNS.contains(c.token(k).lemma()) && c.mentionAt(k) == null) {
                if (noun < 0 || Math.abs(k - t) < Math.abs(noun - t)) noun = k;
                if (securityNear(k)) treatyNoun = true;
                // "the Liptako-Gourma Charter": a capitalised noun after a capitalised word is the treaty's own name.
                if (k > 0 && c.token(k).isCapitalized() && c.token(k - 1).isCapitalized() && c.mentionAt(k - 1) == null) treatyNoun = true;
                // "a similar agreement": one of the kind just read.
                if (k > 0 && (c.lower(k - 1).equals("similar") || c.lower(k - 1).equals("same")) && r.doc.lastUnnamedTreaty != null) treatyNoun = true;
                // "the pact", "this accord", "the framework agreement": definite.
                int d = k - 1;
                while (d > 0 && d > k - 4 && phraseWord(d)) d--;
                if (d >= 0 && (c.lower(d).equals("the") || c.lower(d).equals("this"))) anaphoric = true;
            }
        }
        // "signed the Convention on the Establishment of …": a capitalised title names a treaty of its own.
        int titleEnd = noun >= 0 ? titleEnd(noun) : -1;
        if (titleEnd > 0) {
            treatyNoun = true;
            anaphoric = false;
        }
        if (named.isEmpty() && !treatyNoun && !anaphoric) return;
        List<Entity> parties = new ArrayList<>();
        List<Entity> signatories = new ArrayList<>();
        // "The leaders of Japan and Australia signed …": the states behind the people who sign.
        for (int k = Math.max(1, t - 10); parties.isEmpty() && k < t; k++) {
            if (c.lower(k).equals("of") && SIGNERS.contains(c.lower(k - 1))) partiesAfter(k - 1, t, Set.of("of"), parties, signatories);
        }
        if (parties.isEmpty()) for (Clauses.Actor a : c.subjects(t, start)) addParty(a.entity(), parties, signatories);
        partiesAfter(t, end, Set.of("with", "between", "by"), parties, signatories);
        String date = dateNear(t);
        // "signed the accord": the one just read, before any other the parties share, if its parties and date agree.
        Entity treaty = named.isEmpty() && anaphoric && sameAsLast(parties, date) ? r.doc.lastTreaty : pick(named, parties, date, noun);
        // "The framework agreement was signed … by" two states' ministers: definite, and nothing before it to be.
        boolean definiteFirst = anaphoric && r.doc.lastTreaty == null;
        // A headline's unnamed agreement restates the article's, whose own words name it better.
        if (treaty == null && named.isEmpty() && (treatyNoun || definiteFirst) && parties.size() >= 2 && !r.s.headline()) treaty = unnamed(parties, noun, titleEnd);
        if (treaty == null) return;
        emit(treaty, parties, signatories, date, t, start);
    }

    /** Named treaties with no signing verb: the treaty binds the parties the sentence names beside it. */
    void namedTreaties() {
        for (Mention m : r.sm.mentions()) {
            if (!isTreaty(m)) continue;
            List<Entity> parties = new ArrayList<>();
            List<Entity> signatories = new ArrayList<>();
            for (Mention other : r.sm.mentions()) {
                if (other.kind() == Mention.Kind.ENTITY && other.entity() != null && other.entity().type().isActor()) addParty(other.entity(), parties, signatories);
            }
            Entity treaty = pick(m.candidates(), parties, null, -1);
            if (treaty == null || signed.contains(treaty.iri())) continue;
            ReferenceIndex.Treaty known = r.doc.index.treaty(treaty.iri());
            if (known == null) continue;
            parties.removeIf(p -> !known.parties().contains(p.iri()));
            if (parties.isEmpty()) continue;
            String date = dateNear(m.first());
            if (date != null && known.signed() != null && !consistent(date, known.signed())) date = null;
            emit(treaty, parties, List.of(), date, m.first(), c.clauseStart(m.first()));
        }
    }

    /**
     * "Sweden formally joined NATO on Thursday", "Finland acceded to the CSTO": a state that has joined an organisation is
     * party to its founding treaty from that day. Only a join that has happened counts ("wants to join" does not).
     */
    void joining(int t) {
        int start = c.clauseStart(t), end = c.clauseEnd(t);
        if (r.mod.negated(t, start) || r.mod.stage(t, start) != Stage.COMPLETED || !c.past(t)) return;
        int k = t + 1;
        while (k < end && (c.lower(k).equals("to") || c.lower(k).equals("the"))) k++;
        Mention m = c.mentionAt(k);
        if (m == null || m.entity() == null || m.entity().type() != EntityType.ORGANIZATION) return;
        ReferenceIndex.Treaty treaty = r.doc.index.foundingTreaty(m.entity().iri());
        if (treaty == null) return;
        List<Entity> parties = new ArrayList<>();
        List<Entity> signatories = new ArrayList<>();
        for (Clauses.Actor a : c.subjects(t, start)) addParty(a.entity(), parties, signatories);
        parties.removeIf(p -> p.type() != EntityType.STATE);
        if (parties.isEmpty()) return;
        // The day of accession is the date this party's signature took effect, unlike a date that merely disagrees.
        emit(treaty.entity(), parties, signatories, dateNear(t), t, start, true);
    }

    private void emit(Entity treaty, List<Entity> parties, List<Entity> signatories, String date, int t, int start) {
        emit(treaty, parties, signatories, date, t, start, false);
    }

    private void emit(Entity treaty, List<Entity> parties, List<Entity> signatories, String date, int t, int start, boolean accession) {
        ReferenceIndex.Treaty known = r.doc.index.treaty(treaty.iri());
        if (parties.isEmpty() && known != null && known.parties().size() <= 3) {
            for (Node n : known.parties()) {
                Entity e = r.doc.index.entity(n);
                if (e != null) parties.add(e);
            }
        }
        if (!accession && known != null && date != null && known.signed() != null && !consistent(date, known.signed())) date = null;
        Draft d = new Draft(EventKind.TREATY_SIGNING);
        d.treaty = treaty;
        d.parties.addAll(parties);
        d.signatories.addAll(signatories);
        d.actor = parties.isEmpty() ? null : parties.get(0);
        d.date = date;
        r.mod.apply(d, t, start);
        d.addEvidence(r.s);
        r.doc.lastSigning = r.doc.add(d);
        r.doc.lastTreaty = treaty;
        signed.add(treaty.iri());
    }

    private static boolean isTreaty(Mention m) {
        return m != null && m.kind() == Mention.Kind.ENTITY && !m.candidates().isEmpty() && m.candidates().get(0).type() == EntityType.TREATY;
    }

    private static boolean consistent(String date, String reference) {
        return reference.startsWith(date) || date.startsWith(reference);
    }

    private boolean securityNear(int k) {
        // "an agreement under which Beijing is to provide military assistance": a clause saying what it is about reaches further.
        boolean content = Set.of("which", "that", "to").contains(c.lower(k + 1)) || c.lower(k + 2).equals("which");
        int last = Math.min(c.size() - 1, k + (content ? 12 : 3));
        for (int j = Math.max(0, k - 4); j <= last; j++) {
            if (Lexicon.SECURITY_WORDS.contains(c.lower(j))) return true;
        }
        return c.lower(k).equals("treaty") || c.lower(k).equals("pact") || c.lower(k).equals("alliance");
    }

    private void addParty(Entity e, List<Entity> parties, List<Entity> signatories) {
        if (e.type() == EntityType.PERSON && !signatories.contains(e)) signatories.add(e);
        Entity state = r.doc.stateOf(e);
        if (state != null && state.type() == EntityType.STATE && !parties.contains(state)) parties.add(state);
    }

    /** "with X", "between X and Y", "by the then presidents X and Y". */
    private void partiesAfter(int t, int end, Set<String> words, List<Entity> parties, List<Entity> signatories) {
        for (int k = t + 1; k < end; k++) {
            if (!words.contains(c.lower(k))) continue;
            for (int j = k + 1; j < end; j++) {
                Mention m = c.mentionAt(j);
                if (m == null) {
                    String tag = c.token(j).tag();
                    if (!(c.token(j).isCapitalized() || c.lower(j).equals("and") || c.lower(j).equals(",") || tag.equals("DET")
                            || Set.of("his", "her", "their").contains(c.lower(j))
                            || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADV"))) break;
                    continue;
                }
                // "with Solomon Islands, PNG's neighbour": a possessive in apposition describes, it does not sign.
                boolean describes = c.token(m.last() - 1).hasPossessive() || m.last() < c.size() && c.lower(m.last()).equals("'s");
                if (m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.entity().type().isActor() && !describes) addParty(m.entity(), parties, signatories);
                j = m.last() - 1;
            }
            return;
        }
    }

    private String dateNear(int t) {
        Mention best = null;
        for (Mention m : r.sm.mentions()) {
            if (m.kind() != Mention.Kind.DATE) continue;
            if (best == null || Math.abs(m.first() - t) < Math.abs(best.first() - t)) best = m;
        }
        return best == null ? null : best.date();
    }

    private Entity pick(List<Entity> named, List<Entity> parties, String date, int noun) {
        List<Entity> fit = new ArrayList<>();
        for (Entity e : named) {
            ReferenceIndex.Treaty t = r.doc.index.treaty(e.iri());
            if (t == null) continue;
            if (date != null && t.signed() != null && !consistent(date, t.signed())) continue;
            if (!parties.stream().allMatch(p -> t.parties().contains(p.iri()))) continue;
            fit.add(e);
        }
        if (fit.size() == 1) return fit.get(0);
        if (named.size() == 1) return named.get(0);
        if (named.isEmpty() && parties.size() >= 2) {
            Set<Node> ps = new HashSet<>();
            parties.forEach(p -> ps.add(p.iri()));
            List<ReferenceIndex.Treaty> known = r.doc.index.treatiesBetween(ps, date);
            // Without a date, the parties alone may share an older treaty: "Finland and the United States sign defence
            // cooperation agreement" is not the North Atlantic Treaty. A treaty the text describes must share a word of it.
            if (date == null && noun >= 0) known.removeIf(t -> !describes(noun, t.entity().label()));
            // Without a date, two states signing together sign a treaty of few parties, not an alliance of thirty.
            if (date == null) known.removeIf(t -> t.parties().size() > 3);
            if (known.size() == 1) return known.get(0).entity();
        }
        return null;
    }

    /** Whether "the pact" can be the treaty just read: its parties include these, and its date does not disagree. */
    private boolean sameAsLast(List<Entity> parties, String date) {
        Entity last = r.doc.lastTreaty;
        if (last == null) return false;
        ReferenceIndex.Treaty known = r.doc.index.treaty(last.iri());
        Set<Node> theirs = new HashSet<>();
        if (known != null) theirs.addAll(known.parties());
        else if (r.doc.lastSigning != null) r.doc.lastSigning.parties.forEach(p -> theirs.add(p.iri()));
        if (!parties.stream().allMatch(p -> theirs.contains(p.iri()))) return false;
        return date == null || known == null || known.signed() == null || consistent(date, known.signed());
    }

    /** Whether the words before the treaty noun ("troop access", "defence cooperation") share one with the name; true if there are none. */
    private boolean describes(int noun, String name) {
        Set<String> words = new HashSet<>(List.of(name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")));
        boolean described = false;
        for (int k = noun - 1; k >= 0 && phraseWord(k); k--) {
            if (c.lower(k).equals("-")) continue;
            described = true;
            if (words.contains(c.lower(k))) return true;
        }
        return !described;
    }

    /**
     * A treaty the reference data lacks, named as the text names it ("defence cooperation
     * agreement"); "a similar agreement" borrows the name of the one before. Its IRI holds its
     * parties, so two such agreements stay apart.
     */
    private Entity unnamed(List<Entity> parties, int noun, int titleEnd) {
        int from = noun;
        // "status of visiting forces agreement": a name may run back over "of" to the noun it belongs to.
        while (from > 0 && (phraseWord(from - 1) || from > 1 && c.lower(from - 1).equals("of") && phraseWord(from - 2)
                && c.token(from - 2).tag().equals("NOUN") && from < noun)) from--;
        int to = titleEnd > 0 ? titleEnd - 1 : noun;
        String phrase = r.s.text().substring(c.token(from).begin() - r.s.begin(), c.token(to).end() - r.s.begin());
        boolean similar = from > 0 && (c.lower(from - 1).equals("similar") || c.lower(from - 1).equals("same"));
        // "a similar agreement" is named like the last one; a bare "an agreement" by its parties.
        if (similar && r.doc.lastUnnamedTreaty != null) phrase = r.doc.lastUnnamedTreaty;
        else if (from == noun && titleEnd < 0) phrase = String.join("–", parties.stream().map(Entity::label).sorted().toList()) + " " + phrase;
        // "a defence treaty", "an agreement": described, not named; a name given later is the better one.
        List<String> keys = new ArrayList<>(parties.stream().map(p -> p.iri().getLocalName()).sorted().toList());
        keys.add(phrase);
        Node iri = Iris.entity("treaty", keys.toArray(String[]::new));
        if (titleEnd < 0 && !c.token(from).isCapitalized()) r.doc.describedTreaties.add(iri);
        r.doc.lastUnnamedTreaty = phrase;
        return new Entity(iri, EntityType.TREATY, phrase, null, null, false);
    }

    /**
     * "the Convention on the Establishment of the GCAP International Government Organisation", "the Treaty of Alliance":
     * where a capitalised treaty noun followed by "of", "on" or "for" heads a capitalised title, the end of the title
     * (exclusive); else -1.
     */
    int titleEnd(int noun) {
        if (!c.token(noun).isCapitalized() || !Set.of("of", "on", "for").contains(c.lower(noun + 1))) return -1;
        int last = -1;
        for (int k = noun + 1; k < c.size(); k++) {
            Mention m = c.mentionAt(k);
            if (m != null && m.entity() != null && m.entity().type() == EntityType.STATE) break;
            if (c.token(k).isCapitalized() && Character.isLetter(c.token(k).text().charAt(0))) last = k;
            else if (!Set.of("of", "on", "for", "the", "and").contains(c.lower(k))) break;
        }
        return last > noun + 1 ? last + 1 : -1;
    }

    /**
     * "under the 1960 Treaty of Alliance between Greece, Turkey and Cyprus": a titled treaty with its parties after
     * "between", with no verb of signing.
     */
    void titled(int noun) {
        int end = titleEnd(noun);
        if (end < 0 || !c.lower(end).equals("between")) return;
        List<Entity> parties = new ArrayList<>();
        List<Entity> signatories = new ArrayList<>();
        partiesAfter(end - 1, c.clauseEnd(end), Set.of("between"), parties, signatories);
        if (parties.size() < 2) return;
        Entity treaty = unnamed(parties, noun, end);
        // "the 1960 Treaty of Alliance": a year before the title is when it was signed.
        String before = noun > 0 ? c.token(noun - 1).text() : "";
        boolean year = before.length() == 4 && before.chars().allMatch(Character::isDigit) && (before.startsWith("19") || before.startsWith("20"));
        String date = year ? before : dateNear(noun);
        emit(treaty, parties, List.of(), date, noun, c.clauseStart(noun));
    }

    private boolean phraseWord(int k) {
        String tag = c.token(k).tag();
        String w = c.lower(k);
        // "US and PNG sign defence pact": the signing verb, however tagged, is no part of the name.
        if (Lexicon.SIGN.contains(c.token(k).lemma())) return false;
        if (w.equals("similar") || w.equals("same") || w.equals("new") || w.equals("landmark") || w.equals("historic")) return false;
        return (tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN") || w.equals("-")) && c.mentionAt(k) == null;
    }
}
