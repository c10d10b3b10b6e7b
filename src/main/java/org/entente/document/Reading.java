package org.entente.document;

import java.util.List;

/**
 * What a format reader found: metadata (each null when the document does not give it) and the
 * pieces of the body, in order.
 */
record Reading(String title, String date, String source, List<Piece> pieces) {
    Reading {
        pieces = List.copyOf(pieces);
    }
}
