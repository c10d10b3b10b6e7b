package org.entente.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.nlp.Lemmas;
import org.entente.nlp.Token;

/**
 * The first pass of {@link Syntax}: with the tags {@link TagMends} mended, reads the sentence left to right into noun
 * phrases (with their prepositions and possessors) and verb groups (with voice, tense, modality and negation). A bare
 * past form is left finite here; {@link Participles} decides once the phrases around it are known.
 */
final class Chunker {
    /** What the chunker hands to {@link Syntax}: the tag at each token, the phrases and verb groups, and which one each token is in. */
    record Chunks(String[] tags, List<Phrase> phrases, List<VerbGroup> verbs, int[] phraseAt, int[] verbAt) {}

    private static final Set<String> PERSONAL = TagMends.PERSONAL;
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "may", "might", "can", "could", "must", "'ll", "wo");
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "get", "got", "gets", "gotten", "getting");
    private static final Set<String> COPULAR = Set.of("remain", "stay", "become", "get", "seem", "appear");
    private static final Set<String> BE_OR_HAVE = Set.of("be", "have");
    private static final Set<String> RELATIVE_TIME = Set.of("next", "last", "this", "coming", "past", "previous", "following");
    static final Set<String> TIME_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day", "days", "weekend",
            "spring", "summer", "autumn", "fall", "winter", "decade", "quarter");
    /** Words before a number that belong to its phrase: "about 3,000 troops", "more than 200 pilots". */
    private static final Set<String> PARTICLES = Set.of("over", "out", "up", "down", "off", "back", "away", "along", "forward");
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "some", "nearly", "almost", "approximately",
            "roughly", "over", "than", "least", "up", "to", "as", "many", "estimated", "another", "additional", "further", "at",
            "more", "fewer", "less", "just", "under");

    private final List<Token> tokens;
    private final Lexicon lexicon;
    private final Mention[] mentionAt;
    private final String[] tags;
    private final List<Phrase> phrases = new ArrayList<>();
    private final List<VerbGroup> verbs = new ArrayList<>();
    private final int[] phraseAt, verbAt;

    private Chunker(List<Token> tokens, Mention[] mentionAt, Lexicon lexicon) {
        this.tokens = tokens;
        this.mentionAt = mentionAt;
        this.lexicon = lexicon;
        int n = tokens.size();
        tags = TagMends.of(tokens, mentionAt, lexicon);
        phraseAt = new int[n];
        verbAt = new int[n];
        Arrays.fill(phraseAt, -1);
        Arrays.fill(verbAt, -1);
    }

    /** The mended tags, noun phrases and verb groups of a tagged sentence, given the mention at each token. */
    static Chunks of(List<Token> tokens, Mention[] mentionAt, Lexicon lexicon) {
        Chunker c = new Chunker(tokens, mentionAt, lexicon);
        c.chunk();
        return new Chunks(c.tags, List.copyOf(c.phrases), List.copyOf(c.verbs), c.phraseAt, c.verbAt);
    }

    private String lower(int i) {
        return TagMends.lower(tokens, i);
    }

    private String lemma(int i) {
        return TagMends.lemma(tokens, i);
    }

    private String tag(int i) {
        return i >= 0 && i < tags.length ? tags[i] : "";
    }

    /** Whether token i, whose mention is m, ends the name of an actor (a state, person or body). */
    static boolean actorEnd(Mention m, int i) {
        return m != null && m.last() == i + 1 && m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.entity().type().isActor();
    }

    private boolean mentionAt(int i) {
        return i < mentionAt.length && mentionAt[i] != null;
    }

    /** Whether token i can end a noun phrase. */
    private boolean nominalEnd(int i) {
        return TagMends.nominalEnd(tokens, tags, mentionAt, i);
    }

    private void chunk() {
        int i = 0, possessor = -1;
        while (i < tokens.size()) {
            if (startsVerb(i)) {
                i = verbGroup(i);
                possessor = -1;
            } else if (nominal(i)) {
                int start = i;
                i = nounPhrase(i, possessor);
                if (i == start) {
                    i++;
                    possessor = -1;
                    continue;
                }
                Phrase p = phrases.get(phrases.size() - 1);
                possessor = possessive(i - 1) || lower(i).equals("'s") ? p.index() : -1;
                if (lower(i).equals("'s")) i++;
            } else {
                i++;
                possessor = -1;
            }
        }
    }

    private boolean possessive(int i) {
        return tokens.get(i).hasPossessive() || lower(i).equals("'s") || lower(i).equals("'");
    }

    private boolean startsVerb(int i) {
        if (mentionAt(i)) return false;
        String t = tags[i];
        if (t.equals("VERB") || t.equals("AUX")) return true;
        if (lower(i).equals("to") && t.equals("PART")) {
            int k = i + 1;
            while (tag(k).equals("ADV")) k++;
            return tag(k).equals("VERB") || tag(k).equals("AUX");
        }
        return false;
    }

    private boolean nominal(int i) {
        if (mentionAt(i)) return true;
        String t = tags[i], w = lower(i);
        if (t.equals("NOUN") || t.startsWith("PROPN") || t.equals("NUM") || t.equals("ADJ") || t.equals("DET") || t.equals("SYM")
                || t.equals("X")) return !Syntax.RELATIVES.contains(w) && !(w.equals("that") && !t.equals("DET"));
        if (t.equals("PRON")) return PERSONAL.contains(w) || Syntax.POSSESSIVES.contains(w) || w.equals("this") || w.equals("these")
                || w.equals("those") || w.equals("both") || w.equals("all");
        if (w.equals("more") && !tag(i + 1).equals("NOUN") && !tag(i + 1).equals("ADJ") && !tag(i + 1).equals("NUM")
                && !lower(i + 1).equals("than")) return true;
        return APPROXIMATE.contains(w) && numberWithin(i + 1, 3) && !particle(i);
    }

    /** "hand over four systems": a word the verb before it takes as its particle in the lexicon opens no phrase. */
    private boolean particle(int i) {
        // Only adverb particles: a preposition in an entry ("accede to", "withdraw from") still heads its phrase.
        if (i == 0 || !tags[i - 1].equals("VERB") || !PARTICLES.contains(lower(i))) return false;
        for (Lexicon.Entry e : lexicon.verbFrames(lemma(i - 1))) if (!e.rest().isEmpty() && e.rest().get(0).equals(lemma(i))) return true;
        return false;
    }

    private boolean numberWithin(int from, int span) {
        for (int k = from; k < Math.min(tokens.size(), from + span); k++) {
            if (tag(k).equals("NUM") || mentionAt[k] != null && mentionAt[k].kind() == Mention.Kind.NUMBER) return true;
            if (!APPROXIMATE.contains(lower(k))) return false;
        }
        return false;
    }

    /** Reads the noun phrase starting at i; returns the index after it. */
    private int nounPhrase(int i, int possessor) {
        int j = i;
        boolean noun = false;
        if (PERSONAL.contains(lower(i)) && !mentionAt(i) && !Syntax.POSSESSIVES.contains(lower(i))) {
            add(new Phrase(phrases.size(), i, i + 1, i, prepBefore(i), -1, true));
            return i + 1;
        }
        while (j < tokens.size()) {
            Mention m = mentionAt[j];
            if (m != null) {
                if (noun && m.kind() == Mention.Kind.DATE && nominalEnd(j - 1)) break;
                if (noun && m.kind() == Mention.Kind.NUMBER && actorEnd(mentionAt[j - 1], j - 1)) break;
                // "the pact Moscow concluded": a name after a common noun, with its verb right after, is a clause's subject.
                // But "his counterpart James Marape signed": a person's name right after a noun for a person is that person.
                if (noun && m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.entity().type().isActor() && mentionAt[j - 1] == null
                        && tags[j - 1].equals("NOUN") && m.last() < tags.length && (tags[m.last()].equals("VERB") || tags[m.last()].equals("AUX"))
                        && !(m.isEntity(EntityType.PERSON) && personNoun(j - 1))) break;
                // "send Ukraine Stryker carriers": a weapon right after the state name that opens the phrase, and that did not
                // make it ("US Stryker carriers" are the maker's own), is a second object.
                if (noun && m.isEntity(EntityType.WEAPON) && actorEnd(mentionAt[j - 1], j - 1) && mentionAt[j - 1].first() == i
                        && mentionAt[j - 1].isEntity(EntityType.STATE) && !mentionAt[j - 1].entity().iri().equals(m.entity().state())) break;
                // "On 12 May 2024 Kenya and Turkey signed": a name after a date starts a phrase of its own.
                if (noun && (m.kind() == Mention.Kind.ENTITY || m.kind() == Mention.Kind.ROLE) && mentionAt[j - 1] != null
                        && mentionAt[j - 1].kind() == Mention.Kind.DATE) break;
                j = Math.max(j + 1, m.last());
                noun = true;
                if (possessive(j - 1)) break;
                continue;
            }
            String t = tags[j], w = lower(j);
            // "to Latvia next year": a time said relative to now starts a phrase of its own.
            if (noun && RELATIVE_TIME.contains(w) && TIME_UNITS.contains(lower(j + 1))) break;
            // "in what Minister Luis Petri hailed as …": a free relative's subject is a phrase of its own.
            if (w.equals("'s") || PERSONAL.contains(w) && !Syntax.POSSESSIVES.contains(w) || Syntax.RELATIVES.contains(w) || w.equals("what")) break;
            // "sell Australia at least three submarines": a count after a name starts a phrase of its own.
            if (noun && (t.equals("NUM") || APPROXIMATE.contains(w) && numberWithin(j + 1, 3)) && actorEnd(mentionAt[j - 1], j - 1)) break;
            boolean determiner = t.equals("DET") || Syntax.POSSESSIVES.contains(w);
            if (determiner && noun) break;
            if (w.equals("more") && j == i && !nominalAhead(j + 1) && !lower(j + 1).equals("than")) {
                j++;
                break;
            }
            boolean part = determiner || t.equals("NOUN") || t.startsWith("PROPN") || t.equals("NUM") || t.equals("ADJ") || t.equals("SYM")
                    || t.equals("X") || w.equals("-") && j > i && j + 1 < tokens.size() && nominal(j + 1)
                    || APPROXIMATE.contains(w) && numberWithin(j + 1, 3) || (w.equals("this") || w.equals("these") || w.equals("those")) && !noun;
            // "dozens more Bradleys", "300 more troops": "more" after a count is part of it.
            if (!part && (w.equals("more") || w.equals("fewer")) && j > i && mentionAt(j - 1) && mentionAt[j - 1].kind() == Mention.Kind.NUMBER
                    && nominalStart(j + 1)) part = true;
            // "its biggest ever defence deal": an adverb inside a phrase, between its modifiers and its noun.
            if (!part && t.equals("ADV") && j > i && nominalStart(j + 1) && !mentionAt(j) && !tags[j - 1].equals("NOUN")) part = true;
            if (!part || w.equals("that") && !t.equals("DET")) break;
            noun |= t.equals("NOUN") || t.startsWith("PROPN") || t.equals("NUM");
            j++;
            if (possessive(j - 1)) break;
        }
        if (j == i) return i;
        add(new Phrase(phrases.size(), i, j, head(i, j), prepBefore(i), possessor, false));
        return j;
    }

    /** A noun for a person who holds a post or acts for a state: "counterpart", "leader", "defence minister". */
    private boolean personNoun(int k) {
        String lemma = lemma(k);
        return lexicon.inGroup("actor-nouns", lemma) || lemma.equals("minister") || lemma.equals("secretary");
    }

    private boolean nominalStart(int k) {
        return TagMends.nominalStart(tags, mentionAt, k);
    }

    private boolean nominalAhead(int k) {
        String t = tag(k);
        return t.equals("NOUN") || t.equals("ADJ") || t.equals("NUM") || t.startsWith("PROPN") || mentionAt(k);
    }

    /** The last word of a phrase heads it: a noun, a name, or an adjective used as one ("the Japanese daily"). */
    private int head(int first, int last) {
        for (int k = last - 1; k >= first; k--) if (!tags[k].equals("PUNCT") && !lower(k).equals("-")) return k;
        return last - 1;
    }

    /** The preposition right before a phrase ("to", "of", "including"), or -1. */
    private int prepBefore(int first) {
        int k = first - 1;
        // 'a warning of "countermeasures"': a quotation mark between them.
        if (Syntax.quoteMark(lower(k)) && k > 0 && tags[k - 1].equals("ADP")) k--;
        if (k < 0 || mentionAt[k] != null) return -1;
        String w = lower(k);
        if ((tags[k].equals("ADP") && !w.equals("'s") || w.equals("to")) && !particle(k)) return k;
        return w.equals("including") || w.equals("excluding") || w.equals("like") ? k : -1;
    }

    private void add(Phrase p) {
        phrases.add(p);
        for (int k = p.first(); k < p.last(); k++) phraseAt[k] = p.index();
    }

    /** Reads the verb group starting at i; returns the index after it. */
    private int verbGroup(int i) {
        int j = i, head = -1;
        boolean infinitive = false, negated = false, perfect = false, be = false;
        String modal = null;
        List<Integer> aux = new ArrayList<>();
        if (lower(j).equals("to")) {
            infinitive = true;
            j++;
        }
        // "never signed", "neither confirmed nor denied": a negation just before the group is its own.
        if (i > 0 && (NEGATIONS.contains(lower(i - 1)) || lower(i - 1).equals("neither") || lower(i - 1).equals("nor"))) negated = true;
        while (j < tokens.size() && !mentionAt(j)) {
            String t = tags[j], w = lower(j);
            if (NEGATIONS.contains(w)) {
                negated = true;
                j++;
            } else if (t.equals("ADV") && j > i && verbAhead(j + 1)) {
                j++;
            } else if (t.equals("VERB") && (lemma(j).equals("have") || lemma(j).equals("be")) && pastAhead(j + 1)) {
                // "to have sent", "is said to have been sent": "have" and "be" before a past participle are auxiliaries.
                aux.add(j);
                if (lemma(j).equals("have")) perfect = true;
                else be = true;
                j++;
            } else if (t.equals("VERB") && COPULAR.contains(lemma(j)) && tag(j + 1).equals("VERB") && Lemmas.isPast(lower(j + 1))) {
                // "remain stationed", "stay deployed": a verb of being before a participle is its auxiliary.
                aux.add(j);
                be = true;
                j++;
            } else if (t.equals("AUX") && !verbAhead(j + 1) && BE_OR_HAVE.contains(lemma(j)) && participleAfterAdverbial(j + 1) > 0) {
                // "has on many occasions denied", "were in 2023 sent": an adverbial phrase inside the verb group.
                aux.add(j);
                if (lemma(j).equals("have")) perfect = true;
                else be = true;
                j = participleAfterAdverbial(j + 1);
            } else if (t.equals("AUX") && verbAhead(j + 1)) {
                aux.add(j);
                if (MODALS.contains(w)) modal = w;
                if (lemma(j).equals("have") && !w.equals("having")) perfect = true;
                if (BE.contains(w)) be = true;
                j++;
            } else if (t.equals("VERB") || t.equals("AUX")) {
                head = j++;
                break;
            } else {
                break;
            }
        }
        if (head < 0) {
            // "will" alone at the end, or "to" before a name: nothing to read.
            if (aux.isEmpty()) return Math.max(j, i + 1);
            head = aux.remove(aux.size() - 1);
        }
        String w = lower(head);
        boolean pastForm = Lemmas.isPast(w);
        boolean passive = be && pastForm && !tags[head].equals("AUX");
        boolean progressive = be && w.endsWith("ing");
        // A past form with no auxiliary is finite for now; participles() decides once the phrases after it are known.
        VerbGroup.Form form = infinitive ? VerbGroup.Form.INFINITIVE
                : aux.isEmpty() && w.endsWith("ing") && tags[head].equals("VERB") ? VerbGroup.Form.GERUND : VerbGroup.Form.FINITE;
        boolean past = form == VerbGroup.Form.FINITE && (aux.isEmpty() ? pastForm : Lemmas.isPast(lower(aux.get(0))) && !perfect
                || perfect && pastForm || lower(aux.get(0)).equals("had"));
        String lemma = tags[head].equals("AUX") && lemma(head).equals("'s") ? "be" : lemma(head);
        VerbGroup v = new VerbGroup(verbs.size(), i, j, head, lemma, form, passive, perfect, progressive, past, modal, negated);
        verbs.add(v);
        for (int k = i; k < j; k++) verbAt[k] = v.index();
        return j;
    }


    /** The past participle after a short prepositional phrase at k ("on many occasions", "in 2023"), or -1. */
    private int participleAfterAdverbial(int k) {
        if (k >= tokens.size() || !tags[k].equals("ADP") && !Set.of("in", "on", "at", "over", "during", "since").contains(lower(k))) return -1;
        for (int j = k + 1; j < tokens.size() && j <= k + 4; j++) {
            Mention m = mentionAt[j];
            if (m != null && m.kind() != Mention.Kind.DATE) return -1;
            if (j > k + 1 && tags[j].equals("VERB") && m == null) return Lemmas.isPast(lower(j)) ? j : -1;
            if (m == null && !Set.of("DET", "ADJ", "NOUN", "NUM").contains(tags[j])) return -1;
        }
        return -1;
    }

    /** Whether a past participle follows, past adverbs. */
    private boolean pastAhead(int k) {
        while (k < tokens.size() && tags[k].equals("ADV") && !mentionAt(k)) k++;
        return k < tokens.size() && !mentionAt(k) && (tags[k].equals("VERB") || tags[k].equals("AUX")) && Lemmas.isPast(lower(k));
    }


    /** Whether a verb or auxiliary follows, past adverbs and negation. */
    private boolean verbAhead(int k) {
        while (k < tokens.size() && (tags[k].equals("ADV") || NEGATIONS.contains(lower(k))) && !mentionAt(k)) k++;
        return k < tokens.size() && !mentionAt(k) && (tags[k].equals("VERB") || tags[k].equals("AUX"));
    }

}
