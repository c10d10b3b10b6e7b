package org.entente.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.EntenteException;

/**
 * Front matter as Jekyll and Hugo write it: a first line {@code ---}, {@code key: value} lines,
 * a closing {@code ---} (or {@code ...}); Hugo's TOML form between {@code +++} lines with
 * {@code key = value} is read too. Only {@code title}, {@code date} and {@code source} are kept;
 * other keys are ignored, a date that is no date is dropped with a warning, a source that is not
 * an absolute URL is dropped. Front matter that is opened and never closed is an error: read as
 * text, its keys would be taken for the article and its date lost.
 *
 * @param title    the title, or null
 * @param date     "YYYY-MM-DD" or "YYYY-MM", or null
 * @param source   an absolute URL, or null
 * @param body     the text after the front matter (all of it when there is none)
 * @param warnings what was given and dropped, each a one-line cause (empty when nothing was)
 */
record FrontMatter(String title, String date, String source, String body, List<String> warnings) {
    FrontMatter {
        warnings = List.copyOf(warnings);
    }

    private static final Pattern YAML_KEY = Pattern.compile("([A-Za-z_][\\w.-]*)\\s*:(?:\\s+(.*)|\\s*)");
    private static final Pattern TOML_KEY = Pattern.compile("([A-Za-z_][\\w.-]*)\\s*=\\s*(.*)");
    private static final Pattern OTHER_YAML = Pattern.compile("\\s+.*|-\\s.*|-|#.*|\\s*");
    private static final Pattern TOML_OTHER = Pattern.compile("\\[.*]|#.*|\\s*|\\s+.*|[\\]}].*");

    /**
     * Splits front matter off the text, when the text opens with it.
     *
     * @throws EntenteException when the text opens a front matter block ({@code ---} or {@code +++}
     *                          then a key) and never closes it
     */
    static FrontMatter parse(String text) {
        String[] lines = text.split("\n", -1);
        String fence = lines[0].strip();
        boolean yaml = fence.equals("---");
        if (!yaml && !fence.equals("+++")) return metadataLines(lines, text);
        int close = -1;
        for (int i = 1; i < lines.length && close < 0; i++) {
            String l = lines[i].strip();
            if (l.equals(fence) || (yaml && l.equals("..."))) close = i;
        }
        if (close < 0) {
            // A rule then prose is Markdown; a fence then a key is front matter missing its end.
            if (lines.length > 1 && opensWithKey(lines[1], yaml)) {
                throw new EntenteException("front matter opened by '" + fence + "' on line 1 is never closed: end it with a '"
                        + fence + "' line after its last key");
            }
            return none(text);
        }
        Map<String, String> values = yaml ? yaml(lines, close) : toml(lines, close);
        if (values == null) return none(text);
        String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
        return of(values, body);
    }

    /** Whether a line reads as a front matter key: lower case, as Jekyll and Hugo write them ("title:", not "WASHINGTON:"). */
    private static boolean opensWithKey(String line, boolean yaml) {
        Matcher m = (yaml ? YAML_KEY : TOML_KEY).matcher(yaml ? line : line.strip());
        return m.matches() && m.group(1).equals(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The kept values, with a warning for a date given but unreadable (the document is read without it). */
    private static FrontMatter of(Map<String, String> values, String body) {
        String given = blankToNull(values.get("date"));
        String date = Dates.normalise(given);
        List<String> warnings = given != null && date == null
                ? List.of("front matter date '" + given + "' is not a date (YYYY-MM-DD or YYYY-MM); the document is read without it")
                : List.of();
        return new FrontMatter(blankToNull(values.get("title")), date, url(values.get("source")), body, warnings);
    }

    /**
     * MultiMarkdown's metadata: no fences, the file opens with {@code Key: value} lines up to the
     * first blank line ("Title: …", "Date: …"). Read only when the first key is one of ours, so
     * a dateline such as "WASHINGTON: …" stays text.
     */
    private static FrontMatter metadataLines(String[] lines, String text) {
        Matcher first = YAML_KEY.matcher(lines[0]);
        if (!first.matches() || !METADATA_KEYS.contains(first.group(1).toLowerCase(Locale.ROOT))) return none(text);
        Map<String, String> values = new LinkedHashMap<>();
        int i = 0;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            Matcher m = YAML_KEY.matcher(lines[i]);
            if (!m.matches()) return none(text);
            String key = m.group(1).toLowerCase(Locale.ROOT);
            values.putIfAbsent(ALIASES.getOrDefault(key, key), m.group(2) == null ? "" : scalar(m.group(2).strip()));
        }
        String body = String.join("\n", List.of(lines).subList(i, lines.length));
        return of(values, body);
    }

    private static final java.util.Set<String> METADATA_KEYS = java.util.Set.of("title", "date", "published", "source", "url",
            "author", "byline");
    private static final Map<String, String> ALIASES = Map.of("published", "date", "url", "source");

    private static FrontMatter none(String text) {
        return new FrontMatter(null, null, null, text, List.of());
    }

    /** Top-level keys of YAML lines 1..close-1, or null when a line is not YAML-like. */
    private static Map<String, String> yaml(String[] lines, int close) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < close; i++) {
            Matcher m = YAML_KEY.matcher(lines[i]);
            if (!m.matches()) {
                if (!OTHER_YAML.matcher(lines[i]).matches()) return null;
                continue;
            }
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (value.matches("[>|][+-]?")) value = folded(lines, i + 1, close);
            values.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), scalar(value));
        }
        return values;
    }

    private static Map<String, String> toml(String[] lines, int close) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < close; i++) {
            if (lines[i].strip().startsWith("[")) break;            // a table: top-level keys are over
            Matcher m = TOML_KEY.matcher(lines[i].strip());
            if (!m.matches()) {
                if (!TOML_OTHER.matcher(lines[i]).matches()) return null;
                continue;
            }
            values.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), scalar(m.group(2).strip()));
        }
        return values;
    }

    /** The indented lines after a block scalar indicator, joined by spaces. */
    private static String folded(String[] lines, int from, int close) {
        List<String> parts = new ArrayList<>();
        for (int i = from; i < close && (lines[i].isBlank() || Character.isWhitespace(lines[i].charAt(0))); i++) {
            if (!lines[i].isBlank()) parts.add(lines[i].strip());
        }
        return "\"" + String.join(" ", parts).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A scalar value without its quotes (or, unquoted, without a trailing comment). */
    static String scalar(String v) {
        if (v.length() >= 2 && v.startsWith("\"")) {
            int end = closingQuote(v);
            String inner = v.substring(1, end < 0 ? v.length() : end);
            return inner.replace("\\\"", "\"").replace("\\\\", "\\").replace("\\n", " ");
        }
        if (v.length() >= 2 && v.startsWith("'")) {
            int end = v.lastIndexOf('\'');
            return v.substring(1, end > 0 ? end : v.length()).replace("''", "'");
        }
        int comment = v.indexOf(" #");
        return (comment >= 0 ? v.substring(0, comment) : v).strip();
    }

    private static int closingQuote(String v) {
        for (int i = 1; i < v.length(); i++) {
            if (v.charAt(i) == '\\') i++;
            else if (v.charAt(i) == '"') return i;
        }
        return -1;
    }

    /** The value when it is an absolute http(s) URL, else null. */
    static String url(String v) {
        if (v == null || v.isBlank()) return null;
        try {
            URI uri = new URI(v.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
