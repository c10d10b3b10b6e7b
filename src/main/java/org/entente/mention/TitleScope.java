package org.entente.mention;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.nlp.Sentence;
import org.entente.vocab.Vocab;

/**
 * Whether a title in the text is a state's post, and whose: "Boeing President X", "opposition leader Y" and
 * "President-elect Z" name no state's post; "Deputy Secretary General" is the deputy's, not the principal's; "Queen
 * Mother" is a monarch's kin; in "adviser to the president, W" the president's title is not W's. Stateless.
 */
final class TitleScope {
    private TitleScope() {}

    /** Words for a post no longer held; "outgoing" is not one (the outgoing holder still holds it). */
    /** Words before a title that say it is no post of the state now: no longer held, or held in opposition ("shadow"). */
    static final Set<String> NOT_CURRENT = Set.of("former", "ex", "then", "late", "previous", "erstwhile", "retired", "opposition", "shadow");
    private static final Set<String> DEPUTY_WORDS = Set.of("deputy", "vice", "assistant", "associate");
    private static final Set<String> ROYAL_KIN = Set.of("mother", "father", "consort", "dowager");
    /** Nouns that make a title another body's: "opposition leader", "union president", "rebel commander". */
    private static final Set<String> NOT_STATE = Set.of("opposition", "rebel", "rebels", "union", "party", "militia", "insurgent",
            "separatist", "student", "university", "company", "club", "bank", "church", "team", "group", "tribal", "spiritual",
            "religious", "community", "business", "federation", "association", "league", "corporate", "board", "campaign",
            "faction", "movement", "guerrilla", "cartel", "gang", "world");
    /** "Senior Minister", "Interim President": capitalised words before a title that do not name another body. */
    private static final Set<String> TITLE_WORDS = Set.of("senior", "chief", "principal", "first", "second", "permanent", "special",
            "executive", "supreme", "top", "then", "former", "ex", "late", "newly", "incoming", "designate", "de", "facto");
    private static final Set<String> FUNCTION_TAGS = Set.of("ADV", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "PART", "ADJ", "NUM");
    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "VERB", "X");
    /** Nouns a title is the object of: "adviser to the president", "head of the minister's office". */
    private static final Set<String> GOVERNING = Set.of("aide", "assistant", "deputy", "office", "staff", "counsel", "consultant",
            "envoy", "ambassador", "delegation", "cabinet");

    /**
     * Is this title, as written, a post of a state or of an organisation the reference data knows? Not when a word of another
     * body stands before it ("Boeing President", "opposition leader"), when it is a monarch's kin ("Queen Mother"), or when
     * a compound makes it no office yet ("President-elect").
     */
    static boolean statePost(Sentence s, List<Mention> ms, Mention role) {
        if (role.last() < s.size() && ROYAL_KIN.contains(s.token(role.last()).lower())) return false;
        // "President-elect", "president-designate": the title's last word runs on inside its token.
        if (role.end() < s.token(role.last() - 1).end()) return false;
        int k = role.first() - 1;
        // "Hamas political leader Y": an adjective of the title's own stands between it and its owner.
        while (k > 0 && !MentionFinder.covered(ms, k) && s.token(k).tag().equals("ADJ") && !s.token(k).isCapitalized()) k--;
        if (k < 0 || MentionFinder.covered(ms, k)) return true;
        String w = s.token(k).lower();
        if (NOT_STATE.contains(w)) return false;
        // "Boeing President X", "Hamas leader Y": a name the reference data lacks owns the title; a party's name before a
        // legislator's does not ("Labour MP X").
        return !otherBody(s, k) || legislator(role);
    }

    private static final Node LEGISLATOR = Vocab.id("role/legislator");

    private static boolean legislator(Mention role) {
        return role.roles().stream().anyMatch(r -> LEGISLATOR.equals(r.roleKind()));
    }

    /** "former President X", "ex-minister", "Then-President": a title no longer held, by the word before it or its prefix. */
    static boolean notCurrent(Sentence s, int start, Mention role) {
        String prefix = s.text().substring(s.token(role.first()).begin() - s.begin(), role.begin() - s.begin()).toLowerCase(java.util.Locale.ROOT);
        if (role.first() == start && prefix.endsWith("-") && NOT_CURRENT.contains(prefix.substring(0, prefix.length() - 1))) return true;
        // "Retired general X": the rank's own first word says it is no longer held.
        if (NOT_CURRENT.contains(s.token(role.first()).lower())) return true;
        if (start == 0) return false;
        // "Then-President X", split by the tokeniser into "Then", "-", "President".
        if (start >= 2 && s.token(start - 1).is("-") && NOT_CURRENT.contains(s.token(start - 2).lower())) return true;
        // "the opposition defence spokesman": past the words of the body the title is in.
        int j = start - 1;
        while (j > 0 && Officials.BODY_WORDS.contains(s.token(j).lower())) j--;
        String before = s.token(j).lower();
        return NOT_CURRENT.contains(before.endsWith("-") ? before.substring(0, before.length() - 1) : before);
    }

    /**
     * "NATO Deputy Secretary General X", "Assistant Secretary of State Y": a deputy's title names no post of the principal's,
     * so it becomes a title of its own words, with no post or kind, in place of the principal's. Returns the title to read.
     */
    static Mention deputyOf(Sentence s, List<Mention> ms, Mention role) {
        int k = role.first() - 1;
        if (k < 0 || !DEPUTY_WORDS.contains(s.token(k).lower()) || MentionFinder.covered(ms, k)) return role;
        Mention deputy = new Mention(Mention.Kind.ROLE, k, role.last(), s.token(k).begin(), role.end(),
                Names.joined(s, k, role.last()), List.of(), null, List.of(), null, null);
        ms.remove(role);
        ms.add(deputy);
        return deputy;
    }

    /**
     * Whether a mention owns what follows it: "X, the president's brother" (a title that owns is no apposition to the name
     * before), "Secretary X of New Delhi's support" (a state that owns is no complement of the name).
     */
    static boolean possessor(Sentence s, Mention m) {
        return s.token(m.last() - 1).hasPossessive() || m.last() < s.size() && s.token(m.last()).is("'s");
    }

    /** "adviser to the president", "head of the minister's office": a title after a preposition that another title governs. */
    static boolean governed(Sentence s, int start) {
        int k = start - 1;
        if (k >= 0 && (s.token(k).is("the") || s.token(k).is("a") || s.token(k).is("an"))) k--;
        if (k < 1 || !(s.token(k).is("to") || s.token(k).is("of") || s.token(k).is("for"))) return false;
        return Titles.HEADS.contains(s.token(k - 1).lower()) || GOVERNING.contains(s.token(k - 1).lower());
    }

    /**
     * Does the word at k, before a title, name another body: a noun such as "opposition", or a proper name the mentions do
     * not cover ("Boeing", "Nobel")? A capitalised word opening an untagged sentence is given the benefit of the doubt.
     */
    static boolean otherBody(Sentence s, int k) {
        String w = s.token(k).lower();
        if (NOT_STATE.contains(w)) return true;
        String tag = s.token(k).tag();
        // Mid-sentence a capital marks a name unless the tagger says otherwise; a sentence's first word needs the tagger to
        // say noun (a tagger may read "Boeing" as a verb, but never "Yesterday" or "When" as a name).
        boolean proper = s.token(k).isCapitalized() && Character.isLetter(w.charAt(0)) && !w.endsWith("-")
                && (k > 0 ? !FUNCTION_TAGS.contains(tag) : NAME_TAGS.contains(tag));
        return proper && !TITLE_WORDS.contains(w) && !NOT_CURRENT.contains(w) && !DEPUTY_WORDS.contains(w) && !Officials.IN_OFFICE.contains(w)
                && !Officials.BODY_WORDS.contains(w) && !Names.NOT_NAMES.contains(w);
    }
}
