package org.entente.bench;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import opennlp.tools.util.Span;
import org.entente.document.Document;
import org.entente.nlp.Nlp;

/**
 * The bare OpenNLP pipeline Entente is compared with: sentence detection, tokenisation and
 * part-of-speech tagging of every sentence with the same models, no lemmatiser, no
 * extraction, no RDF, no store. It is given each document's text as Entente's readers produce
 * it, so reading files and parsing HTML or Markdown are not part of its time.
 */
final class BarePipeline {
    /** One timed pass. */
    record Run(double seconds, long sentences, long tokens) {}

    private final Nlp nlp;

    BarePipeline(Nlp nlp) {
        this.nlp = nlp;
    }

    Run once(List<Document> docs, int threads) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong sentences = new AtomicLong(), tokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> jobs = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    long s = 0, k = 0;
                    for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                        String text = docs.get(i).text();
                        for (Span span : nlp.sentences(text)) {
                            String sentence = text.substring(span.getStart(), span.getEnd());
                            Span[] ts = nlp.tokens(sentence);
                            String[] words = new String[ts.length];
                            for (int w = 0; w < ts.length; w++) words[w] = sentence.substring(ts[w].getStart(), ts[w].getEnd());
                            k += nlp.tags(words).length;
                            s++;
                        }
                    }
                    sentences.addAndGet(s);
                    tokens.addAndGet(k);
                }));
            }
            for (Future<?> f : jobs) f.get();
            return new Run((System.nanoTime() - t0) / 1e9, sentences.get(), tokens.get());
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
