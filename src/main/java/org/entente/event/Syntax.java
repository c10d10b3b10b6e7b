package org.entente.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
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
 * noun phrase. The {@link Chunker}, {@link Participles} and {@link Coordination} passes build it; once
 * built it only answers questions.
 */
final class Syntax {
    static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");
    static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where");
    /** Verbs that take a bare infinitive: "helped train", "let them buy", "made them leave". */
    static final Set<String> BARE_INFINITIVE_VERBS = Set.of("help", "let", "make");
    /** Prepositions that also open clauses ("after Rwandan troops had crossed"). */
    static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "before", "since", "until", "till", "as", "while", "once",
            "because", "when", "whenever", "if", "unless", "though", "although", "whereas");
    /** Nouns of a span of time a verb may spend: "spent six months training". */
    static final Set<String> TIME_UNITS = Set.of("hour", "day", "week", "month", "year", "time");
    private static final Set<String> BREAKS = Set.of(";", ":", "(", ")", "|", "--", "—", "–", "[", "]");

    final Sentence sentence;
    final SentenceMentions mentions;
    final List<Phrase> phrases;
    final List<VerbGroup> verbs;
    private final List<Token> tokens;
    private final Mention[] mentionAt;
    private final String[] tags;
    private final int[] phraseAt, verbAt, listOf, quoteOf;
    /** Whether each token bounds a clause; asked at every step of every search, so worked out once. */
    private final boolean[] barriers;

    private Syntax(SentenceMentions sm, Mention[] mentionAt, Chunker.Chunks chunks, List<VerbGroup> verbs, int[] listOf, int[] quoteOf,
                   boolean[] barriers) {
        this.sentence = sm.sentence();
        this.mentions = sm;
        this.tokens = sentence.tokens();
        this.mentionAt = mentionAt;
        this.tags = chunks.tags();
        this.phrases = chunks.phrases();
        this.phraseAt = chunks.phraseAt();
        this.verbAt = chunks.verbAt();
        this.verbs = verbs;
        this.listOf = listOf;
        this.quoteOf = quoteOf;
        this.barriers = barriers;
    }

    /** The phrase structure of a tagged sentence. */
    static Syntax of(SentenceMentions sm, Lexicon lexicon) {
        List<Token> tokens = sm.sentence().tokens();
        int n = tokens.size();
        Mention[] mentionAt = new Mention[n];
        for (Mention m : sm.mentions()) for (int k = m.first(); k < m.last() && k < n; k++) mentionAt[k] = m;
        Chunker.Chunks chunks = Chunker.of(tokens, mentionAt, lexicon);
        int[] quoteOf = quotes(tokens);
        boolean[] barriers = barriers(tokens, chunks.tags());
        // Each pass reads what the one before it finished: phrases and verb groups, then participles, then lists.
        int[] alone = IntStream.range(0, chunks.phrases().size()).toArray();
        Syntax chunked = new Syntax(sm, mentionAt, chunks, chunks.verbs(), alone, quoteOf, barriers);
        Syntax marked = new Syntax(sm, mentionAt, chunks, Participles.mark(chunked), alone, quoteOf, barriers);
        return new Syntax(sm, mentionAt, chunks, marked.verbs, Coordination.lists(marked, lexicon), quoteOf, barriers);
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

    /** The phrase right after p that the preposition governs ("tanks from Germany", "a brigade of soldiers"), or null. */
    Phrase after(Phrase p, String prep) {
        Phrase next = phraseAt(p.last() + 1);
        return next != null && next.governed() && lower(next.prep()).equals(prep) ? next : null;
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
        for (int k = first; k < phrases.size(); k++) {
            if (listOf[k] == first) out.add(phrases.get(k));
            // (past what an item comes with: "Bradleys with TOW missiles, and Humvees")
            else if (k + 1 >= phrases.size() || listOf[k + 1] != first) break;
        }
        return out;
    }

    /** A token that bounds a clause: a subordinator, a relative pronoun, a semicolon or colon, a bracket or a quote. */
    boolean barrier(int i) {
        return i >= 0 && i < barriers.length && barriers[i];
    }

    /** Which tokens bound a clause, given the mended tags; the same for every pass over the sentence. */
    private static boolean[] barriers(List<Token> tokens, String[] tags) {
        boolean[] out = new boolean[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            String w = tokens.get(i).lower();
            boolean det = tags[i].equals("DET");
            out[i] = BREAKS.contains(w) || quoteMark(w) || RELATIVES.contains(w) && !det || w.equals("that") && !det
                    || tags[i].equals("SCONJ") && !w.equals("as");
        }
        return out;
    }

    /** A relative pronoun at i ("which", "who", "that" after a noun). */
    boolean relative(int i) {
        String w = lower(i);
        if (RELATIVES.contains(w) && !w.equals("where")) return true;
        return w.equals("that") && tag(i).equals("PRON") && phraseAt(i - 1) != null;
    }

    boolean quoteMark(int i) {
        return quoteMark(lower(i));
    }

    /** A quotation mark as the tokenizer writes one: straight, or doubled backticks and apostrophes. */
    static boolean quoteMark(String w) {
        return w.equals("\"") || w.equals("'") || w.equals("``") || w.equals("''");
    }

    /** The quotation token i is in (0, 1, ...), or -1. */
    int quote(int i) {
        return i >= 0 && i < quoteOf.length ? quoteOf[i] : -1;
    }

    boolean past(int i) {
        return Lemmas.isPast(lower(i));
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

    /** Whether a phrase names a date ("on 12 May", "last year"). */
    boolean date(Phrase p) {
        Mention m = mention(p.head());
        if (m != null && m.kind() == Mention.Kind.DATE) return true;
        // "joined the accord a month later", "two weeks ago": a span of time counted from another is when, not what.
        String after = lower(p.last());
        return Chunker.TIME_UNITS.contains(lower(p.head())) && (after.equals("later") || after.equals("ago") || after.equals("earlier"));
    }

    /** A possessor phrase ("Germany" of "Germany's delivery") is not a clause's subject. */
    boolean ownedByNext(Phrase p) {
        Phrase next = phraseAt(p.last() + (lower(p.last()).equals("'s") ? 1 : 0));
        return next != null && next.possessor() == p.index();
    }

    // ---- building -------------------------------------------------------------------------------

    /** Marks quotations: between a double quote and the next, or single quotes standing alone. */
    private static int[] quotes(List<Token> tokens) {
        int[] quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        int open = -1, count = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (quoteMark(tokens.get(k).lower())) {
                if (open < 0) open = count++;
                else open = -1;
                continue;
            }
            quoteOf[k] = open;
        }
        // An opening quote never closed in this sentence runs to its end (a quote over several sentences).
        return quoteOf;
    }
}
