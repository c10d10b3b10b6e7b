package org.entente.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Table rows as sentences, read in the context of their header: "Supplier: Germany; Recipient:
 * Ukraine; System: IRIS-T." A two-column table is a key/value list, so its header adds nothing:
 * "Flag Imagery: A photo … circulated." Empty cells are skipped. Also finds Markdown pipe tables
 * (a header line, a separator line such as {@code ---|:---:|}, then rows with pipes).
 */
final class TableRows {
    private static final Pattern SEPARATOR = Pattern.compile("\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…][\"'”’)\\]]*$");

    private TableRows() {}

    /** A row as one sentence, or "" when all its cells are empty. */
    static String render(List<String> headers, List<String> cells) {
        List<String> cleaned = new ArrayList<>();
        for (String c : cells) cleaned.add(Layout.clean(c));
        List<String> heads = new ArrayList<>();
        for (String h : headers) heads.add(Layout.clean(h));
        int columns = Math.max(heads.size(), cleaned.size());
        String row = columns == 2 ? keyValue(cleaned) : labelled(heads, cleaned);
        return row.isEmpty() || ENDS_SENTENCE.matcher(row).matches() ? row : row + ".";
    }

    private static String keyValue(List<String> cells) {
        String key = cells.isEmpty() ? "" : cells.get(0);
        String value = cells.size() < 2 ? "" : cells.get(1);
        if (key.isEmpty() || value.isEmpty()) return key + value;
        return key + ": " + value;
    }

    private static String labelled(List<String> heads, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) continue;
            String head = i < heads.size() ? heads.get(i) : "";
            parts.add(head.isEmpty() ? cell : head + ": " + cell);
        }
        return String.join("; ", parts);
    }

    /** True when {@code header} has a pipe and {@code separator} is a pipe-table separator line. */
    static boolean startsTable(String header, String separator) {
        return header.indexOf('|') >= 0 && separator.indexOf('|') >= 0 && separator.indexOf('-') >= 0
                && !header.isBlank() && isSeparator(separator) && !isSeparator(header);
    }

    /** True for a separator line such as {@code ---|:---:|}. */
    static boolean isSeparator(String line) {
        return line.indexOf('-') >= 0 && SEPARATOR.matcher(line.strip()).matches();
    }

    /** True when the line can be a row of a pipe table already started. */
    static boolean isRow(String line) {
        return !line.isBlank() && line.indexOf('|') >= 0;
    }

    /** The cells of a pipe-table line: split on unescaped pipes, outer pipes optional, each cell mapped. */
    static List<String> cells(String line, UnaryOperator<String> inline) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|") && !s.endsWith("\\|")) s = s.substring(0, s.length() - 1);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(inline.apply(cell.toString()).strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(inline.apply(cell.toString()).strip());
        return cells;
    }
}
