package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What careless typing, bad copy-editing and broken scrapers do to a news sentence: words
 * dropped or repeated, capitalised names and treaty titles doubled, punctuation lost or doubled,
 * quotes and brackets left open, stray numbers. Deterministic for a given {@link Random}.
 */
final class Mutations {
    /** Titles whose words repeat: "of" twice tripped a set of the title's words once. */
    private static final String[] TITLES = {"the Treaty on the Creation of a Union State of Russia and Belarus",
            "the Treaty of Friendship of the Friendship", "the Agreement on the Agreement", "the Union State State",
            "Treaty Treaty", "the Convention on the Convention on Cooperation"};
    /** Number- and date-like tokens a scraper or a typist leaves behind, some out of range. */
    private static final String[] NUMBERS = {"3,000", "12,,000", "1.5.2", "10-12", "2024-13-45", "May 32", "$", "%", "1,5",
            "000", "-", "–", "about", "some 2,000", "31 February 2024", "February 30,", "0", "999999999999999999999",
            "99999999999 billion", "1.5 million million billion", "9.9e99 thousand", "３,０００", "٣١ March", "2024.", "1st", "32nd",
            "a dozen hundred", "several thousand", "on Monday", "last", "this", "earlier this", "mid-", "0th"};
    private static final String[] STRAYS = {"\"", "“", "'", "(", ")", "[", "'s", "s'", ",", ";", ":", "—", "...", "?", "’s",
            "İstanbul", "ß", "ﬁ", "🇺🇦", "\u00A0", "\u200B", "\u00AD", "e\u0301", "Ⅻ", "the", "of", "and", "Mr.", "Gen.", "U.S.",
            "/", "&", "@", "#news", "http://x.example/a?b=c", "U.S.-led", "Russia–Belarus", "North-Korean", "S-400", "F-16s", "then-",
            "ex-President", "former", "acting", "Deputy Deputy", "Vice", "Minister", "minister of", "the Minister", "spokesman",
            "which", "who", "that", "not", "did not", "may", "reportedly", "denied", "there", "it", "they", "its", "similar"};
    /**
     * Markup a broken scraper leaves in text, or that makes a line look like a heading, a list or a table. Openers that
     * rightly swallow the rest of a file ("<!--", "<script>", a code fence) come closed: a file of nothing but a comment
     * is rightly rejected, which is no bug.
     */
    private static final String[] MARKUP = {"#", "##", "-", "*", "|", ">", "``` ```", "---", "<!-- x -->", "[", "](", "**", "_",
            "`", "<p>", "</p>", "<br>", "&amp;", "&nbsp;", "&#0;", "<table>", "<td>", "</tr>", "<script>x</script>", "<h1>", "1.", "==="};

    private final Random rng;

    Mutations(Random rng) {
        this.rng = rng;
    }

    /** A sentence with one to three mutations. */
    String sentence(String s) {
        List<String> words = new ArrayList<>(List.of(s.strip().split("\\s+")));
        for (int n = 1 + rng.nextInt(3); n > 0; n--) mutate(words);
        String out = String.join(" ", words).strip();
        return out.isEmpty() ? s : out;
    }

    private void mutate(List<String> w) {
        int at = rng.nextInt(w.size());
        switch (rng.nextInt(17)) {
            case 0, 1 -> { if (w.size() > 1) w.remove(at); }
            case 2, 3 -> w.add(at, w.get(at));
            case 4 -> w.add(at, w.get(capitalised(w, at)));
            case 5 -> w.addAll(at, List.of(TITLES[rng.nextInt(TITLES.length)].split(" ")));
            case 6 -> w.replaceAll(x -> x.replaceAll("[.,;:!?]", ""));
            case 7 -> w.set(at, w.get(at) + (rng.nextBoolean() ? ",," : ", ,"));
            case 8 -> w.set(at, (rng.nextBoolean() ? "\"" : "“") + w.get(at));
            case 9 -> w.addAll(at, new ArrayList<>(w.subList(at, Math.min(w.size(), at + 2 + rng.nextInt(3)))));
            case 10 -> { if (at + 1 < w.size()) w.add(at, w.remove(at + 1)); }
            case 11 -> { if (w.size() > 2) w.subList(Math.max(1, at), w.size()).clear(); }
            case 12 -> w.add(at, NUMBERS[rng.nextInt(NUMBERS.length)]);
            case 13 -> w.add(rng.nextBoolean() ? 0 : at, MARKUP[rng.nextInt(MARKUP.length)]);
            case 14 -> { for (int k = 2 + rng.nextInt(8); k > 0; k--) w.add(at, w.get(at)); }
            case 15 -> { for (int k = w.size() - 2; k > 0; k -= 2) w.remove(k); }
            default -> w.add(at, rng.nextBoolean() ? STRAYS[rng.nextInt(STRAYS.length)] : w.get(at).toUpperCase(java.util.Locale.ROOT));
        }
        if (w.isEmpty()) w.add("Russia");
    }

    /** The first capitalised word from {@code at} on (wrapping), or {@code at}. */
    private static int capitalised(List<String> w, int at) {
        for (int k = 0; k < w.size(); k++) {
            int i = (at + k) % w.size();
            if (!w.get(i).isEmpty() && Character.isUpperCase(w.get(i).charAt(0))) return i;
        }
        return at;
    }

    /** Where a cut would rightly swallow the rest of a file (a script, a comment, a code block): such lines stay whole. */
    private static final String[] SWALLOWING = {"<script", "</script", "<style", "</style", "<!--", "-->", "```", "<pre", "</pre",
            "<title", "</title", "<textarea", "</textarea"};

    /** A line of a source file (Markdown, text or HTML) with words mutated, markup and all: sometimes left alone. */
    String line(String line) {
        if (line.isBlank() || rng.nextInt(3) == 0) return line;
        for (String s : SWALLOWING) if (line.toLowerCase(java.util.Locale.ROOT).contains(s)) return line;
        return sentence(line);
    }
}
