package org.entente.document;

import org.entente.document.Document.BlockKind;

/**
 * A block as a reader found it, before layout: its kind, raw text and, for headings, a level
 * (1 to 6 from markup; 0 for a heading recognised only by its shape).
 */
record Piece(BlockKind kind, String text, int level) {
    static Piece of(BlockKind kind, String text) {
        return new Piece(kind, text, 0);
    }

    boolean isHeading() {
        return kind == BlockKind.HEADING;
    }
}
