package org.entente.document;

import java.util.regex.Pattern;

/** What a line of plain text looks like: a heading, a full sentence, title case. */
final class Shapes {
    private static final int MAX_HEADING_CHARS = 100;
    private static final int MAX_HEADING_WORDS = 14;
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…][\"'”’)\\]]*$");
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s+\\p{Lu}.*|(?i)(?:photo|image|source|credit)s?:.*");

    private Shapes() {}

    /**
     * A short line that starts with a capital or digit and does not end like a sentence; a
     * question counts when it is in title case ("Proxy War Between the Koreas?"). Bylines and
     * photo credits are not headings.
     */
    static boolean heading(String cleaned) {
        if (cleaned.isEmpty() || cleaned.length() > MAX_HEADING_CHARS) return false;
        if (cleaned.split(" ").length > MAX_HEADING_WORDS) return false;
        int first = cleaned.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) return false;
        if (BYLINE.matcher(cleaned).matches()) return false;
        char last = cleaned.charAt(cleaned.length() - 1);
        if (last == '?') return titleCase(cleaned);
        return Character.isLetterOrDigit(last) || last == ')';
    }

    /** True when the line ends with sentence punctuation (optionally followed by closing quotes). */
    static boolean endsSentence(String line) {
        return ENDS_SENTENCE.matcher(line.strip()).matches();
    }

    /** At least 60% of the words of four or more letters are capitalised. */
    static boolean titleCase(String cleaned) {
        int words = 0;
        int capitalised = 0;
        for (String w : cleaned.split(" ")) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() < 4) continue;
            words++;
            if (Character.isUpperCase(letters.codePointAt(0))) capitalised++;
        }
        return words == 0 || capitalised * 10 >= words * 6;
    }
}
