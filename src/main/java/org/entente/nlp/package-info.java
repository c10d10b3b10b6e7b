/**
 * The language stage: sentences, tokens, part-of-speech tags and lemmas, on Apache OpenNLP's
 * Universal Dependencies English models.
 *
 * <p>Library API: {@link org.entente.nlp.Nlp}, the loaded models, to create once and pass to
 * {@link org.entente.ingest.TextDocuments}; {@link org.entente.nlp.Sentence} and
 * {@link org.entente.nlp.Token}, an event's evidence. Stage types: {@link org.entente.nlp.Analyzer},
 * {@link org.entente.nlp.Lemmas}, {@link org.entente.nlp.TextNorm}.
 */
package org.entente.nlp;
