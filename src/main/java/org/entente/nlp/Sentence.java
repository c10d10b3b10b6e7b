package org.entente.nlp;

import java.util.List;

/**
 * A sentence of a document with its tokens.
 *
 * @param index  its position among the document's sentences
 * @param block  the index of the document block it lies in
 * @param begin  offset of its first character in the document text
 * @param end    offset after its last character
 * @param text   its text, exactly {@code document.text().substring(begin, end)}
 * @param tokens its tokens, tagged when the sentence may carry an event
 * @param headline true in a title or heading, which restates the text below it
 */
public record Sentence(int index, int block, int begin, int end, String text, List<Token> tokens, boolean headline) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The index of the first token that starts at or after a document offset, or size(). */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).end() > offset) return i;
        return tokens.size();
    }
}
