package org.entente.document;

import java.util.List;

/**
 * What a format reader found: metadata (each null when the document does not give it), the
 * pieces of the body, in order, and what was given but could not be used (one-line causes).
 */
record Reading(String title, String date, String source, List<Piece> pieces, List<String> warnings) {
    Reading {
        pieces = List.copyOf(pieces);
        warnings = List.copyOf(warnings);
    }

    Reading(String title, String date, String source, List<Piece> pieces) {
        this(title, date, source, pieces, List.of());
    }
}
