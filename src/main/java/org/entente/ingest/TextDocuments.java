package org.entente.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.entente.EntenteException;
import org.entente.rdf.DocumentGraph;

/** The text pipeline: read a document, find its mentions and events, emit its graph. */
public final class TextDocuments {
    /** A document's graph and the number of sentences read. */
    public record Result(DocumentGraph document, long sentences) {}

    static boolean accepts(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".html") || n.endsWith(".htm");
    }

    Result read(Path file, String sourceKey, LocalDate defaultDate) {
        throw new EntenteException("text ingestion is not built yet");
    }
}
