package org.entente.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.entente.Bundled;
import org.entente.EntenteException;

/**
 * The named questions: one SPARQL file per question in {@code queries/}, bundled in the jar.
 * Each opens with a comment giving the question, its parameters and an example.
 */
public final class QueryCatalogue {
    /** The questions CONTRACT.md fixes, in its order. */
    public static final java.util.List<String> CONTRACT = java.util.List.of(
            "officials", "deployments", "arms-transfers", "treaties", "statements", "training", "provenance");

    private final Map<String, String> queries;

    private QueryCatalogue(Map<String, String> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** The questions bundled with this build. */
    public static QueryCatalogue bundled() {
        Map<String, String> found = new TreeMap<>();
        for (Bundled.Resource r : Bundled.list("queries", ".rq")) {
            found.put(r.name().substring(0, r.name().length() - 3), new String(r.bytes(), StandardCharsets.UTF_8));
        }
        return new QueryCatalogue(found);
    }

    /** Question names, sorted. */
    public java.util.Set<String> names() {
        return queries.keySet();
    }

    /**
     * The text of a named question, or of a {@code .rq} file when given a path.
     *
     * @throws EntenteException naming the question and the known names when it is unknown
     */
    public String get(String nameOrPath) {
        String text = queries.get(nameOrPath);
        if (text != null) return text;
        Path path = Path.of(nameOrPath);
        if (nameOrPath.endsWith(".rq") || Files.exists(path)) {
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EntenteException(nameOrPath + ": cannot read query file: " + e.getMessage(), e);
            }
        }
        throw new EntenteException("No question named '" + nameOrPath + "'; known: " + String.join(", ", queries.keySet()));
    }

    /** The header comment's first line (the question), for listings. */
    public String summary(String name) {
        for (String line : get(name).split("\n")) {
            if (line.startsWith("# Question:")) return line.substring("# Question:".length()).trim();
        }
        return "";
    }

    /** Every question with its text, in name order. */
    public Map<String, String> all() {
        return new LinkedHashMap<>(queries);
    }
}
