package org.entente.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.nlp.Sentence;
import org.entente.vocab.Iris;

/**
 * People the reference data lacks, known by a military rank before their name ("Lieutenant General Falur Rate Laek",
 * "Maj. Gen. Zhang Wei") or by speaking ("… ,\" Jane Doe said."). A rank with a state right before it ("Russian General
 * X", "Ukraine's Brigadier General Y") is a post of that state's forces; a rank alone says whose officer it is nowhere,
 * so it gives the person only. Stateless.
 */
final class PersonCues {
    private PersonCues() {}

    /** Words that end a rank and stand for it: a rank may be several words, but ends in one of these. */
    private static final Map<String, String> RANK_HEADS = Map.ofEntries(Map.entry("general", "general"), Map.entry("gen", "general"),
            Map.entry("colonel", "colonel"), Map.entry("col", "colonel"), Map.entry("major", "major"), Map.entry("maj", "major"),
            Map.entry("admiral", "admiral"), Map.entry("adm", "admiral"), Map.entry("captain", "captain"), Map.entry("capt", "captain"),
            Map.entry("commodore", "commodore"), Map.entry("marshal", "marshal"), Map.entry("brigadier", "brigadier"),
            Map.entry("brig", "brigadier"), Map.entry("lieutenant", "lieutenant"), Map.entry("lt", "lieutenant"),
            Map.entry("sergeant", "sergeant"), Map.entry("sgt", "sergeant"), Map.entry("major-general", "major general"),
            Map.entry("lieutenant-general", "lieutenant general"), Map.entry("colonel-general", "colonel general"),
            Map.entry("lieutenant-colonel", "lieutenant colonel"), Map.entry("brigadier-general", "brigadier general"),
            Map.entry("air-marshal", "air marshal"), Map.entry("rear-admiral", "rear admiral"), Map.entry("vice-admiral", "vice admiral"));
    /** Words that may stand before a rank's head: "Lieutenant General", "Rear Admiral", "Air Chief Marshal". */
    private static final Map<String, String> RANK_MODIFIERS = Map.ofEntries(Map.entry("lieutenant", "lieutenant"),
            Map.entry("lt", "lieutenant"), Map.entry("major", "major"), Map.entry("maj", "major"), Map.entry("brigadier", "brigadier"),
            Map.entry("brig", "brigadier"), Map.entry("rear", "rear"), Map.entry("vice", "vice"), Map.entry("air", "air"),
            Map.entry("chief", "chief"), Map.entry("field", "field"), Map.entry("staff", "staff"), Map.entry("first", "first"));
    /** Ranks that ships, aircraft, teams and police use too. */
    private static final Set<String> CIVIL_TOO = Set.of("captain", "capt", "sergeant", "sgt", "lieutenant", "lt", "commander");

