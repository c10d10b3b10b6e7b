package org.entente.document;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Removes inline Markdown from a line, keeping the words: emphasis, code spans, links (their
 * text stays), images (dropped), footnote references, HTML tags and entities, backslash escapes.
 */
final class Inline {
    private static final char ESCAPE_BASE = '\uE000';
    private static final Pattern ESCAPED = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]{0,1000}]\\([^)]{0,2000}\\)|!\\[[^\\]]{0,1000}]\\[[^\\]]{0,200}]");
    private static final Pattern LINK = Pattern.compile(
            "\\[([^\\]]{0,1000})]\\([^()\\s]{0,2000}(?:\\([^()\\s]{0,500}\\)[^()\\s]{0,2000})?(?:\\s+(?:\"[^\"]{0,500}\"|'[^']{0,500}'))?\\s*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]{1,1000})]\\[[^\\]]{0,200}]");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]{1,100}]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]{1,2000})>");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\\s[^<>]{0,2000})?/?>");
    // Span contents exclude their own delimiter, so a failed match stops at the next one: linear time.
    private static final Pattern CODE = Pattern.compile("(`{1,8})\\s?([^`]{1,2000}?)\\s?\\1");
    private static final Pattern STRONG_STAR = Pattern.compile("\\*\\*(?=\\S)([^*]{1,2000}?)(?<=\\S)\\*\\*");
    private static final Pattern STRONG_UNDER = Pattern.compile("(?<![\\w_])__(?=\\S)([^_]{1,2000}?)(?<=\\S)__(?![\\w_])");
    private static final Pattern STAR_EM = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])([^*]{1,2000}?)(?<=[^\\s*])\\*(?![\\w*])");
    private static final Pattern UNDER_EM = Pattern.compile("(?<![\\w_])_(?=[^\\s_])([^_]{1,2000}?)(?<=[^\\s_])_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)([^~]{1,2000}?)(?<=\\S)~~");

    private Inline() {}

    /** The line with inline Markdown removed (whitespace not yet collapsed). */
    static String strip(String line) {
        String s = protectEscapes(line);
        if (s.indexOf('[') >= 0) {
            s = IMAGE.matcher(s).replaceAll("");
            s = LINK.matcher(s).replaceAll("$1");
            s = REF_LINK.matcher(s).replaceAll("$1");
            s = FOOTNOTE.matcher(s).replaceAll("");
        }
        if (s.indexOf('<') >= 0) {
            s = AUTOLINK.matcher(s).replaceAll("$1");
            s = BREAK_TAG.matcher(s).replaceAll(" ");
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('`') >= 0) s = CODE.matcher(s).replaceAll("$2");
        if (s.indexOf('*') >= 0) {
            s = STRONG_STAR.matcher(s).replaceAll("$1");
            s = STAR_EM.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('_') >= 0) {
            s = STRONG_UNDER.matcher(s).replaceAll("$1");
            s = UNDER_EM.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('~') >= 0) s = STRIKE.matcher(s).replaceAll("$1");
        if (s.indexOf('&') >= 0) s = Parser.unescapeEntities(s, false);
        return s == line ? s : restoreEscapes(s);
    }

    /** Backslash-escaped punctuation becomes a private-use character so no rule above sees it. */
    private static String protectEscapes(String line) {
        if (line.indexOf('\\') < 0) return line;
        return ESCAPED.matcher(line).replaceAll(r -> String.valueOf((char) (ESCAPE_BASE + r.group(1).charAt(0))));
    }

    private static String restoreEscapes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= ESCAPE_BASE && c < ESCAPE_BASE + 128 ? (char) (c - ESCAPE_BASE) : c);
        }
        return out.toString();
    }
}
