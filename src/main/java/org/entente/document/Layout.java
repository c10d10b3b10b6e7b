package org.entente.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.EntenteException;
import org.entente.document.Document.Block;
import org.entente.document.Document.BlockKind;

/**
 * Lays pieces out as the text of a {@link Document}: the title first, then each block, separated
 * by a blank line, each block's span recorded. Whitespace inside a block is collapsed; pieces
 * that are page chrome ("Table of Contents", "Share") or only punctuation are dropped.
 */
final class Layout {
    static final String SEPARATOR = "\n\n";
    private static final Set<String> CHROME = Set.of(
            "table of contents", "contents", "in this article", "on this page", "jump to", "skip to content",
            "skip to main content", "advertisement", "advertising", "sponsored", "share", "share this", "share this article",
            "share this story", "print", "read more", "related", "related articles", "related stories", "listen to this article",
            "follow us", "subscribe", "sign up", "back to top", "top of page", "most read", "trending", "more on this story");

    private static final int MAX_CHROME_CHARS = 40;

    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();

    /** Collapses whitespace runs (including no-break spaces) to one space, drops invisible characters, trims. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (invisible(c)) continue;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean invisible(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    /** True for navigation chrome such as "Table of Contents" or "Share this article". */
    static boolean isChrome(String cleaned) {
        if (!hasWord(cleaned)) return true;
        if (cleaned.length() > MAX_CHROME_CHARS) return false;
        int end = cleaned.length();
        while (end > 0 && ":. ".indexOf(cleaned.charAt(end - 1)) >= 0) end--;
        return CHROME.contains(cleaned.substring(0, end).toLowerCase(Locale.ROOT));
    }

    private static boolean hasWord(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }

    /** Adds a piece; returns false when it was empty or chrome and so left out. */
    boolean add(BlockKind kind, String raw) {
        String s = clean(raw);
        if (s.isEmpty() || (kind != BlockKind.TABLE_ROW && isChrome(s))) return false;
        if (!text.isEmpty()) text.append(SEPARATOR);
        int begin = text.length();
        text.append(s);
        blocks.add(new Block(kind, begin, text.length()));
        return true;
    }

    /**
     * The document: title block (when the title is not empty), then the pieces.
     *
     * @throws EntenteException when neither title nor any piece has readable text
     */
    static Document document(String title, String published, String source, List<Piece> pieces, List<String> warnings) {
        Layout layout = new Layout();
        String t = clean(title == null ? "" : title);
        if (!t.isEmpty()) layout.add(BlockKind.TITLE, t);
        for (Piece p : pieces) layout.add(p.kind(), p.text());
        if (layout.blocks.isEmpty()) throw new EntenteException("no readable text found");
        String kept = layout.blocks.get(0).kind() == BlockKind.TITLE ? t : "";
        return new Document(kept, published, source, layout.text.toString(), layout.blocks, warnings);
    }
}
