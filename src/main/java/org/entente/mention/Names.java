package org.entente.mention;

import java.util.List;
import java.util.Set;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/**
 * Where a person's name runs in a sentence when the reference data does not know it: capitalised words after a title,
 * past ranks and honorifics ("Maj. Gen. Pat Ryder", "Datuk Seri Anwar Ibrahim"), or before a title across a comma.
 * Taggers miss foreign names often enough ("Wang/VERB") that capitalisation decides. Stateless.
 */
final class Names {
    private Names() {}

    static final Set<String> PARTICLES = Set.of("bin", "binti", "bint", "ben", "al", "de", "van", "von", "der", "den", "ter", "da", "das", "do",
            "dos", "du", "di", "della", "le", "la", "del", "el", "ibn", "abu");

    /** Military ranks between a title and a name, in full or abbreviated: "press secretary Maj. Gen. Pat Ryder". */
    static final Set<String> RANKS = Set.of("general", "gen.", "gen", "maj.", "major", "lt.", "lieutenant", "col.",
            "colonel", "adm.", "admiral", "brig.", "brigadier", "air", "marshal", "vice", "rear", "capt.", "captain", "maj", "lt", "col", "adm", "brig", "capt", "sgt", "sgt.",
            "sergeant", "commodore", "field");

    /** Capitalised words that belong to bodies, titles and page furniture, never to a person's name. */
    static final Set<String> NOT_NAMES = Set.of("office", "ministry", "department", "authorised", "authorized", "media",
            "release", "statement", "press", "government", "council", "committee", "house", "republic", "forces", "force", "army",
            "navy", "agency", "service", "minister", "president", "general", "the", "and", "of", "for", "said", "says", "on", "in",
            "at", "with", "by", "after", "before", "told", "has", "had", "was", "is", "will", "would", "also", "secretary", "state",
            "defence", "defense", "foreign", "affairs", "national", "security", "command", "headquarters", "embassy", "parliament",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
            "june", "july", "august", "september", "october", "november", "december", "contact", "enquiries", "photo",
            // Styles and royal kin words: "Datuk Seri", "Queen Mother", "His Majesty" are no one's name.
            "datuk", "dato", "seri", "tun", "majesty", "highness", "excellency", "royal", "mother", "father", "consort",
            "dowager", "prince", "princess", "king", "queen", "emir", "sultan");

    /** Words that open a time adverbial ("Last May", "Early Tuesday"), never a name. */
    private static final Set<String> TIME_OPENERS = Set.of("last", "next", "early", "late", "mid", "since", "until", "this", "that");

    /**
     * The token before a title that may close the name in front of it: the comma of "X, the defence minister", past an
     * article, a word of appointing ("X, now defence minister") and a relative clause that only gives the title ("X, who
     * serves as both deputy prime minister and …", "X, who is the army chief", "X, who was named envoy", "X, who was sworn in
     * as defence minister").
     */
    static int commaBefore(Sentence s, int start) {
        int k = start - 1;
        if (k >= 0 && (s.token(k).is("the") || s.token(k).is("a") || s.token(k).is("an") || s.token(k).is("both"))) k--;
        boolean appointed = k >= 0 && APPOINTED.contains(s.token(k).lower());
        if (appointed) k--;
        int j = k;
        if (j >= 1 && s.token(j).is("as") && SERVES.contains(s.token(j - 1).lower())) j -= 2;
        // "X, who was sworn in as defence minister a day earlier".
        else if (j >= 3 && s.token(j).is("as") && s.token(j - 1).is("in") && s.token(j - 2).is("sworn") && s.token(j - 3).is("was")) j -= 4;
        else if (j >= 0 && (s.token(j).is("is") || s.token(j).is("became") || appointed && s.token(j).is("was"))) j--;
        else return k;
        return j >= 1 && s.token(j).is("who") ? j - 1 : k;
    }

    private static final Set<String> SERVES = Set.of("serves", "acts", "doubles");

    /** "Garry Conille, appointed Haiti's prime minister": words of taking office between a name and its title. */
    static final Set<String> APPOINTED = Set.of("appointed", "named", "elected", "nominated", "designated", "confirmed", "now");

