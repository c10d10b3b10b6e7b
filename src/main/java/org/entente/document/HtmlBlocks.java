package org.entente.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.document.Document.BlockKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The blocks of an HTML subtree, read in one iterative pass (jsoup's {@link NodeTraversor}, no
 * recursion, so any depth of nesting is fine). Headings, paragraphs, list items and data-table
 * rows become pieces; page chrome is skipped: scripts, forms, navigation, footers, asides,
 * headers outside an article or main, hidden elements, lists that are all links, and (when
 * {@code byName}) elements whose class or id names them share bars, menus, cookie notices,
 * related links and the like, unless they hold most of the text.
 */
final class HtmlBlocks implements NodeFilter {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "nav", "footer",
            "aside", "form", "button", "iframe", "svg", "math", "figcaption", "select", "input", "textarea", "canvas",
            "object", "embed", "audio", "video", "map", "dialog", "head", "label", "option");
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "center", "dd",
            "details", "div", "dl", "dt", "fieldset", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
            "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul", "caption");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "menu", "menubar", "search", "toolbar");
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?i)share|social|nav|menu|cookie|subscribe|newsletter|related|comment|advert|promo|breadcrumb|footer|sidebar");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final char BREAK = '\u2028';
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile(BREAK + "\\s*" + BREAK);

    /** A block element being read: the kind its text takes. */
    private record Frame(Element element, BlockKind kind, int level) {}

    private final Element root;
    private final TextSizes sizes;
    private final boolean byName;
    private final List<Piece> out = new ArrayList<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private final StringBuilder buffer = new StringBuilder();
    /** How many article or main elements enclose the node being read. */
    private int content;

    private HtmlBlocks(Element root, TextSizes sizes, boolean byName) {
        this.root = root;
        this.sizes = sizes;
        this.byName = byName;
        this.content = root.parent() != null && root.parent().closest("article, main") != null ? 1 : 0;
    }

    /**
     * The pieces under {@code root}; {@code byName} also drops chrome recognised by class or id.
     *
     * @param sizes the sizes of the page that holds {@code root}
     */
    static List<Piece> read(Element root, TextSizes sizes, boolean byName) {
        HtmlBlocks reader = new HtmlBlocks(root, sizes, byName);
        NodeTraversor.filter(reader, root);
        reader.flush();
        return reader.out;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            buffer.append(text.getWholeText().replace(BREAK, ' '));
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) return FilterResult.CONTINUE;
        if (e != root && dropped(e)) return FilterResult.SKIP_ENTIRELY;
        String tag = e.normalName();
        if (isContent(tag)) content++;
        if (tag.equals("br")) {
            buffer.append(BREAK);
        } else if (tag.equals("table") && HtmlTables.isData(e, sizes)) {
            flush();
            out.addAll(HtmlTables.rows(e));
            return FilterResult.SKIP_ENTIRELY;
        } else if (BLOCKS.contains(tag) || e == root) {
            flush();
            open.push(frame(e, tag));
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && isContent(e.normalName())) content--;
        if (!open.isEmpty() && open.peek().element() == node) {
            flush();
            open.pop();
        }
        return FilterResult.CONTINUE;
    }

    private static boolean isContent(String tag) {
        return tag.equals("article") || tag.equals("main");
    }

    private Frame frame(Element e, String tag) {
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            return new Frame(e, BlockKind.HEADING, tag.charAt(1) - '0');
        }
        if (tag.equals("li")) return new Frame(e, BlockKind.LIST_ITEM, 0);
        Frame parent = open.peek();
        if (parent != null && parent.kind() != BlockKind.PARAGRAPH) return new Frame(e, parent.kind(), parent.level());
        return new Frame(e, BlockKind.PARAGRAPH, 0);
    }

    private boolean dropped(Element e) {
        String tag = e.normalName();
        if (DROPPED.contains(tag)) return true;
        if (tag.equals("header") && content == 0) return true;
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) return true;
        if (HIDDEN_STYLE.matcher(e.attr("style")).find()) return true;
        if (CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) return true;
        if (!byName) return false;
        if ((tag.equals("ul") || tag.equals("ol")) && linkList(e)) return true;
        return CHROME_NAME.matcher(e.className() + " " + e.id()).find() && sizes.text(e) * 2L <= sizes.text(root);
    }

    /** A list whose text is (nearly) all link text: a menu or a list of other stories. */
    private boolean linkList(Element list) {
        int all = sizes.text(list);
        return all > 0 && sizes.links(list) * 10L >= all * 9L;
    }

    private void flush() {
        if (buffer.isEmpty()) return;
        Frame frame = open.peek();
        BlockKind kind = frame == null ? BlockKind.PARAGRAPH : frame.kind();
        int level = frame == null ? 0 : frame.level();
        for (String part : PARAGRAPH_BREAK.split(buffer)) {
            String text = Layout.clean(part.replace(BREAK, ' '));
            if (!text.isEmpty()) out.add(new Piece(kind, text, level));
        }
        buffer.setLength(0);
    }
}
