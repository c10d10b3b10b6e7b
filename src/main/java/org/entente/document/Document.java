package org.entente.document;

import java.util.List;
import java.util.Objects;

/**
 * A document as read: its title, publication date, source, and the text the reader produced
 * from the file. Every character offset Entente records points into {@link #text()}, not into
 * the file's bytes: readers drop markup, front matter and page chrome, and lay table rows out
 * as sentences.
 *
 * @param title     the title, or "" when the document has none
 * @param published ISO 8601 date ("2024-10-25") or year-month ("2024-10"), or null when unknown
 * @param source    the source URL, or null
 * @param text      the produced text; blocks are separated by a blank line
 * @param blocks    the headings, paragraphs and table rows, in order, as spans of the text
 * @param warnings  what the document gave that the reader dropped, each a one-line cause without
 *                  the file ("front matter date '2024-13-45' is not a date …"); empty when nothing was
 */
public record Document(String title, String published, String source, String text, List<Block> blocks, List<String> warnings) {
    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /** A document with nothing dropped. */
    public Document(String title, String published, String source, String text, List<Block> blocks) {
        this(title, published, source, text, blocks, List.of());
    }

    /** What kind of block a span of text was in the source. */
    public enum BlockKind { TITLE, HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW }

    /**
     * A block of the produced text.
     *
     * @param kind  heading, paragraph, list item or table row
     * @param begin offset of the first character in {@link Document#text()}
     * @param end   offset after the last character
     */
    public record Block(BlockKind kind, int begin, int end) {
        public Block {
            if (begin < 0 || end < begin) throw new IllegalArgumentException("Bad block span " + begin + ".." + end);
        }
    }

    /** The text of a block. */
    public String text(Block block) {
        return text.substring(block.begin(), block.end());
    }
}
