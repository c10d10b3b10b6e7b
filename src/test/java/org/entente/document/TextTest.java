package org.entente.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void read_wrappedText_joinsLinesAndFindsHeadingListAndTable() {
        Document doc = Fixtures.read("wrapped.txt");
        assertEquals(List.of(
                "HEADING SEOUL, March 3, 2025 (Wire) —",
                "PARAGRAPH This paragraph was written for a test and is wrapped at a short"
                        + " width, the way a plain-text wire story arrives by e-mail.",
                "HEADING Officials Respond",
                "PARAGRAPH A second paragraph, also wrapped, follows the heading above.",
                "LIST_ITEM first point of a short list",
                "LIST_ITEM second point, which wraps onto a second line",
                "TABLE_ROW Germany: supplier."),
                Fixtures.blocks(doc));
    }

    @Test
    void read_datelineWithoutFrontMatter_givesPublished() {
        assertEquals("2025-03-03", Fixtures.read("wrapped.txt").published());
    }

    @Test
    void read_wireDatelines_areSetApartFromTheFirstSentence() {
        for (String dateline : List.of("KYIV, July 20 (Wire) —", "GAZA CITY (AP) —", "Kyiv (AFP) -", "NEW DELHI, India --")) {
            Document doc = Fixtures.read("w.txt", dateline + " The first sentence of the story follows.\n");
            assertEquals(List.of("HEADING " + dateline, "PARAGRAPH The first sentence of the story follows."), Fixtures.blocks(doc), dateline);
        }
        Document plain = Fixtures.read("p.txt", "NATO allies met in Brussels - a routine meeting.\n");
        assertEquals(List.of("PARAGRAPH NATO allies met in Brussels - a routine meeting."), Fixtures.blocks(plain));
    }

    @Test
    void read_markdownSyntaxInText_isKept() {
        Document doc = Fixtures.read("a.txt", "A **bold** word stays as typed in plain text.\n");
        assertEquals(List.of("PARAGRAPH A **bold** word stays as typed in plain text."), Fixtures.blocks(doc));
    }

    @Test
    void read_firstLineHeadlineWithoutFrontMatter_becomesTitle() {
        Document doc = Fixtures.read("a.txt", "Talks Resume in Geneva\nDiplomats met again on Monday, a spokesman said.\n");
        assertEquals("Talks Resume in Geneva", doc.title());
        assertEquals(List.of("TITLE Talks Resume in Geneva", "PARAGRAPH Diplomats met again on Monday, a spokesman said."),
                Fixtures.blocks(doc));
    }

    @Test
    void read_crlfLineEnds_readLikeLf() {
        Document doc = Fixtures.read("a.txt", "First paragraph.\r\n\r\nSecond\r\nparagraph.\r\n");
        assertEquals(List.of("PARAGRAPH First paragraph.", "PARAGRAPH Second paragraph."), Fixtures.blocks(doc));
    }

    @Test
    void read_byteOrderMark_isSkipped() {
        byte[] body = "---\ntitle: With BOM\n---\nText.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Document doc = DocumentReader.standard().read(java.nio.file.Path.of("b.txt"), bytes, null);
        assertEquals("With BOM", doc.title());
    }
}
