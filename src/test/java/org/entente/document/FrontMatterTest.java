package org.entente.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    @Test
    void read_markdownFrontMatter_givesTitleDateSource() {
        Document doc = Fixtures.read("front-matter.md");
        assertEquals("Seoul weighs its options after troop reports", doc.title());
        assertEquals("2024-10-25", doc.published());
        assertEquals("https://news.example.org/2024/10/25/seoul-options", doc.source());
    }

    @Test
    void read_headingRepeatingTitle_isNotRepeated() {
        Document doc = Fixtures.read("front-matter.md");
        assertEquals(java.util.List.of(
                "TITLE Seoul weighs its options after troop reports",
                "PARAGRAPH South Korea's intelligence service said North Korean soldiers had been sent to Russia."),
                Fixtures.blocks(doc));
    }

    @Test
    void read_textFrontMatterWithYearMonth_givesMonthAndUnquotedValues() {
        Document doc = Fixtures.read("front-matter-month.txt");
        assertEquals("Monthly digest: the peninsula's security news", doc.title());
        assertEquals("2024-10", doc.published());
        assertEquals("https://digest.example.net/2024-10", doc.source());
    }

    @Test
    void read_timestampDate_keepsDatePart() {
        assertEquals("2024-10-25", Fixtures.read("front-matter-timestamp.md").published());
    }

    @Test
    void read_unreadableDateAndSource_fallBackToDefaultAndNull() {
        Document doc = Fixtures.read("bad-date.md");
        assertEquals(Fixtures.DEFAULT_DATE.toString(), doc.published());
        assertNull(doc.source());
    }

    @Test
    void read_noDateAnywhereAndNoDefault_givesNull() {
        assertNull(Fixtures.read("note.md", "Just a sentence without any date.\n").published());
    }

    @Test
    void parse_frontMatterNeverClosed_isRejectedInOneLine() {
        EntenteException e = assertThrows(EntenteException.class, () -> FrontMatter.parse("---\ntitle: x\ndate: 2024-10-25\nNo closing line."));
        assertEquals("front matter opened by '---' on line 1 is never closed: end it with a '---' line after its last key", e.getMessage());
        assertThrows(EntenteException.class, () -> FrontMatter.parse("+++\ntitle = \"Hugo page\"\nBody."));
    }

    @Test
    void parse_ruleThenProse_withNoSecondRule_isBodyText() {
        FrontMatter fm = FrontMatter.parse("---\nWASHINGTON: The Pentagon said on Friday.\nMore text.");
        assertNull(fm.title());
        assertEquals("---\nWASHINGTON: The Pentagon said on Friday.\nMore text.", fm.body());
    }

    @Test
    void read_frontMatterDateThatIsNoDate_isDroppedWithAOneLineWarning() {
        Document doc = Fixtures.read("impossible-date.md", "---\ntitle: Troops sent\ndate: 2024-13-45\n---\nNorth Korea sent troops.\n");
        assertNull(doc.published(), "read without that date");
        assertEquals("Troops sent", doc.title());
        assertEquals(List.of("front matter date '2024-13-45' is not a date (YYYY-MM-DD or YYYY-MM); the document is read without it"),
                doc.warnings());
        assertEquals(List.of(), Fixtures.read("front-matter.md").warnings(), "a good date gives no warning");
    }

    @Test
    void parse_ruleBetweenParagraphs_isNotFrontMatter() {
        FrontMatter fm = FrontMatter.parse("---\nA paragraph of prose, not a key.\n---\nMore text.");
        assertNull(fm.title());
    }

    @Test
    void parse_tomlFrontMatter_givesValues() {
        FrontMatter fm = FrontMatter.parse("+++\ntitle = \"Hugo page\"\ndate = 2024-06-19\n+++\nBody.");
        assertEquals("Hugo page", fm.title());
        assertEquals("2024-06-19", fm.date());
        assertEquals("Body.", fm.body());
    }

    @Test
    void normalise_variousForms_giveIsoDates() {
        assertEquals("2024-10-25", Dates.normalise("2024-10-25"));
        assertEquals("2024-10", Dates.normalise("2024-10"));
        assertEquals("2024-10-25", Dates.normalise("2024-10-25 08:00:00 +0000"));
        assertEquals("2024-10-25", Dates.normalise("October 25, 2024"));
        assertEquals("2024-10-25", Dates.normalise("Fri, 25 Oct 2024 08:00:00 GMT"));
        assertNull(Dates.normalise("2024-13-01"));
        assertNull(Dates.normalise("2024-02-30"));
        assertNull(Dates.normalise("yesterday"));
    }

    @Test
    void dateline_wireStyle_givesDate() {
        assertEquals("2025-03-03", Dates.dateline("SEOUL, March 3, 2025 (Wire) — Officials said"));
        assertEquals("2025-03-03", Dates.dateline("March 3, 2025 — Officials said"));
        assertEquals("2024-09-05", Dates.dateline("KYIV, Sept. 5, 2024 - Officials said"));
        assertNull(Dates.dateline("Officials said on March 3, 2025 that talks would resume."));
    }

    @Test
    void read_metadataLinesWithoutFences_giveTitleDateSourceAndLeaveTheBody() {
        Document doc = Fixtures.read("metadata.txt", "Title: Drills near the border\nDate: 14 February 2025\nURL: https://news.example.org/drills\n\n"
                + "WASHINGTON: The drills began on Monday.\n");
        assertEquals("Drills near the border", doc.title());
        assertEquals("2025-02-14", doc.published());
        assertEquals("https://news.example.org/drills", doc.source());
        assertEquals(java.util.List.of("TITLE Drills near the border", "PARAGRAPH WASHINGTON: The drills began on Monday."), Fixtures.blocks(doc));
    }

    @Test
    void read_datelineWithColonOnTheFirstLine_staysText() {
        Document doc = Fixtures.read("dateline.txt", "WASHINGTON: The drills began on Monday.\n");
        assertNull(doc.published());
        assertEquals(java.util.List.of("PARAGRAPH WASHINGTON: The drills began on Monday."), Fixtures.blocks(doc));
    }
}
