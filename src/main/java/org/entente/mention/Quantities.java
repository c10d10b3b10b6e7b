package org.entente.mention;

import java.util.List;
import java.util.Map;
import org.entente.nlp.Token;

/**
 * Numbers as news writes them: "3,000", "1.5 million", "two", "two thousand", "a dozen", and
 * vague quantities with no value ("several thousand", "hundreds", "a few dozen").
 */
final class Quantities {
    private Quantities() {}

    /** A quantity found at a token: its value (null when vague) and the index after its last token. */
    record Found(Long value, int last) {}

    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L), Map.entry("dozen", 12L));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
    private static final List<String> VAGUE = List.of("several", "few", "many", "some", "dozens", "hundreds", "thousands", "tens", "scores", "numerous");

    /** The quantity starting at token i, or null. */
    static Found at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        Long value = digits(w);
        if (value == null && WORDS.containsKey(w)) value = WORDS.get(w);
        if (value == null && (w.equals("a") || w.equals("an")) && i + 1 < tokens.size()) {
            String next = tokens.get(i + 1).lower();
            if (next.equals("dozen")) return new Found(12L, i + 2);
            if (SCALES.containsKey(next)) return scaled(tokens, i + 1, 1L);
        }
        if (value != null) return scaled(tokens, i, value);
        if (VAGUE.contains(w) && i + 1 < tokens.size()) {
            String next = tokens.get(i + 1).lower();
            if (SCALES.containsKey(next) || next.equals("dozen")) return new Found(null, i + 2);
            if (w.equals("dozens") || w.equals("hundreds") || w.equals("thousands")) return new Found(null, i + 1);
        }
        return null;
    }

    private static Found scaled(List<Token> tokens, int i, long value) {
        int j = i + 1;
        Long v = value;
        // "two hundred thousand": scales multiply in order. A count past a long is no count: vague, not wrapped round.
        while (j < tokens.size() && SCALES.containsKey(tokens.get(j).lower())) {
            v = v == null ? null : multiplied(v, SCALES.get(tokens.get(j).lower()));
            j++;
        }
        return new Found(v, j);
    }

    private static Long multiplied(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** "3,000", "3000", "1.5", "3,000-strong"; null for anything else (years are numbers too). */
    static Long digits(String w) {
        int end = 0;
        while (end < w.length() && (Character.isDigit(w.charAt(end)) || w.charAt(end) == ',' || w.charAt(end) == '.')) end++;
        if (end == 0 || !Character.isDigit(w.charAt(0))) return null;
        if (end < w.length() && w.charAt(end) != '-') return null;
        String n = w.substring(0, end).replace(",", "");
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        try {
            if (n.contains(".")) return null; // decimals only count with a scale word, handled by the caller
            return Long.parseLong(n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "1.5 million" style decimals with a scale. */
    static Found decimalScaled(List<Token> tokens, int i) {
        String w = tokens.get(i).lower();
        if (!isDecimal(w) || i + 1 >= tokens.size() || !SCALES.containsKey(tokens.get(i + 1).lower())) return null;
        double d = Double.parseDouble(w) * SCALES.get(tokens.get(i + 1).lower());
        return new Found(d < 0x1p63 ? Math.round(d) : null, i + 2);
    }

    /** ASCII digits, a dot, ASCII digits ("1.5"); a loop, not a regular expression, as it runs on every token. */
    private static boolean isDecimal(String w) {
        int dot = w.indexOf('.');
        if (dot <= 0 || dot == w.length() - 1) return false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (k != dot && (c < '0' || c > '9')) return false;
        }
        return true;
    }
}
