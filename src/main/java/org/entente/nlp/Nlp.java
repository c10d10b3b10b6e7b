package org.entente.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.entente.EntenteException;

/**
 * The language pipeline on Apache OpenNLP's Universal Dependencies English models (from Maven
 * Central): sentences, tokens and part-of-speech tags (UPOS). Models are loaded once; the
 * tools are thread-safe wrappers with one tagger per thread, so one instance serves all
 * worker threads. Lemmas come from {@link Lemmas}, rules and a small dictionary rather than
 * the statistical lemmatiser, which alone costs ten times the rest of the pipeline.
 */
public final class Nlp implements AutoCloseable {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokens;
    private final ThreadSafePOSTaggerME tagger;

    /** Loads the three models from the classpath (about 1.5 MB; well under a second). */
    public Nlp() {
        try {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(model(SENTENCE_MODEL)));
            tokens = new ThreadSafeTokenizerME(new TokenizerModel(model(TOKEN_MODEL)));
            tagger = new ThreadSafePOSTaggerME(new POSModel(model(POS_MODEL)));
        } catch (IOException e) {
            throw new EntenteException("Cannot load the OpenNLP English models: " + e.getMessage(), e);
        }
    }

    private static InputStream model(String name) {
        InputStream in = Nlp.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new EntenteException("OpenNLP model " + name + " is not on the classpath (opennlp-models-*-en 1.3.0)");
        return in;
    }

    /** Sentence spans of a text. */
    public Span[] sentences(String text) {
        return sentences.sentPosDetect(text);
    }

    /** Token spans of one sentence, relative to the sentence. */
    public Span[] tokens(String sentence) {
        return tokens.tokenizePos(sentence);
    }

    /** UPOS tags of tokens. */
    public String[] tags(String[] tokenTexts) {
        return tagger.tag(tokenTexts);
    }

    @Override
    public void close() {
        sentences.close();
        tokens.close();
        tagger.close();
    }
}