    /** The first token of a name that may follow token {@code from}, past a comma, ranks and honorifics. */
    static int start(Sentence s, int from) {
        int i = from;
        // "Spokesperson: Pham Thu Hang", as transcripts and tables give a title's holder.
        if (i < s.size() && (s.token(i).is(",") || s.token(i).is(":"))) i++;
        while (i + 1 < s.size()) {
            int next = honorificEnd(s, i);
            if (next == i && RANKS.contains(s.token(i).lower())) next = i + 1;
            if (next == i) break;
            // The tokenizer may split the abbreviation's full stop off: "Maj", ".", "Gen", ".".
            if (next < s.size() && s.token(next).is(".")) next++;
            if (next >= s.size() || !s.token(next).isCapitalized()) break;
            i = next;
        }
        return i;
    }

    /**
     * The end of an honorific or style at token i, or i when none: "Datuk Seri", "Tan Sri", "Sheikh", "His Majesty",
     * "Her Royal Highness". "Tan" and "Sri" are honorifics only together ("Tan Sri"), since both begin names too.
     */
    static int honorificEnd(Sentence s, int i) {
        String w = s.token(i).lower();
        String next = i + 1 < s.size() ? s.token(i + 1).lower() : "";
        if (STYLE_HEADS.contains(w)) {
            int k = i + 1;
            while (k < s.size() && STYLE_WORDS.contains(s.token(k).lower())) k++;
            return k > i + 1 ? k : i;
        }
        if (w.equals("tan") && (next.equals("sri") || next.equals("seri"))) return i + 2;
        if (MALAY_TITLES.contains(w) || w.startsWith("dato")) {
            int k = i + 1;
            if (k < s.size() && s.token(k).is("'")) k++;
            return k < s.size() && (s.token(k).is("seri") || s.token(k).is("sri")) ? k + 1 : k;
        }
        return HONORIFICS.contains(w) ? i + 1 : i;
    }

    /** Single-word honorifics: "Mr", "Dr", "Sheikh". */
    private static final Set<String> HONORIFICS = Set.of("dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "dame", "the",
            "hon", "hon.", "honourable", "honorable", "sheikh", "shaikh", "sheik", "haji", "hajji", "prof.", "prof", "professor", "prince",
            "princess");
    /** Malay styles, which may take "Seri" or "Sri" after them: "Datuk Seri", "Dato' Sri", "Tun". */
    private static final Set<String> MALAY_TITLES = Set.of("datuk", "dato", "datin", "tun", "toh", "puan");
    /** "His Majesty", "Her Royal Highness", "His Excellency": a pronoun opens the style. */
    private static final Set<String> STYLE_HEADS = Set.of("his", "her", "their");
    private static final Set<String> STYLE_WORDS = Set.of("majesty", "majesties", "royal", "highness", "excellency", "eminence", "holiness");

    /** Past a comma, ranks and honorifics, the end of a capitalised name the mentions do not cover, or {@code from} when none. */
    static int unknownAfter(Sentence s, List<Mention> ms, int from) {
        int first = start(s, from);
        boolean apposition = first > from && s.token(from).is(",") && first == from + 1;
        int i = runEnd(s, ms, first);
        // After a comma the name must close the apposition too ("the defence minister, Dovilė Šakalienė, said"),
        // or "the minister, Moscow's ally" would read as a name; the sentence's end closes it too ("Also present was the
        // defence minister, Amina Said.").
        boolean closed = i < s.size() && s.token(i).is(",") || i == s.size() || i == s.size() - 1 && s.token(i).is(".");
        if (apposition && !closed) return from;
        // After a colon the name is all the line gives.
        if (first > from && s.token(from).is(":") && !(i == s.size() || s.token(i).isPunct())) return from;
        // A name has two words at least; one capitalised word after a title is too often something else.
        return i - first >= 2 ? i : from;
    }

    /** The end of the run of name words (at most five, a joining hyphen not counted) from {@code first}. */
    static int runEnd(Sentence s, List<Mention> ms, int first) {
        int i = first, words = 0;
        while (i < s.size() && words < 5 && word(s, ms, i, first)) {
            if (!s.token(i).is("-")) words++;
            // "President Siad Barre's regime": a possessive ends the name.
            if (s.token(i++).hasPossessive()) break;
        }
        // "Ali Youssef Ahmed al-Sharif" cut at the limit: a name ends on no hyphen or particle left without its word.
        while (i > first + 1 && (s.token(i - 1).is("-") || PARTICLES.contains(s.token(i - 1).lower()))) i--;
        return i;
    }