    /** Capitalised words after "General" that name a company or a body, not a person: "General Dynamics Land Systems". */
    private static final Set<String> NOT_PERSONAL = Set.of("dynamics", "atomics", "electric", "motors", "staff", "assembly",
            "systems", "corporation", "corp", "group", "industries", "aviation", "aerospace", "company", "hospital", "headquarters",
            "directorate", "inspectorate", "secretariat", "prosecutor", "election", "elections", "strike", "court", "counsel",
            "watch", "international", "news", "times", "post", "institute", "foundation", "university", "centre", "center",
            "party", "front", "movement", "brigade", "union", "bank", "fund", "association", "network", "tv", "radio", "daily",
            "journal", "herald", "tribune", "agency", "organisation", "organization", "coalition", "alliance", "forum", "reuters",
            "bureau", "observatory", "monitor", "council", "committee", "ministry", "embassy", "command", "forces", "republic",
            "league", "cup", "championship", "open");
    /** Verbs of speech in the forms that stand next to a speaker's name: "X said", "said X". */
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "stated", "noted", "stressed", "wrote",
            "warned", "insisted", "explained", "declared", "announced", "argued", "replied", "asked");

    /**
     * Adds a person mention for each name after a rank that no mention covers yet, and returns the posts of those whose
     * rank has a state before it.
     */
    static List<Official> find(Sentence s, List<Mention> ms) {
        List<Official> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.token(i).isCapitalized() || MentionFinder.covered(ms, i)) continue;
            int end = rankEnd(s, i);
            if (end <= i) continue;
            // "Captain", "Sergeant" also head crews, teams and police: only with a state or force before them are they military.
            String head = bare(s.token(s.token(end - 1).is(".") ? end - 2 : end - 1).lower());
            if (end - i == (s.token(end - 1).is(".") ? 2 : 1) && CIVIL_TOO.contains(head) && rankState(s, ms, i, end) == null) continue;
            Official o = person(s, ms, i, end);
            if (o != null) out.add(o);
            i = end - 1;
        }
        return out;
    }

    /**
     * "\"…,\" Yolande Makolo said", "said Jane Doe, adding …": a name of two or three words the mentions do not cover, next to a
     * verb of speech, is a person. Adds and returns their mentions.
     */
    static List<Mention> speakers(Sentence s, List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < s.size(); k++) {
            if (!SPEECH.contains(s.token(k).lower())) continue;
            int first = k;
            while (first > 0 && k - first < 3 && Names.word(s, ms, first - 1, -1)) first--;
            boolean opens = first == 0 || s.token(first - 1).isPunct();
            if (k - first >= 2 && opens) add(s, ms, first, k, out);
            // "told Radio Free Europe": what follows "told" is whom, often a news outlet.
            if (s.token(k).is("told") || s.token(k).is("asked")) continue;
            int last = Names.runEnd(s, ms, k + 1);
            boolean closes = last == s.size() || s.token(last).isPunct() || !s.token(last).isCapitalized();
            if (k + 1 < s.size() && last - (k + 1) >= 2 && last - (k + 1) <= 3 && closes) add(s, ms, k + 1, last, out);
        }
        return out;
    }

    private static void add(Sentence s, List<Mention> ms, int first, int last, List<Mention> out) {
        for (int i = first; i < last; i++) if (NOT_PERSONAL.contains(s.token(i).lower()) || MentionFinder.covered(ms, i)) return;
        if (Names.PARTICLES.contains(s.token(first).lower())) return;
        String name = Names.joined(s, first, last);
        Entity person = new Entity(Iris.entity("person", name), EntityType.PERSON, name, null, null, false);
        Mention m = new Mention(Mention.Kind.ENTITY, first, last, s.token(first).begin(), s.token(last - 1).end(), name,
                List.of(person), AliasKind.NAME, List.of(), null, null);
        ms.add(m);
        out.add(m);
    }

    /** The end of a rank that begins at token i ("Lt.", "Gen.", "Maj", "."): after its head word, or i when there is none. */
    static int rankEnd(Sentence s, int i) {
        int k = i, headEnd = i;
        while (k < s.size() && k - i < 6 && s.token(k).isCapitalized()) {
            String w = bare(s.token(k).lower());
            if (!RANK_HEADS.containsKey(w) && !RANK_MODIFIERS.containsKey(w)) break;
            k++;
            if (k < s.size() && s.token(k).is(".")) k++;
            if (RANK_HEADS.containsKey(w)) headEnd = k;
            // "Colonel-General", which the tokeniser may split at the hyphen.
            if (k + 1 < s.size() && s.token(k).is("-") && s.token(k + 1).isCapitalized()) k++;
        }
        return headEnd;
    }

    /** Does a rank begin at token i with a person after it ("General Petros Vlachos", not "General Staff")? */
    static boolean rankBeforeName(Sentence s, List<Mention> ms, int i) {
        int end = rankEnd(s, i);
        if (end <= i || end >= s.size()) return false;
        Mention m = Officials.at(ms, end);
        if (m != null) return m.first() == end && m.isEntity(EntityType.PERSON);
        return Names.word(s, ms, end, end) && !NOT_PERSONAL.contains(s.token(end).lower());
    }

    /** The rank in plain words: "Lt. Gen." is "lieutenant general". */
    static String rankWords(Sentence s, int first, int end) {
        List<String> words = new ArrayList<>();
        for (int k = first; k < end; k++) if (!s.token(k).is(".") && !s.token(k).is("-")) words.add(bare(s.token(k).lower()));
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < words.size(); j++) {
            String w = words.get(j);
            String full = j == words.size() - 1 ? RANK_HEADS.get(w) : RANK_MODIFIERS.getOrDefault(w, RANK_HEADS.get(w));
            if (b.length() > 0) b.append(' ');
            b.append(full);
        }
        return b.toString();
    }

    private static String bare(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** The person after the rank [first, end): a known one, or a name of two words or more that ends the phrase. */
    private static Official person(Sentence s, List<Mention> ms, int first, int end) {
        int from = Names.start(s, end);
        if (from >= s.size()) return null;
        Mention named = Officials.at(ms, from);
        Node state = rankState(s, ms, first, end);
        if (named != null && named.first() == from && named.isEntity(EntityType.PERSON)) {
            return state == null ? null : new Official(named.entity(), rankWords(s, first, end), state, null, first, named.last());
        }
        if (named != null) return null;
        int last = Names.runEnd(s, ms, from);
        if (last - from < 2 || !(last == s.size() || s.token(last).isPunct() || !s.token(last).isCapitalized())) return null;
        for (int k = from; k < last; k++) if (NOT_PERSONAL.contains(s.token(k).lower())) return null;
        String name = Names.joined(s, from, last);
        Entity person = new Entity(Iris.entity("person", name), EntityType.PERSON, name, state, null, false);
        ms.add(new Mention(Mention.Kind.ENTITY, from, last, s.token(from).begin(), s.token(last - 1).end(), name,
                List.of(person), AliasKind.NAME, List.of(), null, null));
        return state == null ? null : new Official(person, rankWords(s, first, end), state, null, first, last);
    }

    /** The state named right before the rank, as before a title: "Russian", "Ukraine's", "the Philippine Army's". */
    private static Node rankState(Sentence s, List<Mention> ms, int first, int end) {
        Mention rank = new Mention(Mention.Kind.ROLE, first, end, s.token(first).begin(), s.token(end - 1).end(),
                Names.joined(s, first, end), List.of(), null, List.of(), null, null);
        return Officials.ownerState(Officials.ownerBefore(s, ms, rank));
    }
}
