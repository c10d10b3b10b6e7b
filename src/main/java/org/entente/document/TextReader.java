package org.entente.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.document.Document.BlockKind;

/**
 * Reads the body of a Markdown or plain-text document into pieces, one instance per body.
 *
 * <p>Paragraphs are separated by blank lines and their soft-wrapped lines joined with a space;
 * when the body has no blank line between text lines (one paragraph per line, as news sites
 * export), every line is its own block. A short line that does not end like a sentence is a
 * heading. List items ("- ", "* ", "• ", "1. ") lose their marker. Pipe tables give one row
 * per block. Markdown also gets ATX and setext headings and its inline syntax removed.
 */
final class TextReader {
    private static final Pattern ATX = Pattern.compile("\\s{0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*");
    private static final Pattern UNDERLINE = Pattern.compile("\\s{0,3}(?:=+|-+)\\s*");
    private static final Pattern RULE = Pattern.compile("\\s{0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,}|={3,}[ \\t]*)");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[-*+•‣▪]|\\d{1,3}[.)])\\s+(.*)");
    private static final Pattern TOC_ENTRY = Pattern.compile("\\[[^\\]]*]\\(#[^)]*\\)");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("\\s{0,3}\\[\\^[^\\]]+]:\\s*(.*)");
    private static final int LONG_LINE = 100;

    private final boolean markdown;
    private final UnaryOperator<String> inline;
    private final List<String> lines;
    private final boolean onePerLine;
    private final List<Piece> out = new ArrayList<>();
    private final List<String> run = new ArrayList<>();
    private StringBuilder item;

    private TextReader(String body, boolean markdown) {
        this.markdown = markdown;
        this.inline = markdown ? Inline::strip : UnaryOperator.identity();
        this.lines = markdown ? MarkdownLines.prepare(body) : List.of(body.split("\n", -1));
        this.onePerLine = !hasBlankBetweenText(lines);
    }

    /** The pieces of a body (front matter already removed). */
    static List<Piece> read(String body, boolean markdown) {
        TextReader reader = new TextReader(body, markdown);
        for (int i = 0; i < reader.lines.size(); ) i = reader.step(i);
        reader.flush();
        return reader.out;
    }

    static boolean hasBlankBetweenText(List<String> lines) {
        int first = 0;
        int last = lines.size() - 1;
        while (first <= last && lines.get(first).isBlank()) first++;
        while (last >= first && lines.get(last).isBlank()) last--;
        for (int i = first; i <= last; i++) if (lines.get(i).isBlank()) return true;
        return false;
    }

    /** Reads the line at {@code i} (and any it owns); returns the index of the next unread line. */
    private int step(int i) {
        String line = lines.get(i);
        if (line.isBlank()) {
            flush();
            return i + 1;
        }
        String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
        if (TableRows.startsTable(line, next)) {
            flush();
            return table(i);
        }
        if (markdown && atxHeading(line)) return i + 1;
        if (underlined(line, next)) return i + 2;
        if (RULE.matcher(line).matches() || UNDERLINE.matcher(line).matches()) {
            flush();
            return i + 1;
        }
        if (markdown) {
            Matcher note = FOOTNOTE_DEFINITION.matcher(line);
            if (note.matches()) {
                flush();
                line = note.group(1);
            }
        }
        Matcher li = LIST_ITEM.matcher(line);
        if (li.matches()) {
            flush();
            item = new StringBuilder(li.group(1));
        } else if (item != null && !onePerLine) {
            item.append(' ').append(line.strip());
        } else {
            run.add(line);
        }
        if (onePerLine) flush();
        return i + 1;
    }

    /** Adds the line as a heading when it is an ATX heading ("## Text"). */
    private boolean atxHeading(String line) {
        Matcher atx = ATX.matcher(line);
        if (!atx.matches()) return false;
        flush();
        String text = atx.group(2) == null ? "" : atx.group(2);
        out.add(new Piece(BlockKind.HEADING, inline.apply(text), atx.group(1).length()));
        return true;
    }

    /**
     * Adds the line as a heading when the next line underlines it with "===" (level 1) or "---"
     * (level 2) and it starts a block. Plain text also needs a heading's shape and three marks.
     */
    private boolean underlined(String line, String next) {
        if (!run.isEmpty() || item != null || LIST_ITEM.matcher(line).matches() || !UNDERLINE.matcher(next).matches()) {
            return false;
        }
        String text = Layout.clean(inline.apply(line));
        if (!markdown && (next.strip().length() < 3 || !Shapes.heading(text))) return false;
        flush();
        out.add(new Piece(BlockKind.HEADING, text, next.strip().charAt(0) == '=' ? 1 : 2));
        return true;
    }

    private int table(int i) {
        List<String> headers = TableRows.cells(lines.get(i), inline);
        int j = i + 2;
        for (; j < lines.size() && TableRows.isRow(lines.get(j)); j++) {
            if (TableRows.isSeparator(lines.get(j))) continue;
            String row = TableRows.render(headers, TableRows.cells(lines.get(j), inline));
            if (!row.isEmpty()) out.add(Piece.of(BlockKind.TABLE_ROW, row));
        }
        return j;
    }

    private void flush() {
        if (item != null) {
            String text = item.toString().strip();
            if (!(markdown && TOC_ENTRY.matcher(text).matches())) out.add(Piece.of(BlockKind.LIST_ITEM, inline.apply(text)));
            item = null;
        }
        if (!run.isEmpty()) {
            paragraphs(run);
            run.clear();
        }
    }

    /**
     * A run of lines with no blank line between them: a title-case heading line above a longer
     * line that starts a new sentence goes off on its own; long lines that each end a sentence are separate paragraphs;
     * anything else is one soft-wrapped paragraph.
     */
    private void paragraphs(List<String> lines) {
        int from = 0;
        while (lines.size() - from > 1) {
            String first = Layout.clean(inline.apply(lines.get(from)));
            String second = Layout.clean(inline.apply(lines.get(from + 1)));
            boolean startsAnew = !second.isEmpty() && !Character.isLowerCase(second.codePointAt(0));
            if (!startsAnew || !Shapes.heading(first) || !Shapes.titleCase(first) || first.length() >= 0.7 * second.length()) {
                break;
            }
            out.add(Piece.of(BlockKind.HEADING, first));
            from++;
        }
        List<String> rest = lines.subList(from, lines.size());
        if (rest.size() == 1 || separateLines(rest)) {
            for (String line : rest) single(line);
        } else {
            out.add(Piece.of(BlockKind.PARAGRAPH, inline.apply(String.join(" ", rest))));
        }
    }

    private static boolean separateLines(List<String> lines) {
        int longest = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            longest = Math.max(longest, line.length());
            if (i < lines.size() - 1 && !Shapes.endsSentence(line)) return false;
        }
        return longest > LONG_LINE;
    }

    private void single(String line) {
        String text = Layout.clean(inline.apply(line));
        out.add(Piece.of(Shapes.heading(text) ? BlockKind.HEADING : BlockKind.PARAGRAPH, text));
    }
}