    /** Is token i a word of a name that starts at nameFirst: capitalised, not a body or title word, not yet a mention? */
    static boolean word(Sentence s, List<Mention> ms, int i, int nameFirst) {
        Token t = s.token(i);
        // "George J. Tsunis": a middle initial belongs to the name.
        // "Nouri al-Maliki", as the tokeniser splits it: "al", "-", "Maliki".
        // "Kamla Persad-Bissessar": so is a double surname's.
        if (t.is("-") && i > nameFirst && i > 0 && (PARTICLES.contains(s.token(i - 1).lower()) || s.token(i - 1).isCapitalized())
                && i + 1 < s.size() && s.token(i + 1).isCapitalized()) {
            return !MentionFinder.covered(ms, i);
        }
        boolean initial = i > nameFirst && t.text().length() == 2 && t.text().endsWith(".") && Character.isUpperCase(t.text().charAt(0));
        boolean word = t.isCapitalized() && !NOT_NAMES.contains(t.lower()) && Character.isLetter(t.text().charAt(0))
                && !t.text().equals(t.text().toUpperCase()) || particle(s, i) && i > nameFirst || initial
                || i > nameFirst && particleJoined(t.text());
        return word && !MentionFinder.covered(ms, i);
    }

    /** "João Ernesto dos Santos", "Ursula von der Leyen": a particle inside a name, before the capitalised word it joins. */
    private static boolean particle(Sentence s, int i) {
        int k = i;
        while (k < s.size() && PARTICLES.contains(s.token(k).lower())) k++;
        // "al-Dabbagh", as the tokeniser splits it: "al", "-", "Dabbagh".
        int next = k < s.size() && s.token(k).is("-") ? k + 1 : k;
        return k > i && next < s.size() && s.token(next).isCapitalized();
    }

    /** "al-Mekdad", "el-Sisi", "bin-Salman": a particle joined by a hyphen to a capitalised name. */
    private static boolean particleJoined(String w) {
        int dash = w.indexOf('-');
        // The tokeniser may split it: "al-", "Mekdad".
        return dash > 0 && PARTICLES.contains(w.substring(0, dash).toLowerCase(java.util.Locale.ROOT))
                && (dash + 1 == w.length() || Character.isUpperCase(w.charAt(dash + 1)));
    }

    /**
     * "Dovilė Šakalienė, Lithuania's defence minister, said": a name the reference data lacks, just before the title across
     * a comma, that begins the sentence or follows a word that cannot be part of it. Returns its first token, or -1.
     */
    static int unknownBefore(Sentence s, List<Mention> ms, int start) {
        int comma = commaBefore(s, start);
        if (comma < 2 || !s.token(comma).is(",")) return -1;
        int i = comma;
        while (i > 0 && comma - i < 4 && word(s, ms, i - 1, -1)) i--;
        // "Dr Amina Said, the defence minister": an honorific opens the name but is no part of it.
        int opening = i;
        while (i < comma && honorificEnd(s, i) > i) i = honorificEnd(s, i);
        if (comma - i < 2 || PARTICLES.contains(s.token(i).lower())) return -1;
        // "Last May, the defence minister said": a time adverbial before the comma is no one's name.
        if (TIME_OPENERS.contains(s.token(i).lower())) return -1;
        if (opening < i) return i;
        // "By Maria Lopez, Director of …": a byline's "By" is no part of the name.
        boolean opens = i == 0 || s.token(i - 1).isPunct() || !s.token(i - 1).isCapitalized() || s.token(i - 1).lower().equals("by");
        return opens ? i : -1;
    }

    /** The text of tokens [first, last) as written. */
    static String joined(Sentence s, int first, int last) {
        String text = s.text().substring(s.token(first).begin() - s.begin(), s.token(last - 1).end() - s.begin());
        // "Siad Barre's" is Siad Barre.
        if (text.endsWith("'s") || text.endsWith("\u2019s")) return text.substring(0, text.length() - 2);
        return text;
    }
}
