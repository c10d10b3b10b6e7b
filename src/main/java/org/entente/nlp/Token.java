package org.entente.nlp;

/**
 * A token of a sentence.
 *
 * @param text  the token as written
 * @param lower its lower-cased, normalised form (curly quotes straightened)
 * @param lemma its lemma by {@link Lemmas}, lower case
 * @param tag   its UPOS part-of-speech tag, or "" when the sentence was not tagged
 * @param begin offset of its first character in the document text
 * @param end   offset after its last character in the document text
 */
public record Token(String text, String lower, String lemma, String tag, int begin, int end) {
    public boolean is(String lowerWord) {
        return lower.equals(lowerWord);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** A word that carries its own possessive ("Australia's"), as the tokeniser sometimes leaves it; not "'s" alone. */
    public boolean hasPossessive() {
        return lower.length() > 2 && lower.endsWith("'s");
    }

    public boolean isPunct() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0));
    }
}
