package org.entente.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie of names: one walk from a word start finds the longest name there, so a
 * sentence is matched against every alias in one pass over its characters. Keys are stored
 * as given (matching is case-sensitive); callers add the case variants they accept.
 *
 * @param <V> what a name stands for
 */
final class AliasTrie<V> {
    private static final class TrieNode<V> {
        final Map<Character, TrieNode<V>> next = new HashMap<>(4);
        List<V> values;
    }

    /** A name found: where it ends and what it stands for. */
    record Match<V>(int begin, int end, List<V> values) {}

    private final TrieNode<V> root = new TrieNode<>();
    private int size;

    void put(String key, V value) {
        if (key.isEmpty()) return;
        TrieNode<V> n = root;
        for (int i = 0; i < key.length(); i++) n = n.next.computeIfAbsent(key.charAt(i), c -> new TrieNode<>());
        if (n.values == null) {
            n.values = new ArrayList<>(1);
            size++;
        }
        if (!n.values.contains(value)) n.values.add(value);
    }

    int size() {
        return size;
    }

    /** The values stored under exactly this key, or an empty list. */
    List<V> get(String key) {
        TrieNode<V> n = root;
        for (int i = 0; i < key.length() && n != null; i++) n = n.next.get(key.charAt(i));
        return n == null || n.values == null ? List.of() : n.values;
    }

    /** The longest name starting at {@code start} that ends at a word boundary, or null. */
    Match<V> longestAt(CharSequence text, int start) {
        TrieNode<V> n = root;
        Match<V> best = null;
        for (int i = start; i < text.length(); i++) {
            n = n.next.get(text.charAt(i));
            if (n == null) break;
            if (n.values != null && boundaryAfter(text, i + 1)) best = new Match<>(start, i + 1, n.values);
        }
        return best;
    }

    static boolean boundaryAfter(CharSequence text, int end) {
        if (end >= text.length()) return true;
        char c = text.charAt(end);
        return !Character.isLetterOrDigit(c);
    }

    static boolean boundaryBefore(CharSequence text, int start) {
        if (start == 0) return true;
        char c = text.charAt(start - 1);
        return !Character.isLetterOrDigit(c);
    }
}
