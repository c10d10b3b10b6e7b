package org.entente.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.EntenteException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page: metadata from {@code <meta>}, {@code <title>}, {@code <link>} and
 * {@code <time>}; the body from {@code <article>}, else {@code <main>}, else {@code <body>},
 * with page chrome (navigation, share buttons, scripts, footers) left out.
 */
final class HtmlReader {
    private static final List<String> DATE_META = List.of(
            "article:published_time", "date", "pubdate", "publish-date", "publishdate", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.created", "og:published_time", "parsely-pub-date", "sailthru.date");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " » ");
    private static final int MAX_SITE_NAME = 30;

    private HtmlReader() {}

    /**
     * @throws EntenteException when the page is nested too deeply for the parser
     */
    static Reading read(String html) {
        org.jsoup.nodes.Document page;
        try {
            page = Jsoup.parse(html);
        } catch (StackOverflowError e) {
            throw new EntenteException("HTML nested too deeply to read");
        }
        TextSizes sizes = TextSizes.of(page);
        Element root = root(page, sizes);
        List<Piece> pieces = HtmlBlocks.read(root, sizes, true);
        if (pieces.stream().allMatch(Piece::isHeading)) pieces = HtmlBlocks.read(root, sizes, false);
        Map<String, String> metas = metas(page);
        return new Reading(title(page, metas), date(page, metas), source(page, metas), pieces);
    }

    /** The largest {@code <article>} when it holds a fair share of the page, else main, else body. */
    static Element root(org.jsoup.nodes.Document page, TextSizes sizes) {
        Element body = page.body();
        Element main = page.selectFirst("main, [role=main]");
        Element outer = main != null ? main : body;
        Element best = null;
        int bestLength = -1;
        for (Element article : page.select("article")) {
            int length = sizes.text(article);
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null && bestLength * 10L >= sizes.text(outer) * 3L) return best;
        return outer;
    }

    static String title(org.jsoup.nodes.Document page, Map<String, String> metas) {
        String og = meta(metas, "og:title");
        if (og == null) og = meta(metas, "twitter:title");
        if (og != null) return og;
        Element title = page.selectFirst("title");
        if (title != null && !title.text().isBlank()) return withoutSiteName(Layout.clean(title.text()));
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : Layout.clean(h1.text());
    }

    /** "Headline | Site" → "Headline" when the part after the last separator is short. */
    static String withoutSiteName(String title) {
        for (String sep : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(sep);
            if (at <= 0) continue;
            String head = title.substring(0, at).strip();
            String tail = title.substring(at + sep.length()).strip();
            if (tail.length() <= MAX_SITE_NAME && tail.split(" ").length <= 4 && head.length() > tail.length()) return head;
        }
        return title;
    }

    static String date(org.jsoup.nodes.Document page, Map<String, String> metas) {
        for (String name : DATE_META) {
            String d = Dates.normalise(meta(metas, name));
            if (d != null) return d;
        }
        for (Element e : page.select("[itemprop=datePublished]")) {
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            String d = Dates.normalise(v);
            if (d != null) return d;
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find() && Dates.normalise(m.group(1)) != null) return Dates.normalise(m.group(1));
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? null : Dates.normalise(time.attr("datetime"));
    }

    static String source(org.jsoup.nodes.Document page, Map<String, String> metas) {
        String og = FrontMatter.url(meta(metas, "og:url"));
        if (og != null) return og;
        Element canonical = page.selectFirst("link[rel=canonical]");
        return canonical == null ? null : FrontMatter.url(canonical.attr("href"));
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is {@code key}, or null. */
    private static String meta(Map<String, String> metas, String key) {
        return metas.get(key);
    }

    /** The content of each {@code <meta>} by its lower-cased property, name or itemprop; the first one wins. */
    static Map<String, String> metas(org.jsoup.nodes.Document page) {
        Map<String, String> metas = new HashMap<>();
        for (Element m : page.select("meta[content]")) {
            String content = Layout.clean(m.attr("content"));
            if (content.isEmpty()) continue;
            for (String attr : List.of("property", "name", "itemprop")) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) metas.putIfAbsent(key, content);
            }
        }
        return metas;
    }
}
