package org.entente.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.nlp.Sentence;
import org.entente.vocab.Iris;

/**
 * Titles the reference data cannot list, read from their grammar: a head noun of office with words before it or a
 * complement after it ("the public policy secretary at the President's Office", "the Chief of the Timor Leste Defence
 * Force", "deputy director of the Office for International Military Cooperation"), standing next to a name. They name no
 * reference post, so such a title is a post of the state it names inside or before it, else of the state the sentence or
 * the document is about. A title alone, with no name beside it, is left to the reference titles. Stateless.
 */
final class Titles {
    private Titles() {}

    /** Nouns that head a title of office. */
    static final Set<String> HEADS = Set.of("minister", "secretary", "chief", "head", "director", "commander", "spokesperson",
            "spokesman", "spokeswoman", "adviser", "advisor", "governor", "chairman", "chairwoman", "chairperson", "chair",
            "commissioner", "representative", "coordinator", "general", "admiral", "leader", "undersecretary", "member",
            "administrator", "attache", "attaché", "speaker");
    /** Words that end a title's words on the left: articles, possessives, pronouns, prepositions, verbs of speech. */
    private static final Set<String> LEFT_STOPS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "and",
            "or", "of", "for", "to", "at", "in", "on", "by", "with", "as", "is", "was", "are", "were", "be", "been", "said", "says",
            "told", "who", "which", "that", "this", "these", "those", "'s", "former", "ex", "late", "then", "previous", "retired", "opposition", "shadow", "new",
            "acting", "outgoing", "also", "both", "one", "two", "three", "some", "many", "other", "another", "according",
            "when", "while", "after", "before", "but", "than", "not", "no", "would", "will", "has", "had", "have", "it");
    private static final Set<String> NOT_MODIFIER_TAGS = Set.of("AUX", "PRON", "ADP", "DET", "CCONJ", "SCONJ", "NUM", "PART");
    /** Words inside a title's complement besides capitalised ones: "Minister for Defence Industry and Capability Delivery". */
    private static final Set<String> LINKS = Set.of("of", "for", "and", "the", "&", "'s", "on");
    /** Lower-case nouns of bodies a complement may name: "member of the Iranian parliament's …", "head of the army". */
    private static final Set<String> BODY_NOUNS = Set.of("parliament", "congress", "senate", "legislature", "assembly", "army",
            "navy", "military", "government", "ministry", "committee", "council", "office", "forces", "force", "parliament's", "staff");
    /** Nouns that end an institution's name: "… of Staff", "… Defence Force", "… Military District". */
    static final Set<String> INSTITUTIONS = Set.of("staff", "force", "forces", "command", "office", "ministry", "commission",
            "committee", "council", "cooperation", "affairs", "defence", "defense", "security", "intelligence", "operations",
            "department", "agency", "army", "navy", "guard", "police", "service", "services", "district", "region", "directorate",
            "administration", "house", "bureau", "assembly", "parliament", "government", "court", "secretariat", "headquarters", "corps");
    /** Bodies whose members sit in a state's legislature. */
    private static final Set<String> LEGISLATURES = Set.of("parliament", "congress", "senate", "duma", "knesset", "majlis",
            "legislature", "assembly", "bundestag", "sejm", "rada", "diet", "riksdag", "storting", "folketing", "parliament's");

    /** A title read from grammar: its tokens [first, last), its plain words, and the state it names inside, or null. */
    private record Title(int first, int last, String words, Node state) {}

    /**
     * "Minister for Defence Industry and Capability Delivery, X": a reference title that the text continues into a longer
     * one names a different office, so it is replaced in ms by the whole title, with no post ("Minister for Defence" is
     * not this minister). A continuation that begins with "and" adds a portfolio to the same office and keeps its posts.
     */
    static void extend(Sentence s, List<Mention> ms) {
        for (Mention role : List.copyOf(ms)) {
            if (role.kind() != Mention.Kind.ROLE || role.last() >= s.size()) continue;
            String text = role.text().toLowerCase(Locale.ROOT);
            if (!text.contains(" of ") && !text.contains(" for ")) continue;
            int end = complementEnd(s, ms, role.last());
            if (end <= role.last() || !closesBeforeName(s, ms, end)) continue;
            boolean linked = false;
            for (int k = role.last(); k < end; k++) linked |= LINKS.contains(s.token(k).lower()) || Names.NOT_NAMES.contains(s.token(k).lower());
            if (!linked && end - role.last() > 1) continue;
            boolean samePost = s.token(role.last()).is("and");
            ms.removeIf(m -> m == role || m.kind() == Mention.Kind.ROLE && m.first() >= role.last() && m.first() < end);
            ms.add(new Mention(Mention.Kind.ROLE, role.first(), end, role.begin(), s.token(end - 1).end(), Names.joined(s, role.first(), end),
                    List.of(), null, samePost ? role.roles() : List.of(), null, null));
        }
    }

    /**
     * The posts of free titles beside names: "Abdulla Nazim Ibrahim, the public policy secretary at the President's
     * Office", "contingent commander Jean Baptiste Kamau". People named for the first time are added to ms; people this
     * sentence has already given a post are left alone.
     */
    static List<Official> find(Sentence s, List<Mention> ms, List<Official> known, DocumentContext context) {
        List<Official> out = new ArrayList<>();
        for (int h = 0; h < s.size(); h++) {
            if (!HEADS.contains(s.token(h).lower()) || MentionFinder.covered(ms, h)) continue;
            Title t = title(s, ms, h);
            if (t == null) continue;
            Official o = official(s, ms, t, known, context);
            if (o != null) {
                out.add(o);
                known = concat(known, o);
            }
            h = t.last() - 1;
        }
        return out;
    }

    /** The title headed by token h, or null when it has neither words before the head nor a complement after it. */
    private static Title title(Sentence s, List<Mention> ms, int h) {
        int first = h;
        while (first > 0 && h - first < 3 && modifier(s, ms, first - 1)) first--;
        if (first > 0 && TitleScope.NOT_CURRENT.contains(s.token(first - 1).lower()) || TitleScope.governed(s, first)) return null;
        // "Nobel Committee chairman", "Airbus chief executive": a title another body's name opens is not a state's.
        for (int k = Math.max(0, first - 1); k < h; k++) if (!MentionFinder.covered(ms, k) && TitleScope.otherBody(s, k)) return null;
        // "Major General X" is a rank, read by PersonCues; no title. "Commanding General" is one.
        for (int k = first; k <= h; k++) if (PersonCues.rankEnd(s, k) > h && (k < h || first == h)) return null;
        String head = s.token(h).lower();
        int last = h + 1;
        Node state = null;
        String words = Names.joined(s, first, h + 1).toLowerCase(Locale.ROOT);
        String link = h + 1 < s.size() ? s.token(h + 1).lower() : "";
        if (link.equals("of") || link.equals("for") || link.equals("at") || link.equals("to")) {
            int end = complementEnd(s, ms, h + 2);
            if (end > h + 2) {
                state = link.equals("to") ? null : stateWithin(ms, h + 2, end);
                last = end;
                // "secretary at the President's Office", "adviser to the president": where a title sits or whom it serves
                // is no part of its words.
                if (link.equals("of") || link.equals("for")) words = words(s, ms, first, end).replaceFirst(" (of|for)( the)?$", "");
            }
        }
        // "a member of the Iranian parliament": a legislator, of the state the parliament is named with.
        if (head.equals("member")) return first == h && legislature(s, h + 1, last) ? new Title(first, last, "member of parliament", state) : null;
        // "the speaker of the Duma", "parliament speaker X": a speaker holds office only in a legislature ("a speaker at the
        // forum" holds none).
        if (head.equals("speaker") && !legislature(s, first, last)) return null;
        // A head alone is a title only with its state or body right before it: "the Kenyan commander who leads …".
        if (first == h && last == h + 1 && Officials.ownerBefore(s, ms, span(s, first, last)) == null) return null;
        return new Title(first, last, words.replaceAll("\\s+", " "), state);
    }

    /** Whether tokens [from, to) name a legislature: "parliament", "the Duma", "the House". */
    private static boolean legislature(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) if (LEGISLATURES.contains(s.token(k).lower()) || s.token(k).text().equals("House")) return true;
        return false;
    }

    /**
     * The title's words in lower case, the state it names taken out as the reference titles have it: "chief of the Timor
     * Leste Defence Force" is "chief of the defence force", "director of China's Central Military Commission" is "director
     * of the central military commission".
     */
    private static String words(Sentence s, List<Mention> ms, int first, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k < end; k++) {
            Mention m = Officials.at(ms, k);
            // A demonym is part of a body's own name ("Hellenic National Defence General Staff"); a state's name is not.
            if (m != null && m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.aliasKind() != AliasKind.DEMONYM
                    && (m.entity().type() == EntityType.STATE || m.entity().type() == EntityType.ORGANIZATION)) {
                boolean possessive = s.token(m.last() - 1).hasPossessive() || m.last() < end && s.token(m.last()).is("'s");
                if (possessive && b.toString().endsWith(" of") || possessive && b.toString().endsWith(" for")) b.append(" the");
                k = possessive && !s.token(m.last() - 1).hasPossessive() ? m.last() : m.last() - 1;
                continue;
            }
            // "China's Central Military Commission", matched as one body: its state's possessive goes too.
            boolean body = m != null && m.first() == k && m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.last() - k > 1
                    && (m.entity().type() == EntityType.AGENCY || m.entity().type() == EntityType.ARMED_FORCE);
            if (body && (s.token(k).hasPossessive() || s.token(k + 1).is("'s"))) {
                if (b.toString().endsWith(" of") || b.toString().endsWith(" for")) b.append(" the");
                if (!s.token(k).hasPossessive()) k++;
                continue;
            }
            if (b.length() > 0) b.append(' ');
            b.append(s.token(k).lower());
        }
        return b.toString();
    }

    /** A word before a head that belongs to the title: not an article, pronoun, preposition or verb, nor a name. */
    private static boolean modifier(Sentence s, List<Mention> ms, int k) {
        String w = s.token(k).lower();
        String tag = s.token(k).tag();
        // Taggers read "commanding" or "managing" in a title as a verb; a participle in -ing may still be its word.
        boolean verb = tag.equals("VERB") && !w.endsWith("ing") || NOT_MODIFIER_TAGS.contains(tag);
        return Character.isLetter(w.charAt(0)) && !LEFT_STOPS.contains(w) && !MentionFinder.covered(ms, k) && !w.endsWith("ly") && !verb;
    }

    /**
     * The end of a complement from token k: capitalised words, linking words and the mentions of what the title belongs to
     * ("the Timor Leste Defence Force", "China's Central Military Commission"), stopping before anything else; k when none.
     */
    private static int complementEnd(Sentence s, List<Mention> ms, int k) {
        int end = k, i = k;
        while (i < s.size() && i - k < 14) {
            Mention m = Officials.at(ms, i);
            if (m != null && m.kind() == Mention.Kind.ENTITY && !m.isEntity(EntityType.PERSON)) {
                i = m.last();
                end = i;
                continue;
            }
            // A rank ends the complement: "commander of the district, Colonel General X" or "… District Colonel General X".
            if (m != null && m.kind() != Mention.Kind.ROLE || PersonCues.rankBeforeName(s, ms, i)) break;
            boolean word = s.token(i).isCapitalized() && Character.isLetter(s.token(i).text().charAt(0)) || m != null;
            boolean body = BODY_NOUNS.contains(s.token(i).lower()) || HEADS.contains(s.token(i).lower());
            if (!word && !body && !LINKS.contains(s.token(i).lower())) break;
            i++;
            if (word || body || s.token(i - 1).is("'s")) end = i;
        }
        return end < s.size() && !s.token(end).is(",") && !s.token(end).is("(") ? nameInside(s, ms, k, end) : end;
    }

    /**
     * "Chief of Staff Jeff Zients said": with no comma after it, a complement may run on into the name. It ends after the
     * last noun of an institution when two or three name words follow to its end. Returns the complement's end.
     */
    private static int nameInside(Sentence s, List<Mention> ms, int k, int end) {
        for (int p = end - 2; p > k && p >= end - 3; p--) {
            // "Ambassador to Mogadishu Mehmet Yilmaz": a place or body the reference data names ends the complement too.
            Mention before = Officials.at(ms, p - 1);
            boolean named = before != null && before.last() == p && before.kind() == Mention.Kind.ENTITY && !before.isEntity(EntityType.PERSON);
            if (!INSTITUTIONS.contains(s.token(p - 1).lower()) && !named) continue;
            boolean name = true;
            for (int q = p; q < end; q++) name &= Names.word(s, ms, q, p);
            if (name) return p;
        }
        return end;
    }

    /** Does a name follow the title's end at k, past a comma, a parenthesised acronym and a rank: "…Force (F-FDTL), Gen. X"? */
    private static boolean closesBeforeName(Sentence s, List<Mention> ms, int k) {
        int j = pastAcronym(s, k);
        if (j >= s.size() || !s.token(j).is(",")) return false;
        int from = Names.start(s, j);
        Mention m = Officials.at(ms, from);
        return m != null ? m.first() == from && m.isEntity(EntityType.PERSON) : Names.unknownAfter(s, ms, j) > j;
    }

    private static int pastAcronym(Sentence s, int k) {
        if (k + 2 < s.size() && s.token(k).is("(") && s.token(k + 2).is(")")) return k + 3;
        return k;
    }

    /** The first state or organisation (or a body's state) named in [first, end), or null. */
    private static Node stateWithin(List<Mention> ms, int first, int end) {
        for (Mention m : ms) {
            if (m.first() < first || m.last() > end || m.kind() != Mention.Kind.ENTITY || m.entity() == null) continue;
            if (m.aliasKind() == AliasKind.PLACE) continue;
            EntityType t = m.entity().type();
            if (t == EntityType.STATE || t == EntityType.ORGANIZATION) return m.entity().iri();
            if ((t == EntityType.AGENCY || t == EntityType.ARMED_FORCE) && m.entity().state() != null) return m.entity().state();
        }
        return null;
    }

    /** The person the title stands beside, with the title's state; null when no name stands beside it. */
    private static Official official(Sentence s, List<Mention> ms, Title t, List<Official> known, DocumentContext context) {
        Mention owner = Officials.ownerBefore(s, ms, span(s, t.first(), t.last()));
        int start = owner != null ? owner.first() : t.first();
        Node state = Officials.ownerState(owner);
        if (state == null) state = t.state();

        int after = pastAcronym(s, t.last());
        int from = Names.start(s, after);
        Mention named = from < s.size() ? Officials.at(ms, from) : null;
        int newEnd = -1, newFirst = -1;
        if (named == null || named.first() != from || !named.isEntity(EntityType.PERSON)) {
            named = null;
            newEnd = Names.unknownAfter(s, ms, after);
            if (newEnd > after) newFirst = from;
        }
        if (named == null && newFirst < 0 && closesApposition(s, t.last())) {
            named = Officials.nameBefore(s, ms, start);
            int before = named == null ? Names.unknownBefore(s, ms, start) : -1;
            if (before >= 0) {
                newFirst = before;
                newEnd = start - (s.token(start - 1).is(",") ? 1 : 2);
            }
        }
        if (named == null && newFirst < 0) return null;
        Entity already = named == null ? null : named.entity();
        if (already != null && known.stream().anyMatch(o -> o.person().equals(already))) return null;
        if (state == null && named != null) state = named.entity().state();
        if (state == null) state = Officials.sentenceState(s, ms, start);
        if (state == null) state = Officials.spokespersonOf(s, start, t.last(), context);
        if (state == null) state = context.homeState(Officials.visited(s, ms));
        if (state == null) return null;
        Entity person;
        int first, last;
        if (named != null) {
            person = named.entity();
            first = Math.min(start, named.first());
            last = Math.max(t.last(), named.last());
        } else {
            String name = Names.joined(s, newFirst, newEnd);
            person = new Entity(Iris.entity("person", name), EntityType.PERSON, name, state, null, false);
            ms.add(new Mention(Mention.Kind.ENTITY, newFirst, newEnd, s.token(newFirst).begin(), s.token(newEnd - 1).end(), name,
                    List.of(person), AliasKind.NAME, List.of(), null, null));
            first = Math.min(start, newFirst);
            last = Math.max(t.last(), newEnd);
        }
        return new Official(person, t.words(), state, null, first, last);
    }

    /** The tokens [first, last) as a title mention with no post, to ask what stands before it. */
    private static Mention span(Sentence s, int first, int last) {
        return new Mention(Mention.Kind.ROLE, first, last, s.token(first).begin(), s.token(last - 1).end(),
                Names.joined(s, first, last), List.of(), null, List.of(), null, null);
    }

    /** A title in apposition after a name ends its phrase: "X, the army's commanding general, told", "…, who leads". */
    private static boolean closesApposition(Sentence s, int k) {
        if (k >= s.size()) return true;
        String w = s.token(k).lower();
        return s.token(k).isPunct() || w.equals("who") || w.equals("which") || !s.token(k).isCapitalized();
    }

    private static List<Official> concat(List<Official> a, Official o) {
        List<Official> out = new ArrayList<>(a);
        out.add(o);
        return out;
    }
}
