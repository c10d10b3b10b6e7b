package org.entente.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Sizes of every element of a page, measured in one iterative pass so that questions like
 * "does this element hold most of the text?" cost nothing per element, however deep the page:
 * visible characters (whitespace not counted), of those the ones inside links, and the number
 * of tables (the element itself included).
 */
final class TextSizes implements NodeVisitor {
    private static final int TEXT = 0;
    private static final int LINKS = 1;
    private static final int TABLES = 2;

    private final Map<Element, int[]> sizes = new IdentityHashMap<>();
    private final Deque<int[]> open = new ArrayDeque<>();
    private int linkDepth;

    private TextSizes() {}

    static TextSizes of(Element root) {
        TextSizes sizes = new TextSizes();
        NodeTraversor.traverse(sizes, root);
        return sizes;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text && !open.isEmpty()) {
            int visible = visible(text.getWholeText());
            open.peek()[TEXT] += visible;
            if (linkDepth > 0) open.peek()[LINKS] += visible;
        } else if (node instanceof Element e) {
            int[] counts = new int[3];
            if (e.normalName().equals("table")) counts[TABLES] = 1;
            if (e.normalName().equals("a")) linkDepth++;
            open.push(counts);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        int[] counts = open.pop();
        if (e.normalName().equals("a")) linkDepth--;
        sizes.put(e, counts);
        int[] parent = open.peek();
        if (parent != null) for (int i = 0; i < counts.length; i++) parent[i] += counts[i];
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') n++;
        return n;
    }

    /** Visible characters under the element (0 for an element not measured). */
    int text(Element e) {
        return size(e, TEXT);
    }

    /** Visible characters inside links under the element. */
    int links(Element e) {
        return size(e, LINKS);
    }

    /** Tables at or under the element. */
    int tables(Element e) {
        return size(e, TABLES);
    }

    private int size(Element e, int which) {
        int[] counts = sizes.get(e);
        return counts == null ? 0 : counts[which];
    }
}
