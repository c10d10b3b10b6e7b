package org.entente.evaluate;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One scored column of a question: the answer-key field it reads, the result variable it
 * compares, and how values are compared.
 *
 * @param field      the field of an answer-key row ({@code sender})
 * @param variable   the result variable compared ({@code senderLabel} for an entity)
 * @param kind       how values compare
 * @param vocabulary the accepted words for a {@link Kind#WORD} column, else empty
 */
record Column(String field, String variable, Kind kind, Set<String> vocabulary) {
    /** How a column's values compare. */
    enum Kind {
        /** The row's label, normalised, is one of the key's names for the entity. */
        ENTITY,
        /** A word, or an IRI whose local name is the word. */
        WORD,
        /** Free words compared whole after normalisation (a role: "vice foreign minister"). */
        PHRASE,
        /** A date's lexical form, its datatype dropped ("2024-06"). */
        DATE,
        /** A number compared as a number (3000 = "3000"^^xsd:integer). */
        INTEGER,
        /** Free text compared loosely: at least half of the key's content words appear in the row. */
        LOOSE_TEXT
    }

    Column {
        vocabulary = Set.copyOf(vocabulary);
    }

    static Column entity(String field) {
        return new Column(field, field + "Label", Kind.ENTITY, Set.of());
    }

    static Column word(String field, Set<String> vocabulary) {
        return new Column(field, field, Kind.WORD, vocabulary);
    }

    static Column phrase(String field) {
        return new Column(field, field, Kind.PHRASE, Set.of());
    }

    static Column date(String field) {
        return new Column(field, field, Kind.DATE, Set.of());
    }

    static Column integer(String field) {
        return new Column(field, field, Kind.INTEGER, Set.of());
    }

    static Column looseText(String field, String variable) {
        return new Column(field, variable, Kind.LOOSE_TEXT, Set.of());
    }

    /**
     * Whether a key row that leaves this field out expects the column unbound: true for the
     * values CONTRACT.md gives only "when the text gives" them (troops, signed).
     */
    boolean absentMeansUnbound() {
        return kind == Kind.INTEGER || kind == Kind.DATE;
    }

    /**
     * Whether a returned row agrees with a key row's accepted values for this column.
     *
     * @param accepted the key's accepted values; empty means the column must be unbound
     * @param row      result variable → lexical form (IRIs as their IRI string); unbound absent
     * @param names    entity key → normalised names, for entity columns
     */
    boolean agrees(List<String> accepted, Map<String, String> row, Map<String, Set<String>> names) {
        String value = row.get(variable);
        if (accepted.isEmpty()) return value == null;
        if (value == null) return false;
        return switch (kind) {
            case ENTITY -> {
                String label = normalise(value);
                yield accepted.stream().anyMatch(k -> names.getOrDefault(k, Set.of()).contains(label));
            }
            case WORD -> accepted.contains(localName(value));
            case PHRASE -> accepted.contains(normalise(value));
            case DATE -> accepted.contains(value.trim());
            case INTEGER -> accepted.stream().anyMatch(a -> sameNumber(a, value));
            case LOOSE_TEXT -> accepted.stream().anyMatch(a -> looselyMatches(a, value));
        };
    }

    /** A value as the key gives it, normalised for comparison by this column. */
    String keyValue(String raw) {
        return kind == Kind.PHRASE ? normalise(raw) : raw;
    }

    // ---- normalisation -------------------------------------------------------------------

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * A name as compared: Unicode NFC, typographic apostrophes as {@code '}, lower-cased,
     * spaces collapsed and trimmed, without one leading "the ".
     */
    static String normalise(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'');
        n = SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return n.startsWith("the ") ? n.substring(4).trim() : n;
    }

    /** The word an IRI names (after its last '/' or '#'), or a plain string as it is. */
    static String localName(String value) {
        String v = value.trim();
        int cut = Math.max(v.lastIndexOf('/'), v.lastIndexOf('#'));
        return cut >= 0 ? v.substring(cut + 1) : v;
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // ---- loose text ----------------------------------------------------------------------

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "from",
            "by", "with", "about", "as", "and", "or", "that", "this", "these", "those", "it", "its", "their", "his",
            "her", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
            "may", "might", "into", "over");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,.](?=\\d{3}(\\D|$))");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** True when at least half of the key text's content words occur in the returned text. */
    static boolean looselyMatches(String keyText, String returned) {
        Set<String> wanted = contentWords(keyText);
        if (wanted.isEmpty()) return normalise(keyText).equals(normalise(returned));
        Set<String> got = contentWords(returned);
        long found = wanted.stream().filter(got::contains).count();
        return found * 2 >= wanted.size();
    }

    /** Lower-cased words without stop words, numbers without thousands separators, plural "s" dropped. */
    static Set<String> contentWords(String text) {
        String t = THOUSANDS.matcher(normalise(text)).replaceAll("");
        Set<String> words = new HashSet<>();
        for (String w : NON_WORD.split(t)) {
            if (w.length() < 2 || STOP_WORDS.contains(w)) continue;
            words.add(stem(w));
        }
        return words;
    }

    private static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }
}
