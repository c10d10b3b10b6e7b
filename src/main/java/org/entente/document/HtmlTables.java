package org.entente.document;

import java.util.ArrayList;
import java.util.List;
import org.entente.document.Document.BlockKind;
import org.jsoup.nodes.Element;

/** Data tables in HTML: one TABLE_ROW piece per body row, read with the header row. */
final class HtmlTables {
    private static final int MAX_CELL_CHARS = 400;

    private HtmlTables() {}

    /**
     * A table of data rather than of layout: no table inside it, no long cell, not marked
     * {@code role=presentation}, and some row with two or more cells.
     */
    static boolean isData(Element table, TextSizes sizes) {
        if (table.attr("role").equalsIgnoreCase("presentation") || sizes.tables(table) > 1) return false;
        boolean wide = false;
        for (Element row : table.select("tr")) {
            List<Element> cells = cells(row);
            wide |= cells.size() >= 2;
            for (Element cell : cells) if (cell.text().length() > MAX_CELL_CHARS) return false;
        }
        return wide;
    }

    /** The caption (as a heading) and the body rows of a data table. */
    static List<Piece> rows(Element table) {
        List<Piece> out = new ArrayList<>();
        Element caption = table.selectFirst("caption");
        if (caption != null && !caption.text().isBlank()) out.add(Piece.of(BlockKind.HEADING, caption.text()));
        List<Element> rows = table.select("tr");
        Element header = header(table, rows);
        List<String> headers = header == null ? List.of() : texts(cells(header));
        for (Element row : rows) {
            if (row == header || row.closest("thead") != null) continue;
            String text = TableRows.render(headers, texts(cells(row)));
            if (!text.isEmpty()) out.add(Piece.of(BlockKind.TABLE_ROW, text));
        }
        return out;
    }

    /** The first row of {@code <thead>}, else the first row when all its cells are {@code <th>}, else null. */
    private static Element header(Element table, List<Element> rows) {
        Element head = table.selectFirst("thead tr");
        if (head != null) return head;
        if (rows.isEmpty()) return null;
        List<Element> first = cells(rows.get(0));
        return !first.isEmpty() && first.stream().allMatch(c -> c.normalName().equals("th")) ? rows.get(0) : null;
    }

    private static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Element child : row.children()) {
            if (child.normalName().equals("td") || child.normalName().equals("th")) cells.add(child);
        }
        return cells;
    }

    private static List<String> texts(List<Element> cells) {
        List<String> texts = new ArrayList<>();
        for (Element cell : cells) texts.add(Layout.clean(cell.text()));
        return texts;
    }
}
