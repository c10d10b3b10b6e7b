package org.entente.event;

import java.util.List;
import java.util.Set;
import org.entente.mention.Mention;
import org.entente.nlp.Lemmas;
import org.entente.nlp.Token;

/**
 * The first pass of {@link Chunker}: the part-of-speech tags of a sentence with the tagger's slips that matter to frames
 * mended, given the mention at each token. Stateless between sentences.
 */
final class TagMends {
    static final Set<String> PERSONAL = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "her");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "'ve", "having");
    private static final Set<String> BE = Set.of("are", "were", "is", "was", "be", "been");
    private static final Set<String> FLOATED = Set.of("all", "both", "each");
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("of", "for", "by", "after", "before", "without", "from");
    private static final Set<String> ING_ADJECTIVES = Set.of("neighbouring", "neighboring", "warring", "ruling", "leading",
            "outgoing", "incoming", "remaining", "existing", "visiting");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at", "into", "near");
    private static final Set<String> DEICTIC_DAYS = Set.of("today", "yesterday", "tonight", "tomorrow");
    private static final Set<String> COMPASS = Set.of("eastern", "western", "northern", "southern", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
            "south-western");

    private final List<Token> tokens;
    private final Mention[] mentionAt;
    private final Lexicon lexicon;
    private final String[] tags;

    private TagMends(List<Token> tokens, Mention[] mentionAt, Lexicon lexicon) {
        this.tokens = tokens;
        this.mentionAt = mentionAt;
        this.lexicon = lexicon;
        tags = new String[tokens.size()];
        for (int k = 0; k < tags.length; k++) tags[k] = tokens.get(k).tag();
    }

    /** The tagger's tags with its slips mended. */
    static String[] of(List<Token> tokens, Mention[] mentionAt, Lexicon lexicon) {
        TagMends m = new TagMends(tokens, mentionAt, lexicon);
        m.mend();
        return m.tags;
    }

    private String lower(int i) {
        return lower(tokens, i);
    }

    private String lemma(int i) {
        return lemma(tokens, i);
    }

    /** Token i in lower case, or "" outside the sentence. */
    static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    /** Token i's lemma, or "" outside the sentence. */
    static String lemma(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lemma() : "";
    }

    private String tag(int i) {
        return i >= 0 && i < tags.length ? tags[i] : "";
    }

    private boolean mentionAt(int i) {
        return i < mentionAt.length && mentionAt[i] != null;
    }

    private boolean nominalEnd(int i) {
        return nominalEnd(tokens, tags, mentionAt, i);
    }

    private boolean nominalStart(int k) {
        return nominalStart(tags, mentionAt, k);
    }

    /** Whether token i can end a noun phrase. */
    static boolean nominalEnd(List<Token> tokens, String[] tags, Mention[] mentionAt, int i) {
        String t = tags[i];
        return mentionAt[i] != null || t.startsWith("PROPN") || t.equals("NOUN") || t.equals("NUM") || PERSONAL.contains(lower(tokens, i));
    }

    /** Whether token k can open a noun phrase. */
    static boolean nominalStart(String[] tags, Mention[] mentionAt, int k) {
        if (k >= tags.length) return false;
        String t = tags[k];
        return mentionAt[k] != null || t.equals("NOUN") || t.startsWith("PROPN") || t.equals("NUM") || t.equals("ADJ");
    }

    /**
     * Mends tagger slips that matter to frames: a lexicon verb in the third person read as a plural noun right
     * after its subject ("Stockholm plans to send", "Seoul says"), and words inside names, which are nominal.
     */
    private void mend() {
        for (int i = 0; i < tags.length; i++) {
            if (mentionAt[i] != null) {
                if (!tags[i].startsWith("PROPN") && !tags[i].equals("NUM") && !tags[i].equals("PUNCT")) tags[i] = "NOUN";
                continue;
            }
            // "its state oil company": "its" is never "it is", and a verb form right after a possessive heads or describes a
            // noun ("her" may be an object: "made her resign").
            if (lower(i).equals("its")) tags[i] = "PRON";
            // "completed a training course": an article is a determiner, never a conjunction that opens a clause.
            if (ARTICLES.contains(lower(i)) && !tags[i].equals("DET")) tags[i] = "DET";
            if (tags[i].equals("VERB") && i > 0 && Syntax.POSSESSIVES.contains(lower(i - 1)) && !lower(i - 1).equals("her")
                    && !Lemmas.isPast(lower(i)) && i + 1 < tags.length && tags[i + 1].equals("NOUN")) {
                tags[i] = "NOUN";
                continue;
            }
            // "the continued presence", "the planned deployment", "two decommissioned destroyers": a past form between a
            // determiner or a number and a noun describes it.
            if (tags[i].equals("VERB") && i > 0 && (tags[i - 1].equals("DET") || tags[i - 1].equals("NUM") || Syntax.POSSESSIVES.contains(lower(i - 1)))
                    && Lemmas.isPast(lower(i)) && i + 1 < tags.length && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("ADJ")
                    || tags[i + 1].startsWith("PROPN") || mentionAt(i + 1) && !tags[i + 1].equals("NUM"))) {
                tags[i] = "ADJ";
                continue;
            }
            // "will deploy 300 soldiers", "would station 200 troops": a lexicon verb's bare form after a modal (perhaps past
            // "not" or an adverb) is the modal's verb; the tagger takes it for an adverb before a number.
            if (!tags[i].equals("VERB") && afterModal(i) && lower(i).equals(lemma(i)) && !lexicon.verbFrames(lemma(i)).isEmpty()) {
                tags[i] = "VERB";
                continue;
            }
            // "acquired by neighbouring India": an -ing word that only ever describes a noun is an adjective, and the "by"
            // before it a preposition.
            if (ING_ADJECTIVES.contains(lower(i)) && i + 1 < tags.length && nominalStart(i + 1)) {
                tags[i] = "ADJ";
                if (i > 0 && tags[i - 1].equals("SCONJ")) tags[i - 1] = "ADP";
                continue;
            }
            // "U.S.-built F-35A jets": the tokeniser splits "U.S." from "-built", which describes the noun after it, not a mark.
            if (tags[i].equals("PUNCT") && tokens.get(i).text().length() > 2 && tokens.get(i).text().charAt(0) == '-'
                    && Character.isLetter(tokens.get(i).text().charAt(1)) && i + 1 < tags.length && nominalStart(i + 1)) {
                tags[i] = "ADJ";
                continue;
            }
            // "Britain has 900 troops in Estonia": a form of "have" before a noun phrase, no verb, is the verb of having, and a
            // preposition before a name opens its phrase.
            if (HAVE.contains(lower(i)) && tags[i].equals("AUX") && i + 1 < tags.length && opensObject(i + 1) && !tags[i + 1].equals("ADJ")) {
                tags[i] = "VERB";
                continue;
            }
            if (PLACE_PREPOSITIONS.contains(lower(i)) && tags[i].equals("ADV") && i + 1 < tags.length && mentionAt(i + 1)) {
                tags[i] = "ADP";
                continue;
            }
            // "Russia has launched drones": a form of "have" right before a past participle is its auxiliary.
            if (HAVE.contains(lower(i)) && tags[i].equals("VERB") && i + 1 < tags.length && tags[i + 1].equals("VERB")
                    && Lemmas.isPast(lower(i + 1))) {
                tags[i] = "AUX";
                continue;
            }
            // "spent months training in China": an -ing form after the time a verb of spending spends is that verb's gerund.
            boolean spent = lemma(i - 2).equals("spend") || lemma(i - 3).equals("spend");
            if (tags[i].equals("NOUN") && lower(i).endsWith("ing") && spent && Syntax.TIME_UNITS.contains(lemma(i - 1))) {
                tags[i] = "VERB";
                continue;
            }
            // "accused Pyongyang of shipping shells": a lexicon verb's -ing form after a preposition, before a phrase, is a
            // gerund ("of training exercises", a noun of the lexicon, stays a noun).
            if (tags[i].equals("NOUN") && lower(i).endsWith("ing") && GERUND_PREPOSITIONS.contains(lower(i - 1)) && nominalStart(i + 1)
                    && !lexicon.verbFrames(lemma(i)).isEmpty() && lexicon.nounFrames(lower(i)).isEmpty()) {
                tags[i] = "VERB";
                continue;
            }
            // "have all pledged", "will both send": a quantifier floated after an auxiliary stands in the verb group, and the
            // auxiliary is no verb of its own.
            if (FLOATED.contains(lower(i)) && i > 0 && i + 1 < tags.length && tags[i + 1].equals("VERB")
                    && (HAVE.contains(lower(i - 1)) || Chunker.MODALS.contains(lower(i - 1)) || BE.contains(lower(i - 1)))) {
                tags[i] = "ADV";
                tags[i - 1] = "AUX";
                continue;
            }
            // "moved to arm Ukraine", "agreed to supply the army": a lexicon verb's bare form after a verb and "to", before an
            // object, is the infinitive; the tagger takes "arm" for a name, or "to" for a preposition.
            // ("a deal to export tanks": after a noun's "to", only before an object.)
            if ((tags[i].equals("NOUN") || tags[i].startsWith("PROPN") || tags[i].equals("VERB")) && lower(i - 1).equals("to")
                    && (tag(i - 2).equals("VERB") || tag(i - 2).equals("NOUN") && !mentionAt(i - 2)) && lower(i).equals(lemma(i))
                    && !lexicon.verbFrames(lemma(i)).isEmpty() && (opensObject(i + 1) || tags[i].equals("VERB") && tag(i - 2).equals("VERB"))) {
                tags[i] = "VERB";
                tags[i - 1] = "PART";
                continue;
            }
            // "the air force flew jets": an irregular past form after a noun is a verb, whatever the tagger said.
            if ((tags[i].equals("NOUN") || tags[i].equals("ADJ")) && i > 0 && Lemmas.isIrregularPast(lower(i)) && nominalEnd(i - 1)
                    && !mentionAt(i)) tags[i] = "VERB";
            // "Chinese-supplied fighters", "US-trained troops": a participle joined to a name by a hyphen modifies a noun.
            // ("Russian-", "made": the tokeniser may keep the hyphen on the name.)
            boolean joined = lower(i - 1).equals("-") && i >= 2 && nominalStart(i - 2) || lower(i - 1).length() > 1 && lower(i - 1).endsWith("-");
            if (tags[i].equals("VERB") && joined && Lemmas.isPast(lower(i)) && i + 1 < tags.length && nominalStart(i + 1)) tags[i] = "ADJ";
            // "Yak-130", "Mi-28": a designation is a name, whatever the tagger made of it.
            if (!tags[i].startsWith("PROPN") && hasDigitAndLetter(tokens.get(i).text()) && Designations.isDesignation(tokens.get(i).text())) {
                tags[i] = "PROPN";
            }
            // "but reports indicate that …": a noun of saying before a verb is the verb's subject, not a verb itself.
            if (tags[i].equals("VERB") && lower(i).endsWith("s") && i + 1 < tags.length && (tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX"))
                    && (!lexicon.nounCues(lemma(i)).isEmpty() || !lexicon.nounFrames(lemma(i)).isEmpty()) && !lower(i + 1).endsWith("ing")) {
                tags[i] = "NOUN";
                continue;
            }
            // "helped train Ukrainian soldiers": a lexicon verb right after "help", "let" or "make" is their bare infinitive.
            if ((tags[i].equals("NOUN") || tags[i].startsWith("PROPN")) && i > 0 && tags[i - 1].equals("VERB")
                    && Syntax.BARE_INFINITIVE_VERBS.contains(lemma(i - 1)) && !lexicon.verbFrames(lemma(i)).isEmpty()) tags[i] = "VERB";
            // "began flying lessons": an -ing form right before a noun that names an event describes it.
            if (tags[i].equals("VERB") && lower(i).endsWith("ing") && i + 1 < tags.length && (tags[i + 1].equals("NOUN") || tags[i + 1].equals("ADJ"))
                    && !lexicon.nounFrames(lemma(i + 1)).isEmpty()) {
                tags[i] = "ADJ";
                tags[i + 1] = "NOUN";
                continue;
            }
            // "would supply equipment and train Maldivian soldiers": a lexicon verb's bare form after "and", before a phrase,
            // goes on from a bare verb before it.
            if (tags[i].equals("NOUN") && i > 1 && (lower(i - 1).equals("and") || lower(i - 1).equals("or")) && lower(i).equals(lemma(i))
                    && !lexicon.verbFrames(lemma(i)).isEmpty() && opensObject(i + 1) && bareVerbBefore(i - 1)) tags[i] = "VERB";
            // "the Israeli military warned residents": a lexicon verb's past form after a noun, before a phrase, is its verb.
            if (tags[i].equals("ADJ") && i > 0 && (tags[i - 1].equals("NOUN") || tags[i - 1].startsWith("PROPN") || mentionAt(i - 1))
                    && Lemmas.isPast(lower(i)) && !lexicon.verbFrames(lemma(i)).isEmpty() && i + 1 < tags.length
                    && (nominalStart(i + 1) || lower(i + 1).equals("that")) && !lower(i - 1).equals("-")) tags[i] = "VERB";
            // "to eastern Congo": a compass adjective is never a verb, and the "to" before it opens a phrase.
            if (COMPASS.contains(lower(i)) && tags[i].equals("VERB")) {
                tags[i] = "ADJ";
                if (i > 0 && lower(i - 1).equals("to") && tags[i - 1].equals("PART")) tags[i - 1] = "ADP";
            }
            // "China today urged": a deictic day the mentions did not date (no document date) is an adverb, not part of a name.
            if (DEICTIC_DAYS.contains(lower(i)) && !tokens.get(i).hasPossessive()) tags[i] = "ADV";
            // "have expressed concern": a past participle after a form of "have" (perhaps past an adverb) is the perfect's verb.
            int aux = i - 1;
            while (aux > 0 && tags[aux].equals("ADV")) aux--;
            if (tags[i].equals("ADJ") && aux >= 0 && aux < i && HAVE.contains(lower(aux)) && Lemmas.isPast(lower(i))) tags[i] = "VERB";
            // "long-range air defence systems": the first word of a hyphenated modifier before a noun is an adjective.
            if (tags[i].equals("ADV") && i + 3 < tags.length && lower(i + 1).equals("-") && nominalStart(i + 3)
                    && Character.isLetter(tokens.get(i + 2).text().charAt(0))) tags[i] = "ADJ";
            // "train alongside Australian troops": a word that is only ever a preposition before a phrase is one.
            if (lower(i).equals("alongside") && tags[i].equals("ADV") && i + 1 < tags.length && nominalStart(i + 1)) tags[i] = "ADP";
            // "a sale to Vietnam worth $2 billion": "worth" before an amount opens a phrase of its own, as a preposition does.
            if (lower(i).equals("worth") && i + 1 < tags.length && (nominalStart(i + 1) || tags[i + 1].equals("SYM") || tags[i + 1].equals("ADV"))) tags[i] = "ADP";
            // "the air force's fleet": a word that carries its possessive is a noun, whatever the tagger said.
            if (tokens.get(i).hasPossessive() && !tags[i].startsWith("PROPN")) tags[i] = "NOUN";
            if (!(tags[i].equals("NOUN") || tags[i].equals("PROPN"))) continue;
            String w = lower(i);
            // ("Russian instructors train Malian soldiers": a bare form agrees with a plural noun before it.)
            boolean pluralBefore = i > 0 && tags[i - 1].equals("NOUN") && !mentionAt(i - 1) && lower(i - 1).endsWith("s") && !lower(i - 1).endsWith("ss");
            boolean verbForm = w.endsWith("s") && !w.endsWith("ss") || Lemmas.isPast(w) || pluralBefore && w.equals(lemma(i));
            if (!verbForm || i == 0 || !lexicon.isVerb(lemma(i)) || !nominalEnd(i - 1)) continue;
            String next = lower(i + 1), nextTag = tag(i + 1);
            // "the fleet consists of Kfir jets": a verb of having with its preposition.
            if (next.equals("to") || next.equals("that") || nextTag.equals("DET") || nextTag.equals("NUM") || mentionAt(i + 1)
                    || Syntax.POSSESSIVES.contains(next) || next.equals("of") && lexicon.inGroup("having-verbs", lemma(i))) {
                tags[i] = "VERB";
            }
        }
    }

    private boolean opensObject(int k) {
        return k < tags.length && (tags[k].equals("DET") || tags[k].equals("ADJ") || tags[k].equals("NUM") || mentionAt(k)
                || Syntax.POSSESSIVES.contains(lower(k)));
    }

    /** Whether token i follows a modal auxiliary, perhaps past "not" or one adverb: "will deploy", "would not send". */
    private boolean afterModal(int i) {
        int k = i - 1;
        if (k > 0 && (tag(k).equals("ADV") || tag(k).equals("PART")) && !Chunker.MODALS.contains(lower(k))) k--;
        return tag(k).equals("AUX") && Chunker.MODALS.contains(lower(k));
    }

    /** Whether a verb in its bare form ("would supply", "to send") stands before token end. */
    private boolean bareVerbBefore(int end) {
        for (int k = 0; k < end; k++) if (tags[k].equals("VERB") && lower(k).equals(lemma(k))) return true;
        return false;
    }

    private static boolean hasDigitAndLetter(String w) {
        boolean digit = false, letter = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return digit && letter;
    }
}
