package org.entente.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.entente.mention.Mention;
import org.entente.mention.SentenceMentions;
import org.entente.nlp.Lemmas;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/**
 * The shallow phrase structure of one sentence, built once from its part-of-speech tags and mentions:
 * noun phrases with their prepositions and possessors, verb groups with voice, tense, modality and
 * negation, coordinated lists, clause boundaries and quotations. Frames read their arguments from it
 * through {@link Arguments}. A mention (a name, title, weapon, number or date) is always inside one
 * noun phrase.
 */
final class Syntax {
    private static final Set<String> PERSONAL = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "her");
    static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "may", "might", "can", "could", "must", "'ll", "wo");
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "get", "got", "gets", "gotten", "getting");
    private static final Set<String> COPULAR = Set.of("remain", "stay", "become", "get", "seem", "appear");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where");
    /** Prepositions that also open clauses: a past form after their noun is its verb ("after the talks ended"). */
    /** Prepositions whose noun belongs to the noun before them, so a participle after it describes it. */
    private static final Set<String> TIME_ADVERBS = Set.of("previously", "formerly", "once", "originally", "recently", "newly",
            "already", "initially", "later");
    private static final Set<String> BE_OR_HAVE = Set.of("be", "have");
    private static final Set<String> RELATIVE_TIME = Set.of("next", "last", "this", "coming", "past", "previous", "following");
    private static final Set<String> TIME_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day", "days", "weekend",
            "spring", "summer", "autumn", "fall", "winter", "decade", "quarter");
    private static final Set<String> NOUN_PREPOSITIONS = Set.of("of", "with", "including", "for", "like", "among", "than");
    static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "before", "since", "until", "till", "as", "while", "once",
            "because", "when", "if", "though", "although");
    private static final Set<String> BREAKS = Set.of(";", ":", "(", ")", "|", "--", "—", "–", "[", "]");
    /** Words before a number that belong to its phrase: "about 3,000 troops", "more than 200 pilots". */
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "some", "nearly", "almost", "approximately",
            "roughly", "over", "than", "least", "up", "to", "as", "many", "estimated", "another", "additional", "further", "at",
            "more", "fewer", "less", "just", "under");

    final Sentence sentence;
    final SentenceMentions mentions;
    final List<Phrase> phrases = new ArrayList<>();
    final List<VerbGroup> verbs = new ArrayList<>();
    private final List<Token> tokens;
    private final Lexicon lexicon;
    private final Mention[] mentionAt;
    private final String[] tags;
    private final int[] phraseAt, verbAt, listOf, quoteOf;

    private Syntax(SentenceMentions sm, Lexicon lexicon) {
        this.sentence = sm.sentence();
        this.mentions = sm;
        this.tokens = sentence.tokens();
        this.lexicon = lexicon;
        int n = tokens.size();
        mentionAt = new Mention[n];
        for (Mention m : sm.mentions()) for (int k = m.first(); k < m.last() && k < n; k++) mentionAt[k] = m;
        tags = new String[n];
        for (int k = 0; k < n; k++) tags[k] = tokens.get(k).tag();
        phraseAt = new int[n];
        verbAt = new int[n];
        quoteOf = new int[n];
        Arrays.fill(phraseAt, -1);
        Arrays.fill(verbAt, -1);
        retag();
        chunk();
        participles();
        listOf = new int[phrases.size()];
        lists();
        quotes();
    }

    /** The phrase structure of a tagged sentence. */
    static Syntax of(SentenceMentions sm, Lexicon lexicon) {
        return new Syntax(sm, lexicon);
    }

    // ---- tokens ---------------------------------------------------------------------------------

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The lower-case word at i, or "" outside the sentence. */
    String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    String lemma(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lemma() : "";
    }

    /** The part of speech at i as this layer reads it (a few tagger slips mended), or "" outside. */
    String tag(int i) {
        return i >= 0 && i < tags.length ? tags[i] : "";
    }

    Mention mention(int i) {
        return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
    }

    Phrase phraseAt(int i) {
        return i >= 0 && i < phraseAt.length && phraseAt[i] >= 0 ? phrases.get(phraseAt[i]) : null;
    }

    VerbGroup verbAt(int i) {
        return i >= 0 && i < verbAt.length && verbAt[i] >= 0 ? verbs.get(verbAt[i]) : null;
    }

    /** The text of tokens [from, to) as written. */
    String text(int from, int to) {
        if (from >= to) return "";
        return sentence.text().substring(tokens.get(from).begin() - sentence.begin(), tokens.get(to - 1).end() - sentence.begin());
    }

    /** Every phrase of the coordinated list p belongs to ("Denmark, Romania and the United States"), p alone if none. */
    List<Phrase> conjuncts(Phrase p) {
        List<Phrase> out = new ArrayList<>();
        int first = listOf[p.index()];
        for (int k = first; k < phrases.size() && listOf[k] == first; k++) out.add(phrases.get(k));
        return out;
    }

    /** A token that bounds a clause: a subordinator, a relative pronoun, a semicolon or colon, a bracket or a quote. */
    boolean barrier(int i) {
        String w = lower(i);
        if (BREAKS.contains(w) || quoteMark(i) || RELATIVES.contains(w) && !tag(i).equals("DET")) return true;
        if (w.equals("that")) return !tag(i).equals("DET");
        return tag(i).equals("SCONJ") && !w.equals("as");
    }

    /** A relative pronoun at i ("which", "who", "that" after a noun). */
    boolean relative(int i) {
        String w = lower(i);
        if (RELATIVES.contains(w) && !w.equals("where")) return true;
        return w.equals("that") && tag(i).equals("PRON") && phraseAt(i - 1) != null;
    }

    boolean quoteMark(int i) {
        String w = lower(i);
        return w.equals("\"") || w.equals("'") || w.equals("``") || w.equals("''");
    }

    /** The quotation token i is in (0, 1, ...), or -1. */
    int quote(int i) {
        return i >= 0 && i < quoteOf.length ? quoteOf[i] : -1;
    }

    boolean past(int i) {
        return Lemmas.isPast(lower(i));
    }

    // ---- building -------------------------------------------------------------------------------

    /**
     * Mends tagger slips that matter to frames: a lexicon verb in the third person read as a plural noun right
     * after its subject ("Stockholm plans to send", "Seoul says"), and words inside names, which are nominal.
     */
    private void retag() {
        for (int i = 0; i < tags.length; i++) {
            if (mentionAt[i] != null) {
                if (!tags[i].startsWith("PROPN") && !tags[i].equals("NUM") && !tags[i].equals("PUNCT")) tags[i] = "NOUN";
                continue;
            }
            // "the continued presence", "the planned deployment": a past form between a determiner and a noun describes it.
            if (tags[i].equals("VERB") && i > 0 && (tags[i - 1].equals("DET") || POSSESSIVES.contains(lower(i - 1)))
                    && Lemmas.isPast(lower(i)) && i + 1 < tags.length && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("ADJ"))) {
                tags[i] = "ADJ";
                continue;
            }
            // "the air force flew jets": an irregular past form after a noun is a verb, whatever the tagger said.
            if ((tags[i].equals("NOUN") || tags[i].equals("ADJ")) && i > 0 && Lemmas.isIrregularPast(lower(i)) && nominalEnd(i - 1)
                    && !mentionAt(i)) tags[i] = "VERB";
            // "Chinese-supplied fighters", "US-trained troops": a participle joined to a name by a hyphen modifies a noun.
            if (tags[i].equals("VERB") && lower(i - 1).equals("-") && i >= 2 && nominalStart(i - 2) && Lemmas.isPast(lower(i))
                    && i + 1 < tags.length && nominalStart(i + 1)) tags[i] = "ADJ";
            // "Yak-130", "Mi-28": a designation is a name, whatever the tagger made of it.
            if (!tags[i].startsWith("PROPN") && Designations.isDesignation(tokens.get(i).text()) && tokens.get(i).text().chars().anyMatch(Character::isDigit)
                    && tokens.get(i).text().chars().anyMatch(Character::isLetter)) tags[i] = "PROPN";
            // "but reports indicate that …": a noun of saying before a verb is the verb's subject, not a verb itself.
            if (tags[i].equals("VERB") && lower(i).endsWith("s") && i + 1 < tags.length && (tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX"))
                    && (!lexicon.nounCues(lemma(i)).isEmpty() || !lexicon.nounFrames(lemma(i)).isEmpty()) && !lower(i + 1).endsWith("ing")) {
                tags[i] = "NOUN";
                continue;
            }
            // "helped train Ukrainian soldiers": a lexicon verb right after "help", "let" or "make" is their bare infinitive.
            if ((tags[i].equals("NOUN") || tags[i].startsWith("PROPN")) && i > 0 && tags[i - 1].equals("VERB")
                    && Set.of("help", "let", "make").contains(lemma(i - 1)) && !lexicon.verbFrames(lemma(i)).isEmpty()) tags[i] = "VERB";
            // "the Israeli military warned residents": a lexicon verb's past form after a noun, before a phrase, is its verb.
            if (tags[i].equals("ADJ") && i > 0 && (tags[i - 1].equals("NOUN") || tags[i - 1].startsWith("PROPN") || mentionAt(i - 1))
                    && Lemmas.isPast(lower(i)) && !lexicon.verbFrames(lemma(i)).isEmpty() && i + 1 < tags.length
                    && (nominalStart(i + 1) || lower(i + 1).equals("that")) && !lower(i - 1).equals("-")) tags[i] = "VERB";
            // "the air force's fleet": a word that carries its possessive is a noun, whatever the tagger said.
            if (tokens.get(i).hasPossessive() && !tags[i].startsWith("PROPN")) tags[i] = "NOUN";
            if (!(tags[i].equals("NOUN") || tags[i].equals("PROPN"))) continue;
            String w = lower(i);
            boolean verbForm = w.endsWith("s") && !w.endsWith("ss") || Lemmas.isPast(w);
            boolean known = lexicon.isVerb(lemma(i));
            if (!verbForm || !known || i == 0 || !nominalEnd(i - 1)) continue;
            String next = lower(i + 1), nextTag = tag(i + 1);
            // "the fleet consists of Kfir jets": a verb of having with its preposition.
            if (next.equals("to") || next.equals("that") || nextTag.equals("DET") || nextTag.equals("NUM") || mentionAt(i + 1)
                    || POSSESSIVES.contains(next) || next.equals("of") && lexicon.inGroup("having-verbs", lemma(i))) tags[i] = "VERB";
        }
    }

    /** Whether token i ends the name of an actor (a state, person or body). */
    private boolean actorEnd(int i) {
        Mention m = i >= 0 ? mentionAt[i] : null;
        return m != null && m.last() == i + 1 && m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.entity().type().isActor();
    }

    private boolean mentionAt(int i) {
        return i < mentionAt.length && mentionAt[i] != null;
    }

    /** Whether token i can end a noun phrase. */
    private boolean nominalEnd(int i) {
        String t = tags[i];
        return mentionAt[i] != null || t.startsWith("PROPN") || t.equals("NOUN") || t.equals("NUM") || PERSONAL.contains(lower(i));
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
                || t.equals("X")) return !RELATIVES.contains(w) && !(w.equals("that") && !t.equals("DET"));
        if (t.equals("PRON")) return PERSONAL.contains(w) || POSSESSIVES.contains(w) || w.equals("this") || w.equals("these")
                || w.equals("those") || w.equals("both") || w.equals("all");
        if (w.equals("more") && !tag(i + 1).equals("NOUN") && !tag(i + 1).equals("ADJ") && !tag(i + 1).equals("NUM")
                && !lower(i + 1).equals("than")) return true;
        return APPROXIMATE.contains(w) && numberWithin(i + 1, 3);
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
        if (PERSONAL.contains(lower(i)) && !mentionAt(i) && !POSSESSIVES.contains(lower(i))) {
            add(new Phrase(phrases.size(), i, i + 1, i, prepBefore(i), -1, true));
            return i + 1;
        }
        while (j < tokens.size()) {
            Mention m = mentionAt[j];
            if (m != null) {
                if (noun && m.kind() == Mention.Kind.DATE && nominalEnd(j - 1)) break;
                if (noun && m.kind() == Mention.Kind.NUMBER && actorEnd(j - 1)) break;
                // "the pact Moscow concluded": a name after a common noun, with its verb right after, is a clause's subject.
                if (noun && m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.entity().type().isActor() && mentionAt[j - 1] == null
                        && tags[j - 1].equals("NOUN") && m.last() < tags.length && (tags[m.last()].equals("VERB") || tags[m.last()].equals("AUX"))) break;
                // "On 12 May 2024 Kenya and Turkey signed": a name after a date starts a phrase of its own.
                if (noun && m.kind() == Mention.Kind.ENTITY && mentionAt[j - 1] != null && mentionAt[j - 1].kind() == Mention.Kind.DATE) break;
                j = Math.max(j + 1, m.last());
                noun = true;
                if (possessive(j - 1)) break;
                continue;
            }
            String t = tags[j], w = lower(j);
            // "to Latvia next year": a time said relative to now starts a phrase of its own.
            if (noun && RELATIVE_TIME.contains(w) && TIME_UNITS.contains(lower(j + 1))) break;
            // "in what Minister Luis Petri hailed as …": a free relative's subject is a phrase of its own.
            if (w.equals("'s") || PERSONAL.contains(w) && !POSSESSIVES.contains(w) || RELATIVES.contains(w) || w.equals("what")) break;
            // "sell Australia at least three submarines": a count after a name starts a phrase of its own.
            if (noun && (t.equals("NUM") || APPROXIMATE.contains(w) && numberWithin(j + 1, 3)) && actorEnd(j - 1)) break;
            boolean determiner = t.equals("DET") || POSSESSIVES.contains(w);
            if (determiner && noun) break;
            if (w.equals("more") && j == i && !nominalAhead(j + 1) && !lower(j + 1).equals("than")) {
                j++;
                break;
            }
            boolean part = determiner || t.equals("NOUN") || t.startsWith("PROPN") || t.equals("NUM") || t.equals("ADJ") || t.equals("SYM")
                    || t.equals("X") || w.equals("-") && j > i && j + 1 < tokens.size() && nominal(j + 1)
                    || APPROXIMATE.contains(w) && numberWithin(j + 1, 3) || (w.equals("this") || w.equals("these") || w.equals("those")) && !noun;
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

    private boolean nominalStart(int k) {
        if (k >= tokens.size()) return false;
        String t = tags[k];
        return mentionAt[k] != null || t.equals("NOUN") || t.startsWith("PROPN") || t.equals("NUM") || t.equals("ADJ");
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
        if (quoteMark(k) && k > 0 && tags[k - 1].equals("ADP")) k--;
        if (k < 0 || mentionAt[k] != null) return -1;
        String w = lower(k);
        if (tags[k].equals("ADP") && !w.equals("'s") || w.equals("to")) return k;
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

    /** "delivered to Greece by France": an agent after a past form, before any other verb or clause boundary. */
    private boolean agentAhead(int k) {
        for (int j = k; j < tokens.size() && j < k + 8; j++) {
            if (lower(j).equals("by")) return true;
            if (tags[j].equals("VERB") || tags[j].equals("AUX") || barrier(j) || lower(j).equals(",")) return false;
        }
        return false;
    }

    /** The token before an aside in brackets that ends at k, or k. */
    int beforeBrackets(int k) {
        if (!lower(k).equals(")")) return k;
        for (int j = k - 1; j >= 0 && j > k - 15; j--) if (lower(j).equals("(")) return j - 1;
        return k;
    }

    /** The token after an aside in brackets that opens at k, or k. */
    int afterBrackets(int k) {
        if (!lower(k).equals("(")) return k;
        for (int j = k + 1; j < tokens.size() && j < k + 15; j++) if (lower(j).equals(")")) return j + 1;
        return k;
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

    /** Marks the past forms with no auxiliary that describe the noun before them ("tanks delivered by Germany"). */
    private void participles() {
        for (int n = 0; n < verbs.size(); n++) {
            VerbGroup v = verbs.get(n);
            if (v.form() != VerbGroup.Form.FINITE || v.first() != v.head() || !Lemmas.isPast(lower(v.head())) || tags[v.head()].equals("AUX")
                    || !participle(v.first(), v.head())) continue;
            verbs.set(n, new VerbGroup(v.index(), v.first(), v.last(), v.head(), v.lemma(), VerbGroup.Form.PARTICIPLE, true, false, false,
                    false, null, v.negated()));
        }
    }

    /** Whether the clause around token h has a finite verb other than the one at h (before it, or an auxiliary after). */
    private boolean otherFinite(int h) {
        for (int j = h - 1; j >= 0 && !barrier(j); j--) {
            VerbGroup v = verbAt(j);
            if (v != null && v.finite() && v.head() != h) return true;
        }
        for (int j = h + 1; j < tokens.size() && !barrier(j); j++) {
            if (tags[j].equals("AUX") && !mentionAt(j)) return true;
            if (tags[j].equals("VERB") && !Lemmas.isPast(lower(j)) && !lower(j).endsWith("ing") && !lower(j - 1).equals("to")) return true;
        }
        return false;
    }

    /** Whether a verb or auxiliary follows, past adverbs and negation. */
    private boolean verbAhead(int k) {
        while (k < tokens.size() && (tags[k].equals("ADV") || NEGATIONS.contains(lower(k))) && !mentionAt(k)) k++;
        return k < tokens.size() && !mentionAt(k) && (tags[k].equals("VERB") || tags[k].equals("AUX"));
    }

    /**
     * A past form with no auxiliary right after a noun phrase is a participle about that phrase ("tanks delivered by
     * Germany") rather than its verb when an agent follows, when the phrase is governed, or when the clause already has
     * a verb ("Poland operates tanks delivered in 2023") or gets one later ("The tanks delivered last week were …").
     */
    private boolean participle(int first, int head) {
        int k = first - 1;
        // "F-16s (including a trainer) previously operated by Denmark": past an adverb of time ("Mali quickly responded
        // by" is a clause) and an aside in brackets.
        while (k > 0 && TIME_ADVERBS.contains(lower(k))) k = beforeBrackets(k - 1);
        boolean comma = lower(k).equals(",");
        if (comma) k--;
        Phrase before = phraseAt(k);
        // A pronoun is a participle's only after a preposition ("six of them donated by Russia"): else it is the subject.
        if (before == null || before.last() != k + 1 || before.pronoun() && !before.governed()) return false;
        if (agentAhead(head + 1)) return true;
        if (lower(head + 1).equals("that") || quoteMark(head + 1)) return false;
        // "President Zelensky confirmed", "Frederiksen said": a named actor before a past form is its subject.
        if (actorEnd(before.last() - 1)) return false;
        // "on Saturday signed a pact": a participle takes no object, so a verb with one is the clause's.
        Phrase after = phraseAt(head + 1);
        if (after != null && !after.governed() && after.first() == head + 1 && !(mentionAt[after.head()] != null
                && mentionAt[after.head()].kind() == Mention.Kind.DATE)) return false;
        // "of Kfir jets bought from Israel", "with tanks delivered last year": after a noun a preposition ties to another,
        // when the clause has a verb of its own ("The first batch of peacekeepers arrived" has none).
        if (before.governed() && !comma) return otherFinite(head);
        // "Poland operates tanks delivered in 2023": right after the object of a verb of the same clause.
        VerbGroup v = verbAt(before.first() - 1);
        if (v != null && v.finite() && !comma) return true;
        // "The tanks delivered last week were destroyed", "its battery, bought from the US, had become": a verb follows,
        // with only a date, a place or a comma between.
        for (int j = head + 1; j < tokens.size() && !barrier(j); j++) {
            if (tags[j].equals("AUX") && !mentionAt(j)) return true;
            Phrase p = phraseAt(j);
            if (tags[j].equals("VERB") || p != null && !p.governed() && !(mentionAt[p.head()] != null && mentionAt[p.head()].kind() == Mention.Kind.DATE)) return false;
        }
        return false;
    }

    /**
     * Links coordinated phrases: "Denmark, Romania and the United States", "between Russia and Belarus". A chain of
     * commas with no "and" or "or" is an apposition ("Lecornu, the minister,"), not a list; a name after "and" that
     * a verb follows starts a clause of its own ("… to Russia, and Pyongyang says").
     */
    private void lists() {
        for (int k = 0; k < phrases.size(); k++) listOf[k] = k;
        int start = 0;
        boolean conjunction = false;
        for (int k = 1; k <= phrases.size(); k++) {
            int joined = k < phrases.size() ? join(phrases.get(k - 1), phrases.get(k)) : 0;
            if (joined > 0) {
                conjunction |= joined == 2;
                continue;
            }
            if (conjunction) for (int j = start; j < k; j++) listOf[j] = start;
            start = k;
            conjunction = false;
        }
    }

    /** 0: not joined; 1: joined by a comma; 2: by "and", "or" or "as well as". */
    private int join(Phrase a, Phrase b) {
        int k = a.last(), end = b.governed() ? b.prep() : b.first();
        boolean comma = false, and = false;
        for (; k < end; k++) {
            String w = lower(k);
            // "the Australian Federal Police (AFP) and the Australian Defence Force": an acronym in brackets is no break.
            if (w.equals("(") && lower(k + 2).equals(")")) {
                k += 2;
                continue;
            }
            if (w.equals(",")) comma = true;
            else if (w.equals("and") || w.equals("or") || w.equals("nor")) and = true;
            else if (!(w.equals("as") || w.equals("well") || w.equals("both") || w.equals("also") || tag(k).equals("ADV"))) return 0;
        }
        if (!comma && !and) return 0;
        if (b.governed() && !(a.governed() && lower(b.prep()).equals(lower(a.prep())))) return 0;
        if (!compatible(a, b)) return 0;
        // "… to Russia, and Pyongyang says": a name after "and" that a verb follows starts a clause — not after "of" or
        // "between", whose list completes a noun ("the leaders of Armenia and France signed").
        if (a.governed() && !b.governed() && finiteAfter(b) && !Set.of("of", "between").contains(lower(a.prep()))) return 0;
        return and ? 2 : 1;
    }

    private boolean finiteAfter(Phrase p) {
        VerbGroup v = verbAt(p.last());
        return v != null && v.finite();
    }

    /** Two phrases of one list name the same kind of thing: both named entities, or both common nouns. */
    private boolean compatible(Phrase a, Phrase b) {
        Mention ma = mention(a.head()), mb = mention(b.head());
        if (a.pronoun() || b.pronoun()) return false;
        // "defensive and possibly offensive arms": an adjective alone shares the noun after it.
        if (tags[a.head()].equals("ADJ") && a.last() - a.first() == 1) return true;
        // "Defence Minister Yasar Guler and his Somali counterpart": a person named and a noun for one acting for a state.
        if (ma == null != (mb == null)) return actorPair(ma, b) || actorPair(mb, a);
        if (ma == null) return true;
        boolean wa = ma.kind() == Mention.Kind.CATEGORY || ma.entity() != null && ma.entity().type() == org.entente.mention.EntityType.WEAPON;
        boolean wb = mb.kind() == Mention.Kind.CATEGORY || mb.entity() != null && mb.entity().type() == org.entente.mention.EntityType.WEAPON;
        return wa == wb && (ma.kind() == Mention.Kind.DATE) == (mb.kind() == Mention.Kind.DATE);
    }

    private boolean actorPair(Mention named, Phrase common) {
        return named != null && named.isEntity(org.entente.mention.EntityType.PERSON) && lexicon.inGroup("actor-nouns", lemma(common.head()));
    }

    /** Marks quotations: between a double quote and the next, or single quotes standing alone. */
    private void quotes() {
        Arrays.fill(quoteOf, -1);
        int open = -1, count = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (quoteMark(k)) {
                if (open < 0) open = count++;
                else open = -1;
                continue;
            }
            quoteOf[k] = open;
        }
        // An opening quote never closed in this sentence runs to its end (a quote over several sentences).
    }
}
