package org.entente.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One generated article while it is written: its paragraphs, key-points table and answer
 * key, then rendered as Markdown, plain text with a wire dateline, or an HTML page.
 */
final class Article {
    enum Format {
        MD("md"), TXT("txt"), HTML("html");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    static final String OUTLET = "Entente Synthetic Wire";
    private static final DateTimeFormatter WIRE_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    final String name;
    final Format format;
    final LocalDate date;
    String title;
    String dateline;
    final List<List<String>> paragraphs = new ArrayList<>();
    final List<String[]> keyPoints = new ArrayList<>();
    private final TreeMap<String, List<String>> names = new TreeMap<>();
    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    final List<String> notAnswers = new ArrayList<>();
    /** Event keys already told, so one article never tells one event twice in different words. */
    final Set<String> told = new HashSet<>();

    Article(String name, Format format, LocalDate date) {
        this.name = name;
        this.format = format;
        this.date = date;
        for (String q : List.of("officials", "deployments", "arms_transfers", "treaties", "statements", "training")) {
            rows.put(q, new ArrayList<>());
        }
    }

    String fileName() {
        return name + "." + format.extension;
    }

    void paragraph(String... sentences) {
        paragraphs.add(List.of(sentences));
    }

    /** Records the names an entity key accepts (lower-cased, as the evaluator compares). */
    void names(String key, List<String> accepted) {
        List<String> list = names.computeIfAbsent(key, k -> new ArrayList<>());
        for (String n : accepted) {
            String l = n.toLowerCase(Locale.ROOT);
            if (!list.contains(l)) list.add(l);
        }
    }

    /** Adds a key row for a question ({@code deployments}, …) and returns it for further fields. */
    Map<String, Object> row(String question, Object... fieldsAndValues) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) r.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        rows.get(question).add(r);
        return r;
    }

    boolean hasOfficialRow(String person) {
        return rows.get("officials").stream().anyMatch(r -> person.equals(r.get("person")));
    }

    int eventRows() {
        int n = 0;
        for (Map.Entry<String, List<Map<String, Object>>> e : rows.entrySet()) if (!e.getKey().equals("officials")) n += e.getValue().size();
        return n;
    }

    // ---- rendering ---------------------------------------------------------------------

    String text() {
        return switch (format) {
            case MD -> markdown();
            case TXT -> plain();
            case HTML -> html();
        };
    }

    private String frontMatter() {
        return "---\ntitle: \"" + title.replace("\"", "'") + "\"\ndate: " + date + "\n---\n";
    }

    private String markdown() {
        StringBuilder b = new StringBuilder(frontMatter()).append('\n').append("# ").append(title).append("\n\n");
        for (List<String> p : paragraphs) b.append(String.join(" ", p)).append("\n\n");
        if (!keyPoints.isEmpty()) {
            b.append("## Key points\n\n| Key point | Detail |\n|---|---|\n");
            for (String[] kp : keyPoints) b.append("| ").append(kp[0]).append(" | ").append(kp[1]).append(" |\n");
            b.append('\n');
        }
        return b.toString();
    }

    private String plain() {
        StringBuilder b = new StringBuilder(frontMatter());
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == 0 && dateline != null) {
                b.append(dateline.toUpperCase(Locale.ROOT)).append(", ").append(date.format(WIRE_DATE)).append(" (").append(OUTLET).append(") -- ");
            }
            b.append(String.join(" ", paragraphs.get(i))).append(i + 1 < paragraphs.size() ? "\n\n" : "\n");
        }
        return b.toString();
    }

    private String html() {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(esc(title)).append(" | ")
                .append(OUTLET).append("</title>\n<meta property=\"og:title\" content=\"").append(esc(title)).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(date).append("T08:00:00Z\">\n")
                .append("<style>nav a { margin-right: 8px; }</style>\n</head>\n<body>\n")
                .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/business\">Business</a> <a href=\"/sport\">Sport</a></nav>\n")
                .append("<article>\n<h1>").append(esc(title)).append("</h1>\n");
        for (List<String> p : paragraphs) b.append("<p>").append(esc(String.join(" ", p))).append("</p>\n");
        if (!keyPoints.isEmpty()) {
            b.append("<table>\n<tr><th>Key point</th><th>Detail</th></tr>\n");
            for (String[] kp : keyPoints) b.append("<tr><td>").append(esc(kp[0])).append("</td><td>").append(esc(kp[1])).append("</td></tr>\n");
            b.append("</table>\n");
        }
        b.append("</article>\n<footer><p>Copyright ").append(date.getYear()).append(' ').append(OUTLET)
                .append(". Synthetic text for testing.</p></footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The answer key in the format {@code entente evaluate} reads. */
    String key(String note) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("document", fileName());
        k.put("published", date.toString());
        k.put("title", title);
        k.put("note", note);
        k.put("names", new TreeMap<>(names));
        rows.forEach(k::put);
        k.put("not_answers", notAnswers);
        return Json.write(k);
    }
}
