package org.entente.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.entente.document.Document.Block;
import org.entente.document.Document.BlockKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffsetsTest {
    @ParameterizedTest
    @ValueSource(strings = {"front-matter.md", "front-matter-month.txt", "front-matter-timestamp.md", "bad-date.md",
            "seed-like.md", "three-columns.md", "wrapped.txt", "inline.md", "article.html", "table.html"})
    void read_everyFixture_eachBlockSpanHoldsItsText(String name) {
        Document doc = Fixtures.read(name);      // Fixtures.checked rebuilds the text from the spans
        assertFalse(doc.blocks().isEmpty());
        for (Block b : doc.blocks()) {
            String text = doc.text(b);
            assertEquals(doc.text().substring(b.begin(), b.end()), text);
            assertEquals(text.strip(), text);
        }
        Block first = doc.blocks().get(0);
        if (!doc.title().isEmpty()) {
            assertEquals(BlockKind.TITLE, first.kind());
            assertEquals(doc.title(), doc.text(first));
        }
    }
}
