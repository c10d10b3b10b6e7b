package org.entente.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.entente.document.Document;
import org.entente.nlp.Nlp;

/**
 * The bare OpenNLP pipeline Entente is compared with: sentence detection, tokenisation and
 * part-of-speech tagging of every sentence with OpenNLP's own thread-safe tools and the same
 * models, no lemmatiser, no extraction, no RDF, no store (and none of Entente's own shortcuts,
 * such as remembering how words split). It is given each document's text as Entente's readers
 * produce it, so reading files and parsing HTML or Markdown are not part of its time. Each pass
 * is timed on the clock and in process CPU time, as {@link IngestBench} times ingestion.
 */
final class BarePipeline implements AutoCloseable {
    /** One timed pass. */
    record Run(double seconds, double cpuSeconds, long sentences, long tokens) {}

    private final ThreadSafeSentenceDetectorME sentencer;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    BarePipeline() {
        try {
            sentencer = new ThreadSafeSentenceDetectorME(new SentenceModel(Nlp.model(Nlp.SENTENCE_MODEL)));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(Nlp.model(Nlp.TOKEN_MODEL)));
            tagger = new ThreadSafePOSTaggerME(new POSModel(Nlp.model(Nlp.POS_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sentencer.close();
        tokenizer.close();
        tagger.close();
    }

    Run once(List<Document> docs, int threads) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong sentences = new AtomicLong(), tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Stopwatch clock = new Stopwatch();
            List<Future<?>> jobs = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    long s = 0, k = 0;
                    for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                        String text = docs.get(i).text();
                        for (Span span : sentencer.sentPosDetect(text)) {
                            String sentence = text.substring(span.getStart(), span.getEnd());
                            String[] words = tokenizer.tokenize(sentence);
                            k += tagger.tag(words).length;
                            s++;
                        }
                    }
                    sentences.addAndGet(s);
                    tokens.addAndGet(k);
                }));
            }
            for (Future<?> f : jobs) f.get();
            return new Run(clock.seconds(), clock.cpuSeconds(), sentences.get(), tokens.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bare pipeline failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
