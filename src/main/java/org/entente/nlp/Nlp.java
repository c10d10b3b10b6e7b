package org.entente.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import org.entente.EntenteException;

/**
 * The language pipeline on Apache OpenNLP's Universal Dependencies English models (from Maven
 * Central): sentences, tokens and part-of-speech tags (UPOS). Models are loaded once; the
 * tools are thread-safe wrappers with one tagger per thread, so one instance serves all
 * worker threads. Lemmas come from {@link Lemmas}, rules and a small dictionary rather than
 * the statistical lemmatiser, which alone costs ten times the rest of the pipeline.
 */
public final class Nlp implements AutoCloseable {
    /** Classpath names of the OpenNLP models (from {@code opennlp-models-*-en} 1.3.0). */
    public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /**
     * Tag sequences the tagger keeps while it reads a sentence. The model's own setting is 3; on
     * this model one (the best tag at each token) gives the same tags on news text (not one of
     * 23,800 tokens of the bundled and real articles differs) in a little over half the time.
     */
    private static final int TAGGER_BEAM = 1;
    /** The tagging model's maximum-entropy classifier inside the model file. */
    private static final String POS_ARTIFACT = "pos.model";
    /** Words whose splits each thread remembers; the memo starts afresh when full. */
    private static final int WORD_MEMO = 50_000;
    /** Past this length a run of non-blanks is one token: no word of prose is longer. */
    static final int LONGEST_WORD = 100;
    /** Past this many characters a sentence is cut (news sentences run to a few hundred). */
    static final int LONGEST_SENTENCE = 2_000;

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokens;
    private final ThreadSafePOSTaggerME tagger;
    /** Per thread: a whitespace-separated word → its token spans, as start/end pairs relative to the word. */
    private final ThreadLocal<Map<String, int[]>> splits = ThreadLocal.withInitial(HashMap::new);

