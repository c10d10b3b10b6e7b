package org.entente.store;

import java.util.Locale;
import org.entente.EntenteException;

/** The serialisations {@code export} writes. */
public enum ExportFormat {
    TURTLE("ttl"), TRIG("trig"), NQUADS("nq"), JSONLD("jsonld");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses a user's format word (turtle, ttl, trig, nquads, nq, jsonld, json-ld). */
    public static ExportFormat parse(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "turtle", "ttl" -> TURTLE;
            case "trig" -> TRIG;
            case "nquads", "nq", "n-quads" -> NQUADS;
            case "jsonld", "json-ld" -> JSONLD;
            default -> throw new EntenteException("Unknown export format '" + word + "': use turtle, trig, nquads or jsonld");
        };
    }

    /** The format a file name's extension asks for, or null. */
    public static ExportFormat forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) if (lower.endsWith("." + f.extension)) return f;
        return lower.endsWith(".json") ? JSONLD : null;
    }
}
