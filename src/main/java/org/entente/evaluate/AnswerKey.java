package org.entente.evaluate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.entente.EntenteException;

/**
 * A hand-made answer key ({@code NAME.gold.json}): the names each entity may go by, and the
 * rows each question should return for one document. The format is that of
 * {@code shared/examples/seed-article.gold.json}.
 *
 * @param file      where the key was read from, for messages
 * @param published the document's publication date when the key gives a full date, else null
 * @param names     entity key → its accepted names, normalised as {@link Column#normalise}
 * @param rows      the rows each question should return, in key order
 */
record AnswerKey(String file, LocalDate published, Map<String, Set<String>> names, Map<Question, List<Row>> rows) {

    /**
     * One row of an answer key.
     *
     * @param question the question it answers
     * @param number   its position in the key's list, from 1
     * @param optional true when it is neither needed for recall nor counted against precision
     * @param expected field → accepted values (entity keys for entity fields); an empty list
     *                 expects the column unbound; a field left out is not compared
     * @param display  the row as one line, for reports
     */
    record Row(Question question, int number, boolean optional, Map<String, List<String>> expected, String display) {
        Row {
            expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
        }
    }

    AnswerKey {
        names = Collections.unmodifiableMap(new TreeMap<>(names));
        EnumMap<Question, List<Row>> copy = new EnumMap<>(Question.class);
        for (Question q : Question.values()) copy.put(q, List.copyOf(rows.getOrDefault(q, List.of())));
        rows = Collections.unmodifiableMap(copy);
    }

    /** Top-level fields that are read but not scored. */
    private static final Set<String> INFORMATIONAL = Set.of("document", "published", "title", "source", "names",
            "not_answers", "format", "note", "notes", "comment");
    /** Row fields that are never compared. */
    private static final Set<String> ROW_NOTES = Set.of("note", "notes", "optional");

    /** The rows a question should return. */
    List<Row> rows(Question q) {
        return rows.get(q);
    }

    /**
     * Reads and checks an answer key.
     *
     * @throws EntenteException with one line naming the file and what is wrong in it
     */
    static AnswerKey read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EntenteException(file + ": cannot read answer key: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /** Parses an answer key's text; {@code file} names it in messages. */
    static AnswerKey parse(String file, String text) {
        JsonValue root;
        try {
            root = JSON.parseAny(text);
        } catch (JsonException e) {
            throw bad(file, "not valid JSON: " + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            // Jena's JSON parser fails this way on some truncated input.
            throw bad(file, "not valid JSON: unexpected end of input or token");
        }
        if (!root.isObject()) throw bad(file, "an answer key is a JSON object");
        JsonObject o = root.getAsObject();
        for (String field : o.keys()) {
            if (!INFORMATIONAL.contains(field) && fieldQuestion(field) == null) {
                throw bad(file, "unknown field '" + field + "'; the question fields are "
                        + java.util.Arrays.stream(Question.values()).map(Question::keyField).collect(Collectors.joining(", ")));
            }
        }
        Map<String, Set<String>> names = names(file, o.get("names"));
        Map<Question, List<Row>> rows = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            JsonValue list = o.get(q.keyField());
            if (list == null || list.isNull()) continue;
            if (!list.isArray()) throw bad(file, q.keyField() + " must be a list of rows");
            List<Row> parsed = new ArrayList<>();
            for (JsonValue v : list.getAsArray()) parsed.add(row(file, q, parsed.size() + 1, v, names));
            rows.put(q, parsed);
        }
        return new AnswerKey(file, published(file, o.get("published")), names, rows);
    }

    private static Question fieldQuestion(String field) {
        for (Question q : Question.values()) if (q.keyField().equals(field)) return q;
        return null;
    }

    private static Map<String, Set<String>> names(String file, JsonValue v) {
        Map<String, Set<String>> names = new TreeMap<>();
        if (v == null || v.isNull()) return names;
        if (!v.isObject()) throw bad(file, "names must map each entity key to a list of names");
        v.getAsObject().forEach((entity, list) -> {
            List<String> given = strings(file, "names." + entity, list);
            if (given.isEmpty()) throw bad(file, "names." + entity + " is empty");
            Set<String> normalised = new LinkedHashSet<>();
            for (String n : given) normalised.add(Column.normalise(n));
            names.put(entity, normalised);
        });
        return names;
    }

    private static LocalDate published(String file, JsonValue v) {
        if (v == null || v.isNull()) return null;
        String s = v.isString() ? v.getAsString().value().trim() : "";
        if (s.matches("\\d{4}(-\\d{2})?")) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw bad(file, "published '" + v + "' is not a date like 2024-10-25");
        }
    }

