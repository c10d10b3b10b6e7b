package org.entente.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where ingestion time goes: nanoseconds summed per pipeline stage over every document and
 * thread, and the number of documents timed. Optional: pass one to {@link TextDocuments} and
 * {@link Ingestor} to measure; without one nothing is timed. Adding costs two clock reads per
 * stage and document. Thread-safe.
 */
public final class StageTimes {
    /** The stages of the text pipeline, in order, then the store write. */
    public enum Stage {
        /** Reading the file and parsing its format (Markdown, text, HTML) into blocks. */
        READ,
        /** Sentences, tokens and (on sentences that may carry an event) part-of-speech tags. */
        NLP,
        /** Matching and linking names, posts, weapon words, numbers and dates. */
        MENTIONS,
        /** Reading events with their stage, factuality and attribution. */
        EVENTS,
        /** Emitting the document's RDF graph. */
        RDF,
        /** Writing the graph to the store in its own transaction. */
        STORE
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder documents = new LongAdder();

    public StageTimes() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    /** Adds time spent in a stage. */
    public void add(Stage stage, long nanoseconds) {
        nanos.get(stage).add(nanoseconds);
    }

    /** Counts one more document through the text pipeline. */
    void document() {
        documents.increment();
    }

    /** Nanoseconds summed over every thread for a stage. */
    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    /** Documents that went through the text pipeline while timed. */
    public long documents() {
        return documents.sum();
    }

    /** Clears all sums, to time another run with the same pipeline. */
    public void reset() {
        nanos.values().forEach(LongAdder::reset);
        documents.reset();
    }
}