    /** Loads the three models from the classpath (about 1.5 MB; well under a second). */
    public Nlp() {
        try {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(model(SENTENCE_MODEL)));
            tokens = new ThreadSafeTokenizerME(new TokenizerModel(model(TOKEN_MODEL)));
            tagger = new ThreadSafePOSTaggerME(withBeam(new POSModel(model(POS_MODEL)), TAGGER_BEAM));
        } catch (IOException e) {
            throw new EntenteException("Cannot load the OpenNLP English models: " + e.getMessage(), e);
        }
    }

    /** The same tagging model, searching for the best tag sequence with a beam of this many. */
    private static POSModel withBeam(POSModel model, int beam) {
        MaxentModel maxent = model.getArtifact(POS_ARTIFACT);
        return new POSModel(model.getLanguage(), maxent, beam, null, model.getFactory());
    }

    /**
     * Opens one of the model resources.
     *
     * @throws EntenteException when it is not on the classpath
     */
    public static InputStream model(String name) {
        InputStream in = Nlp.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new EntenteException("OpenNLP model " + name + " is not on the classpath (opennlp-models-*-en 1.3.0)");
        return in;
    }

    /**
     * Sentence spans of a text. The model ends sentences after some abbreviations that never end
     * one ("Maj. Gen. Pat Ryder", "on Oct. 1"), so such a split is undone.
     */
    public Span[] sentences(String text) {
        Span[] found = sentences.sentPosDetect(withoutEndsInLongRuns(text));
        List<Span> out = new ArrayList<>(found.length);
        for (Span s : found) {
            Span previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && continuesAfter(text, previous, s)) out.set(out.size() - 1, new Span(previous.getStart(), s.getEnd()));
            else out.add(s);
        }
        return cutLongSentences(text, out).toArray(new Span[0]);
    }

    /**
     * The text with every '.', '!' and '?' inside a run of non-blanks longer than any word made
     * a letter (same length, so offsets hold). The sentence model looks at the whole run around
     * each such character, so a long run full of them costs the square of its length; no
     * sentence ends inside one anyway.
     */
    static String withoutEndsInLongRuns(String text) {
        char[] chars = null;
        int n = text.length(), i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < n && !StringUtil.isWhitespace(text.charAt(i))) i++;
            if (i - start <= LONGEST_WORD) continue;
            if (chars == null) chars = text.toCharArray();
            // The run's last character may still end a sentence: "… at https://example.org/a/long/path."
            for (int k = start; k < i - 1; k++) {
                if (chars[k] == '.' || chars[k] == '!' || chars[k] == '?') chars[k] = 'x';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Sentences longer than any of prose, cut at a blank before the limit: every later step reads one sentence at a time. */
    static List<Span> cutLongSentences(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>(sentences.size());
        for (Span s : sentences) {
            int start = s.getStart();
            while (s.getEnd() - start > LONGEST_SENTENCE) {
                int cut = start + LONGEST_SENTENCE;
                while (cut > start && !StringUtil.isWhitespace(text.charAt(cut))) cut--;
                if (cut == start) cut = start + LONGEST_SENTENCE;
                out.add(new Span(start, cut));
                start = cut;
                while (start < s.getEnd() && StringUtil.isWhitespace(text.charAt(start))) start++;
            }
            if (start < s.getEnd()) out.add(new Span(start, s.getEnd()));
        }
        return out;
    }

    /** Titles and ranks written before a name. */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "maj.", "lt.",
            "col.", "capt.", "cmdr.", "adm.", "brig.", "sgt.", "cpl.", "pvt.", "sen.", "rep.", "gov.", "amb.", "rev.", "hon.", "pres.");
    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
            "sept.", "oct.", "nov.", "dec.");

    /** Abbreviated names of states and unions, written before a title or a name ("U.S. Secretary of State X"). */
    private static final Set<String> NAME_ABBREVIATIONS = Set.of("u.s.", "u.k.", "u.n.", "e.u.", "u.a.e.");
    /** Words that open a sentence and never follow "U.S." inside one. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "his",
            "her", "their", "this", "that", "these", "those", "there", "in", "on", "at", "but", "and", "or", "so", "yet",
            "after", "before", "since", "while", "when", "as", "if", "for", "with", "by", "from", "meanwhile", "however",
            "earlier", "later", "last", "next", "some", "many", "both", "neither", "no", "not", "under", "during");

    private static boolean continuesAfter(String text, Span previous, Span next) {
        String before = text.substring(previous.getStart(), previous.getEnd());
        int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
        String lastWord = before.substring(space + 1).toLowerCase(Locale.ROOT);
        if (TITLE_ABBREVIATIONS.contains(lastWord)) return true;
        // "made by U.S. Secretary of State Marco Rubio": the model ends a sentence after "U.S."; a capitalised word after it
        // that no sentence opens with ("The", "It") goes on with it, as does one in the same line.
        if (NAME_ABBREVIATIONS.contains(lastWord) && next.getEnd() > next.getStart()) {
            String gap = text.substring(previous.getEnd(), next.getStart());
            String first = text.substring(next.getStart(), next.getEnd()).split("[\\s,;:]", 2)[0].toLowerCase(Locale.ROOT);
            return !gap.contains("\n") && Character.isUpperCase(text.charAt(next.getStart())) && !OPENERS.contains(first);
        }
        return MONTH_ABBREVIATIONS.contains(lastWord) && next.getEnd() > next.getStart() && Character.isDigit(text.charAt(next.getStart()));
    }

    /**
     * Token spans of one sentence, relative to the sentence: exactly those of OpenNLP's
     * {@code TokenizerME}, computed once per distinct word. The tokenizer splits the sentence at
     * whitespace and then asks its model about each position inside each word, looking at that
     * word only; so a word always splits the same way, and the splits are remembered per thread
     * instead of being evaluated again (most words of news text recur).
     */
    public Span[] tokens(String sentence) {
        Map<String, int[]> memo = splits.get();
        List<Span> out = new ArrayList<>();
        int n = sentence.length(), i = 0;
        while (i < n) {
            // The same whitespace as OpenNLP's WhitespaceTokenizer (new lines are whitespace).
            while (i < n && StringUtil.isWhitespace(sentence.charAt(i))) i++;
            if (i == n) break;
            int start = i;
            while (i < n && !StringUtil.isWhitespace(sentence.charAt(i))) i++;
            // One character needs no model; nor does a run longer than any word (a URL, a hash,
            // garbage), on which the model's cost grows with the square of the length.
            if (i - start < 2 || i - start > LONGEST_WORD) {
                out.add(new Span(start, i));
                continue;
            }
            String word = sentence.substring(start, i);
            int[] cuts = memo.get(word);
            if (cuts == null) {
                Span[] parts = tokens.tokenizePos(word);
                cuts = new int[parts.length * 2];
                for (int k = 0; k < parts.length; k++) {
                    cuts[2 * k] = parts[k].getStart();
                    cuts[2 * k + 1] = parts[k].getEnd();
                }
                if (memo.size() >= WORD_MEMO) memo.clear();
                memo.put(word, cuts);
            }
            for (int k = 0; k < cuts.length; k += 2) out.add(new Span(start + cuts[k], start + cuts[k + 1]));
        }
        return out.toArray(new Span[0]);
    }

    /** UPOS tags of tokens. */
    public String[] tags(String[] tokenTexts) {
        return tagger.tag(tokenTexts);
    }

    @Override
    public void close() {
        splits.remove();
        sentences.close();
        tokens.close();
        tagger.close();
    }
}
