package org.entente.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown lines made ready for block reading: HTML comments, fenced code blocks and link
 * reference definitions are removed (their lines vanish rather than turn blank), and blockquote
 * markers are taken off.
 */
final class MarkdownLines {
    private static final char GONE = '\u0000';     // cannot occur: the checks reject NUL bytes
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(`{3,}|~{3,}).*");
    private static final Pattern LINK_DEFINITION = Pattern.compile("\\s{0,3}\\[(?!\\^)[^\\]]+]:\\s*\\S+.*");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^(?:\\s{0,3}>\\s?)+");

    private MarkdownLines() {}

    static List<String> prepare(String body) {
        String text = withoutComments(body);
        List<String> out = new ArrayList<>();
        String fence = null;
        for (String raw : text.split("\n", -1)) {
            if (fence != null) {
                if (raw.strip().startsWith(fence)) fence = null;
                continue;
            }
            var m = FENCE.matcher(raw);
            if (m.matches()) {
                fence = m.group(1);
                continue;
            }
            if (raw.strip().equals(String.valueOf(GONE)) || LINK_DEFINITION.matcher(raw).matches()) continue;
            String line = raw.indexOf(GONE) >= 0 ? raw.replace(String.valueOf(GONE), "") : raw;
            out.add(QUOTE_MARKER.matcher(line).replaceFirst(""));
        }
        return out;
    }

    /** Each complete {@code <!-- … -->} replaced by one GONE mark; an unclosed one is left as text. */
    private static String withoutComments(String body) {
        int open = body.indexOf("<!--");
        if (open < 0) return body;
        StringBuilder out = new StringBuilder(body.length());
        int from = 0;
        while (open >= 0) {
            int close = body.indexOf("-->", open + 4);
            if (close < 0) break;
            out.append(body, from, open).append(GONE);
            from = close + 3;
            open = body.indexOf("<!--", from);
        }
        return out.append(body, from, body.length()).toString();
    }
}
