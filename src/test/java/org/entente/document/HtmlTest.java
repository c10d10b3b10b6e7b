package org.entente.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void read_newsPage_keepsOnlyArticleText() {
        Document doc = Fixtures.read("article.html");
        assertEquals(List.of(
                "TITLE Seoul reacts to reports of North Korean troops in Russia",
                "PARAGRAPH 26 October 2024",
                "PARAGRAPH South Korea's intelligence service said that North Korean soldiers had been sent to Russia.",
                "PARAGRAPH The foreign ministry summoned the Russian ambassador in Seoul.",
                "HEADING What happens next",
                "PARAGRAPH Officials said further steps were under review.",
                "LIST_ITEM Seoul may review its arms export rules."),
                Fixtures.blocks(doc));
    }

    @Test
    void read_newsPage_takesMetadataFromMeta() {
        Document doc = Fixtures.read("article.html");
        assertEquals("Seoul reacts to reports of North Korean troops in Russia", doc.title());
        assertEquals("2024-10-25", doc.published());
        assertEquals("https://news.example.org/world/seoul-reacts", doc.source());
    }

    @Test
    void read_tables_giveOneRowPerBlock() {
        Document doc = Fixtures.read("table.html");
        assertEquals(List.of(
                "TITLE Deliveries",
                "PARAGRAPH Air defence systems delivered to Ukraine, as listed in this test page.",
                "TABLE_ROW Supplier: Germany; Recipient: Ukraine; System: IRIS-T.",
                "TABLE_ROW Supplier: United States; Recipient: Ukraine.",
                "TABLE_ROW Date: October 2024."),
                Fixtures.blocks(doc));
        assertEquals("2024-10-01", doc.published());
    }

    @Test
    void read_titleWithoutMeta_dropsSiteNameAndRepeatedHeading() {
        Document doc = Fixtures.read("p.html", "<html><head><title>Talks resume in Geneva | Site</title></head>"
                + "<body><h1>Talks resume in Geneva</h1><p>Diplomats met again.</p></body></html>");
        assertEquals(List.of("TITLE Talks resume in Geneva", "PARAGRAPH Diplomats met again."), Fixtures.blocks(doc));
    }

    @Test
    void read_brokenLinesInDiv_splitOnDoubleBreak() {
        Document doc = Fixtures.read("p.html", "<body><div>One line<br>still one.<br><br>Another paragraph.</div></body>");
        assertEquals(List.of("PARAGRAPH One line still one.", "PARAGRAPH Another paragraph."), Fixtures.blocks(doc));
    }

    @Test
    void read_contentInsideClassNamedLikeChrome_isKeptWhenItHoldsTheText() {
        Document doc = Fixtures.read("p.html", "<body><div class=\"layout has-sidebar\"><p>The only paragraph of the story"
                + " is inside a wrapper whose class mentions a sidebar.</p></div><div class=\"sidebar\">Most read</div></body>");
        assertEquals(List.of("PARAGRAPH The only paragraph of the story is inside a wrapper whose class mentions a sidebar."),
                Fixtures.blocks(doc));
    }

    @Test
    void read_pageNested10000Deep_isReadOrRejectedWithoutOverflow() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(10_000)).append("<p>Deep text at the bottom.</p>").append("</div>".repeat(10_000));
        html.append("</body></html>");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Document doc = Fixtures.checked(DocumentReader.standard().read(Path.of("deep.html"), bytes, null));
            assertTrue(doc.text().contains("Deep text at the bottom."), doc.text());
        } catch (EntenteException e) {
            assertEquals("HTML nested too deeply to read", e.getMessage());
        }
    }

    @Test
    void read_unknownExtensionStartingLikeHtml_isReadAsHtml() {
        Document doc = Fixtures.read("page.dat", "<!DOCTYPE html><html><body><p>Hello <b>there</b>.</p></body></html>");
        assertEquals(List.of("PARAGRAPH Hello there."), Fixtures.blocks(doc));
    }
}
