package org.entente.nlp;

/**
 * Same-length normalisation of text for matching: curly quotes and apostrophes become
 * straight, dashes become hyphens, odd spaces become spaces. Offsets into the normalised text
 * are offsets into the original.
 */
public final class TextNorm {
    private TextNorm() {}

    public static String normalize(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i), n = map(ch);
            if (n != ch) {
                if (c == null) c = s.toCharArray();
                c[i] = n;
            }
        }
        return c == null ? s : new String(c);
    }

    private static char map(char ch) {
        return switch (ch) {
            case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u00A0', '\u2009', '\u202F', '\u2007' -> ' ';
            default -> ch;
        };
    }
}