    private static Row row(String file, Question q, int number, JsonValue v, Map<String, Set<String>> names) {
        String where = q.keyField() + " row " + number;
        if (!v.isObject()) throw bad(file, where + " is not an object");
        JsonObject o = v.getAsObject();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Column c : q.columns()) {
            JsonValue field = o.get(c.field());
            if (field == null) {
                if (q.matchOn().contains(c)) {
                    throw bad(file, where + " has no '" + c.field() + "' (" + q.queryName() + " rows match on "
                            + q.matchOn().stream().map(Column::field).collect(Collectors.joining(", "))
                            + "; write null to expect none)");
                }
                if (c.absentMeansUnbound()) expected.put(c.field(), List.of());
                continue;
            }
            expected.put(c.field(), values(file, where, c, field, names));
        }
        JsonValue optional = o.get("optional");
        if (optional != null && !optional.isBoolean()) throw bad(file, where + ": optional must be true or false");
        boolean isOptional = optional != null && optional.getAsBoolean().value();
        return new Row(q, number, isOptional, expected, display(o));
    }

    private static List<String> values(String file, String where, Column c, JsonValue field, Map<String, Set<String>> names) {
        if (field.isNull()) return List.of();
        String at = where + "." + c.field();
        List<String> out = new ArrayList<>();
        if (c.kind() == Column.Kind.INTEGER) {
            for (JsonValue n : field.isArray() ? field.getAsArray() : List.of(field)) {
                if (!n.isNumber() || !integral(n.getAsNumber().value())) throw bad(file, at + " must be a whole number, a list of them, or null");
                out.add(new BigDecimal(n.getAsNumber().value().toString()).toBigInteger().toString());
            }
        } else {
            for (String s : strings(file, at, field)) {
                check(file, at, c, s, names);
                out.add(c.keyValue(s));
            }
        }
        if (out.isEmpty()) throw bad(file, at + " is an empty list; write null to expect none");
        return out;
    }

    private static void check(String file, String at, Column c, String s, Map<String, Set<String>> names) {
        switch (c.kind()) {
            case ENTITY -> {
                if (!names.containsKey(s)) throw bad(file, at + " '" + s + "' has no entry in names");
            }
            case WORD -> {
                if (!c.vocabulary().contains(s)) {
                    throw bad(file, at + " '" + s + "' is not one of " + String.join(", ", new java.util.TreeSet<>(c.vocabulary())));
                }
            }
            case DATE -> {
                if (!s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) throw bad(file, at + " '" + s + "' is not a date like 2024, 2024-06 or 2024-06-19");
            }
            default -> {
                if (s.isBlank()) throw bad(file, at + " is blank");
            }
        }
    }

    private static boolean integral(Number n) {
        try {
            return new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> strings(String file, String at, JsonValue v) {
        List<String> out = new ArrayList<>();
        for (JsonValue s : v.isArray() ? v.getAsArray() : List.of(v)) {
            if (!s.isString()) throw bad(file, at + " must be a string or a list of strings");
            out.add(s.getAsString().value());
        }
        return out;
    }

    /** A key row as one line: its fields in key order, lists joined with '|', notes left out. */
    private static String display(JsonObject o) {
        StringBuilder b = new StringBuilder();
        o.forEach((name, v) -> {
            if (ROW_NOTES.contains(name)) return;
            List<String> parts = new ArrayList<>();
            for (JsonValue x : v.isArray() ? v.getAsArray() : List.of(v)) {
                parts.add(x.isString() ? x.getAsString().value() : x.isNumber() ? x.getAsNumber().value().toString() : String.valueOf(x).trim());
            }
            if (b.length() > 0) b.append(' ');
            b.append(name).append('=').append(Scorer.quote(String.join("|", parts)));
        });
        return b.toString();
    }

    private static EntenteException bad(String file, String what) {
        return new EntenteException(file + ": " + what);
    }

    private static String oneLine(String s) {
        return s == null ? "syntax error" : s.replace('\n', ' ').trim();
    }
}
