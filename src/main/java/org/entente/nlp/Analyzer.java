package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.entente.ReadingBudget;
import org.entente.document.Document;

/**
 * Splits a document into sentences (never across blocks) and tokens, and tags the sentences
 * that may carry an event. Thread-safe: it holds only the shared {@link Nlp}.
 */
public final class Analyzer {
    private final Nlp nlp;

    public Analyzer(Nlp nlp) {
        this.nlp = nlp;
    }

    /**
     * @param worthTagging decides from a sentence's lower-cased, normalised tokens whether it is
     *                     worth tagging; untagged sentences get "" tags
     */
    public List<Sentence> analyze(Document doc, Predicate<List<String>> worthTagging) {
        List<Sentence> out = new ArrayList<>();
        String text = doc.text();
        for (int b = 0; b < doc.blocks().size(); b++) {
            Document.Block block = doc.blocks().get(b);
            // Sentence detection and tokens run on normalised text: the models split "Korea's"
            // but not "Korea’s". Normalisation keeps lengths, so offsets hold.
            String blockText = normalize(text.substring(block.begin(), block.end()));
            for (Span s : nlp.sentences(blockText)) {
                ReadingBudget.check();
                int sb = block.begin() + s.getStart(), se = block.begin() + s.getEnd();
                boolean headline = block.kind() == Document.BlockKind.TITLE || block.kind() == Document.BlockKind.HEADING;
                out.add(sentence(out.size(), b, headline, text, sb, se, blockText.substring(s.getStart(), s.getEnd()), worthTagging));
            }
        }
        return out;
    }

    private Sentence sentence(int index, int block, boolean headline, String text, int begin, int end, String normalized,
                              Predicate<List<String>> worthTagging) {
        Span[] spans = nlp.tokens(normalized);
        String[] words = new String[spans.length];
        List<String> lower = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            words[i] = normalized.substring(spans[i].getStart(), spans[i].getEnd());
            lower.add(words[i].toLowerCase(Locale.ROOT));
        }
        String[] tags = worthTagging.test(lower) ? nlp.tags(words) : null;
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            int tb = begin + spans[i].getStart(), te = begin + spans[i].getEnd();
            tokens.add(new Token(text.substring(tb, te), lower.get(i), Lemmas.lemma(lower.get(i)), tags == null ? "" : tags[i], tb, te));
        }
        return new Sentence(index, block, begin, end, text.substring(begin, end), tokens, headline);
    }

    /** The same-length normalisation the mention matcher uses. */
    static String normalize(String s) {
        return TextNorm.normalize(s);
    }
}
