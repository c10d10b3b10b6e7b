package org.entente.ingest;

import java.util.Objects;

/**
 * Something a document gave that ingestion dropped, the document itself still stored: a front
 * matter date that is no date ({@code date: 2024-13-45}). Immutable.
 *
 * @param file  the document: its source key (the path as given, or the name it was posted under)
 * @param cause what was dropped and why, in one line
 */
public record DocumentWarning(String file, String cause) {
    public DocumentWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(cause, "cause");
    }

    /** The warning as one line naming the file and the cause. */
    public String message() {
        return file + ": " + cause;
    }
}
