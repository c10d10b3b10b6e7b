package org.entente.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void read_seedLikeArticle_givesHeadingsParagraphsAndKeyValueRows() {
        Document doc = Fixtures.read("seed-like.md");
        assertEquals(List.of(
                "TITLE Reports say North Korean soldiers are in Russia",
                "PARAGRAPH South Korea's spy agency said this week that North Korea had sent soldiers to Russia, and local"
                        + " media added that pilots might follow. Officials in Seoul called the move a threat to regional security.",
                "PARAGRAPH Images shared online claim to show the two countries' flags side by side near the front line."
                        + " Their origin could not be checked independently.",
                "HEADING Why Seoul Is Worried",
                "PARAGRAPH Officials in Seoul fear that Pyongyang could receive military technology from Moscow in return"
                        + " for the deployment.",
                "PARAGRAPH The government has said it may reconsider its rule against sending weapons to countries at war.",
                "HEADING Proxy War Between the Koreas?",
                "PARAGRAPH Some analysts now describe the two Koreas as backing opposite sides of the war in Ukraine.",
                "TABLE_ROW Troop deployment: South Korean intelligence says North Korean soldiers have arrived in Russia.",
                "TABLE_ROW Possible pilots: Local media say fighter pilots may also have been sent.",
                "TABLE_ROW A row with an empty first cell.",
                "HEADING Summary",
                "PARAGRAPH The reports have raised alarm in Seoul and in other capitals."),
                Fixtures.blocks(doc));
        assertEquals("2024-10-25", doc.published());
    }

    @Test
    void read_sharedSeedExample_keepsEveryLineApartAndReadsItsTable() {
        Document doc = Fixtures.read("seed-article.md", new String(
                Fixtures.bytes("seed-like.md"), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(doc.text().startsWith("Reports say North Korean soldiers are in Russia\n\nSouth Korea's spy agency"));
        assertTrue(doc.text().contains("\n\nTroop deployment: South Korean"));
    }

    @Test
    void read_threeColumnTable_labelsEachCellWithItsHeader() {
        Document doc = Fixtures.read("three-columns.md");
        assertEquals(List.of(
                "TITLE Air defence deliveries",
                "PARAGRAPH Some of the air defence systems sent to Ukraine, by supplier.",
                "TABLE_ROW Supplier: Germany; Recipient: Ukraine; System: IRIS-T.",
                "TABLE_ROW Supplier: United States; Recipient: Ukraine; System: Patriot."),
                Fixtures.blocks(doc));
    }

    @Test
    void read_inlineMarkup_isRemoved() {
        Document doc = Fixtures.read("inline.md");
        assertEquals(List.of(
                "TITLE Inline markup",
                "PARAGRAPH A bold claim, an emphasised word, an underlined one, some code, and a link to a page with dropped.",
                "PARAGRAPH Text with an HTML tag and an escaped *star* and snake_case_name & an entity.",
                "LIST_ITEM A real list item with a reference link.",
                "LIST_ITEM Numbered item one.",
                "LIST_ITEM Numbered item two.",
                "HEADING Setext heading",
                "PARAGRAPH Closing paragraph."),
                Fixtures.blocks(doc));
    }

    @Test
    void read_softWrappedParagraph_joinsLines() {
        Document doc = Fixtures.read("a.md", "First line of a paragraph\nthat continues here.\n\nSecond paragraph.\n");
        assertEquals(List.of("PARAGRAPH First line of a paragraph that continues here.", "PARAGRAPH Second paragraph."),
                Fixtures.blocks(doc));
    }

    @Test
    void read_pipesWithoutSeparator_arePlainText() {
        Document doc = Fixtures.read("a.md", "Exports | imports rose.\nGermany | France grew.\n");
        assertEquals(List.of("PARAGRAPH Exports | imports rose.", "PARAGRAPH Germany | France grew."), Fixtures.blocks(doc));
    }

    @Test
    void read_codeFenceAndComment_areDropped() {
        Document doc = Fixtures.read("a.md", "Before the code.\n\n```\nint x = 1;\n```\n<!-- a note\nfor editors -->\n\nAfter it.\n");
        assertEquals(List.of("PARAGRAPH Before the code.", "PARAGRAPH After it."), Fixtures.blocks(doc));
    }

    @Test
    void render_twoColumnsWithFinalPunctuation_addsNoPeriod() {
        assertEquals("Key: It ends here!", TableRows.render(List.of("K", "V"), List.of("Key", "It ends here!")));
        assertEquals("Key: value.", TableRows.render(List.of("K", "V"), List.of("Key", "value")));
        assertEquals("A: 1; C: 3.", TableRows.render(List.of("A", "B", "C"), List.of("1", "", "3")));
        assertEquals("", TableRows.render(List.of("A", "B", "C"), List.of("", "", "")));
    }
}
