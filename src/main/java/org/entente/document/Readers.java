package org.entente.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.entente.document.Document.BlockKind;

/**
 * The standard {@link DocumentReader}: checks the bytes ({@link TextChecks}), picks the format
 * by extension (.md/.markdown, .txt/.text, .html/.htm/.xhtml; any other name is read as HTML when
 * it starts like HTML, else as plain text) and lays the result out ({@link Layout}).
 *
 * <p>Title: front matter or HTML metadata, else a first heading (level 1, or a heading by
 * shape); a first heading equal to the title is not repeated. Published date: front matter or
 * HTML metadata, else a news dateline opening the first paragraph of a text or Markdown
 * document, else the default date. Stateless and thread-safe.
 */
final class Readers implements DocumentReader {
    private static final Pattern HTML_START = Pattern.compile("(?is)\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b.*");

    enum Format { MARKDOWN, TEXT, HTML }

    @Override
    public Document read(Path file, byte[] bytes, LocalDate defaultDate) {
        Objects.requireNonNull(bytes, "bytes");
        String text = TextChecks.decode(bytes);
        Format format = format(file, text);
        Reading reading = format == Format.HTML ? HtmlReader.read(text) : plain(text, format == Format.MARKDOWN);
        return assemble(reading, format != Format.HTML, defaultDate);
    }

    static Format format(Path file, String text) {
        String name = file == null || file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) return Format.MARKDOWN;
        if (name.endsWith(".txt") || name.endsWith(".text")) return Format.TEXT;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return Format.HTML;
        String head = text.length() > 1024 ? text.substring(0, 1024) : text;
        return HTML_START.matcher(head).matches() ? Format.HTML : Format.TEXT;
    }

    private static Reading plain(String text, boolean markdown) {
        FrontMatter front = FrontMatter.parse(text);
        return new Reading(front.title(), front.date(), front.source(), TextReader.read(front.body(), markdown), front.warnings());
    }

    private static Document assemble(Reading reading, boolean datelines, LocalDate defaultDate) {
        List<Piece> pieces = new ArrayList<>(reading.pieces());
        String title = reading.title() == null ? "" : Layout.clean(reading.title());
        int first = firstKept(pieces);
        if (first >= 0 && pieces.get(first).isHeading()) {
            Piece heading = pieces.get(first);
            String text = Layout.clean(heading.text());
            if (title.isEmpty() && heading.level() <= 1) {
                title = text;
                pieces.remove(first);
            } else if (text.equalsIgnoreCase(title)) {
                pieces.remove(first);
            }
        }
        String published = reading.date();
        if (published == null && datelines) published = dateline(pieces);
        if (published == null && defaultDate != null) published = defaultDate.toString();
        if (datelines) splitDatelines(pieces);
        return Layout.document(title, published, reading.source(), pieces, reading.warnings());
    }

    /** A paragraph that opens with a dateline becomes a heading (the dateline) and the paragraph after it. */
    private static void splitDatelines(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.kind() != BlockKind.PARAGRAPH) continue;
            String text = Layout.clean(p.text());
            int end = Dates.datelineEnd(text);
            if (end < 0) continue;
            pieces.set(i, Piece.of(BlockKind.HEADING, text.substring(0, end).strip()));
            pieces.add(i + 1, Piece.of(BlockKind.PARAGRAPH, text.substring(end)));
            i++;
        }
    }

    /** Index of the first piece the layout will keep (not empty, not chrome), or -1. */
    private static int firstKept(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            String text = Layout.clean(pieces.get(i).text());
            if (!text.isEmpty() && !Layout.isChrome(text)) return i;
        }
        return -1;
    }

    private static String dateline(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (p.kind() == BlockKind.PARAGRAPH) return Dates.dateline(Layout.clean(p.text()));
        }
        return null;
    }
}
