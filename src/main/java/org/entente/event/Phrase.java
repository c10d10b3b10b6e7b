package org.entente.event;

/**
 * A noun phrase of a sentence: "about 3,000 North Korean troops", "Germany's delivery", "the ministry".
 *
 * @param index     its position among the sentence's phrases
 * @param first     its first token
 * @param last      the index after its last token
 * @param head      its head token: the last noun, name or number
 * @param prep      the preposition that governs it, or -1
 * @param possessor the phrase that owns it ("Germany" of "Germany's delivery"), or -1
 * @param pronoun   true for a personal pronoun standing alone ("he", "they", "it")
 */
record Phrase(int index, int first, int last, int head, int prep, int possessor, boolean pronoun) {
    boolean governed() {
        return prep >= 0;
    }

    boolean covers(int token) {
        return first <= token && token < last;
    }

    /** A pronoun as a phrase of its own ("its" of "its deployment"). */
    static Phrase pronounAt(int k) {
        return new Phrase(-1, k, k + 1, k, -1, -1, true);
    }
}
