package org.entente.document;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads a file's bytes into a {@link Document}: Markdown ({@code .md}), plain text
 * ({@code .txt}) and HTML ({@code .html}, {@code .htm}). Stateless and thread-safe.
 *
 * <p>Bad input (empty, binary, not UTF-8, too large, unreadable structure, front matter opened
 * and never closed) is rejected with an {@link org.entente.EntenteException} whose message is
 * one line naming the cause. A value given but unreadable (a front matter date that is no date)
 * is dropped and named in {@link Document#warnings()}.
 */
public interface DocumentReader {
    /**
     * @param file        the file name (its extension picks the format; it is not read)
     * @param bytes       the file's content
     * @param defaultDate the publication date to use when the document gives none, or null
     */
    Document read(Path file, byte[] bytes, LocalDate defaultDate);

    /** The reader for all supported formats. */
    static DocumentReader standard() {
        return new Readers();
    }
}
