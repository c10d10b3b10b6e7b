package org.entente.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.nlp.Sentence;
import org.entente.vocab.Iris;

/**
 * Reads posts out of text: a title with a name after it ("Vice Foreign Minister Kim Hong
 * Kyun"), a name with a title in apposition ("Lloyd Austin, the U.S. defense secretary"), or a
 * title alone for one state ("the U.S. Defense Secretary"), which names whoever held the post
 * on the document's date. A name the reference data lacks becomes a person of its own.
 */
final class Officials {
    /** The sentence's mentions, with people added, and the posts read. */
    record Result(List<Mention> mentions, List<Official> officials) {}

    /** Words for the moment of a holder's tenure that keep the title his: "outgoing", "new". */
    static final Set<String> IN_OFFICE = Set.of("outgoing", "new", "current", "acting", "serving", "sitting", "interim", "caretaker",
            "transitional");

    /** Words between a state and a title that name the body the title belongs to. */
    static final Set<String> BODY_WORDS = Set.of("foreign", "defence", "defense", "ministry", "military", "presidential",
            "top", "supreme", "army", "navy", "government", "state", "chief");
    private final ReferenceIndex index;
    private final RelativePosts relatives;

    Officials(ReferenceIndex index) {
        this.index = index;
        this.relatives = new RelativePosts(index);
    }

    Result find(Sentence s, List<Mention> mentions, LocalDate date, DocumentContext context) {
        List<Mention> out = new ArrayList<>(mentions);
        List<Official> ranked = PersonCues.find(s, out);
        List<Official> officials = new ArrayList<>();
        Titles.extend(s, out);
        List<Mention> titles = new ArrayList<>(out);
        titles.addAll(possessiveTitles(s, out));
        for (Mention role : titles) {
            if (role.kind() != Mention.Kind.ROLE || !out.contains(role) || !TitleScope.statePost(s, out, role)) continue;
            Official o = read(s, out, TitleScope.deputyOf(s, out, role), date, context);
            if (o != null) officials.add(o);
        }
        officials.addAll(Titles.find(s, out, officials, context));
        officials.addAll(relatives.find(s, out, officials, date, context));
        // A rank is the post only of an officer the sentence gives no title: "Russian General X, the army's commander".
        for (Official r : ranked) if (officials.stream().noneMatch(o -> o.person().equals(r.person()))) officials.add(r);
        named(s, out, officials, context);
        counterparts(s, out, officials, context);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return new Result(out, officials);
    }

    /**
     * "Ghana's defence minister met his Ivorian counterpart, X": a counterpart holds, for the state named before the word,
     * the post of the official last given one (in this sentence, else before it).
     */
    private void counterparts(Sentence s, List<Mention> ms, List<Official> officials, DocumentContext context) {
        for (int i = 1; i + 1 < s.size(); i++) {
            if (!s.token(i).lower().startsWith("counterpart") || at(ms, i) != null) continue;
            Mention owner = at(ms, i - 1);
            if (owner == null || !owner.isEntity(EntityType.STATE) || owner.aliasKind() == AliasKind.PLACE) continue;
            Official anchor = null;
            for (Official o : officials) if (o.last() <= owner.first()) anchor = o;
            if (anchor == null && !context.officials.isEmpty()) anchor = context.officials.get(context.officials.size() - 1);
            Node state = owner.entity().iri();
            if (anchor == null || state.equals(anchor.owner())) continue;
            Mention named = nameAfter(s, ms, i + 1);
            int to = named == null ? Names.unknownAfter(s, ms, i + 1) : -1;
            if (named == null && to <= i + 1) continue;
            if (named == null) named = newPerson(s, ms, Names.start(s, i + 1), to, state);
            Entity person = named.entity();
            ReferenceIndex.Post kind = anchor.post() == null ? null : index.post(anchor.post());
            List<ReferenceIndex.Post> posts = kind == null || kind.roleKind() == null ? List.of() : index.posts(state, kind.roleKind());
            Node post = posts.size() == 1 ? posts.get(0).iri() : null;
            officials.add(new Official(person, kind != null && kind.roleName() != null ? kind.roleName() : anchor.role(), state, post,
                    owner.first(), named.last()));
        }
    }

    /**
     * "A Rwandan government spokesperson described the claims as false. \"…,\" Jane Doe said.": the first speaker the next
     * two sentences name, who has no title of their own, holds the title the document gave no name.
     */
    private static void named(Sentence s, List<Mention> ms, List<Official> officials, DocumentContext context) {
        DocumentContext.Unnamed u = context.unnamed;
        if (u == null || s.index() <= u.sentence() || s.index() - u.sentence() > 2) return;
        List<Mention> speakers = PersonCues.speakers(s, ms);
        if (speakers.isEmpty()) return;
        Mention m = speakers.get(0);
        officials.add(new Official(m.entity(), u.role(), u.owner(), null, m.first(), m.last()));
        context.unnamed = null;
        // A speaker with no title is a person only here: unknown speakers of other sentences may be anyone, in any story.
        for (int i = 1; i < speakers.size(); i++) ms.remove(speakers.get(i));
    }

    /** "Somalia's cabinet has approved …, Prime Minister X said": the first state before the title that no preposition governs. */
    static Node sentenceState(Sentence s, List<Mention> ms, int before) {
        int from = 0;
        for (int k = 0; k < before; k++) if (s.token(k).is(";")) from = k + 1;
        Mention first = null;
        for (Mention m : ms) {
            if (m.first() < from || m.first() >= before || m.entity() == null || m.entity().type() != EntityType.STATE || m.aliasKind() == AliasKind.PLACE) continue;
            // "In Tehran, foreign ministry spokesman X …": a place that opens the sentence sets where its speakers are.
            boolean setting = m.first() == 1 && s.token(0).is("in") && m.last() < s.size() && s.token(m.last()).is(",");
            if (!setting && m.first() > 0 && (PREPOSITIONS.contains(s.token(m.first() - 1).lower()) || s.token(m.first() - 1).is("("))) continue;
            if (first == null || m.first() < first.first()) first = m;
        }
        return first == null ? null : first.entity().iri();
    }

    /** "during a visit to Timor-Leste", "arrived in Kyiv": states the sentence's people travel to, whose officials they are not. */
    static Set<Node> visited(Sentence s, List<Mention> ms) {
        Set<Node> out = new java.util.HashSet<>();
        for (Mention m : ms) {
            if (m.kind() != Mention.Kind.ENTITY || m.entity() == null || m.entity().type() != EntityType.STATE || m.first() < 2) continue;
            String prep = s.token(m.first() - 1).lower(), verb = s.token(m.first() - 2).lower();
            boolean to = prep.equals("to") && TRAVEL.contains(verb) || prep.equals("in") && (verb.equals("arrived") || verb.equals("landed"));
            if (to || TRAVEL.contains(prep) && prep.startsWith("visit")) out.add(m.entity().iri());
        }
        return out;
    }

    private static final Set<String> TRAVEL = Set.of("visit", "visits", "trip", "travelled", "traveled", "flew", "journey", "tour",
            "visiting", "visited");

    static final Set<String> PREPOSITIONS = Set.of("with", "to", "from", "in", "into", "against", "by", "for", "of", "on", "at", "near");

    /** Words that head a title whose body a state owns: "head of Ukraine's military intelligence". */
    private static final Set<String> HEADS = Set.of("head", "chief", "director", "secretary", "commander", "leader", "chairman", "chair");

    /**
     * "the head of Ukraine's military intelligence", "secretary of Russia's Security Council": a title whose body is named
     * with its state's possessive is the title "head of military intelligence" of that state. Adds the titles to ms in
     * place of what the words were read as, and returns them.
     */
    private List<Mention> possessiveTitles(Sentence s, List<Mention> ms) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 3 < s.size(); i++) {
            String head = s.token(i).lower();
            if (!HEADS.contains(head) || !s.token(i + 1).is("of") || at(ms, i) != null) continue;
            Mention m = at(ms, i + 2);
            if (m == null || m.first() != i + 2 || m.entity() == null) continue;
            boolean ownToken = s.token(i + 2).hasPossessive();
            int rest = ownToken ? i + 3 : i + 3 < s.size() && s.token(i + 3).is("'s") ? i + 4 : -1;
            Node state = m.entity().type() == EntityType.STATE ? m.entity().iri() : m.entity().state();
            if (rest < 0 || state == null) continue;
            int end = rest;
            while (end < s.size() && end - rest < 4 && Character.isLetter(s.token(end).text().charAt(0)) && !s.token(end).tag().equals("VERB")) end++;
            for (int e = end; e > rest; e--) {
                Mention title = title(s, ms, i, rest, e, head, state);
                if (title == null) continue;
                found.add(title);
                i = e - 1;
                break;
            }
        }
        return found;
    }

    private Mention title(Sentence s, List<Mention> ms, int first, int rest, int end, String head, Node state) {
        String words = s.text().substring(s.token(rest).begin() - s.begin(), s.token(end - 1).end() - s.begin())
                .toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        for (String phrase : List.of(head + " of the " + words, head + " of " + words)) {
            AliasTrie.Match<ReferenceIndex.Role> r = index.roleAt(phrase, 0);
            if (r == null || r.end() != phrase.length()) continue;
            List<ReferenceIndex.Role> mine = r.values().stream()
                    .filter(x -> x.post() != null && index.post(x.post()) != null && state.equals(index.post(x.post()).owner())).toList();
            if (mine.isEmpty()) continue;
            ms.removeIf(m -> m.first() < end && m.last() > first);
            // The title's text is the post's wording, the state's possessive taken out: "head of military intelligence".
            Mention title = new Mention(Mention.Kind.ROLE, first, end, s.token(first).begin(), s.token(end - 1).end(), phrase,
                    List.of(), null, mine, null, null);
            ms.add(title);
            return title;
        }
        return null;
    }

    private Official read(Sentence s, List<Mention> ms, Mention role, LocalDate date, DocumentContext context) {
        int start = role.first();
        Mention owner = ownerBefore(s, ms, role);
        if (owner != null) start = owner.first();
        // "Li Hui, President Xi Jinping's special envoy": the owner's own title opens the phrase.
        while (owner != null && owner.isEntity(EntityType.PERSON) && start > 0 && at(ms, start - 1) != null
                && (at(ms, start - 1).kind() == Mention.Kind.ROLE || at(ms, start - 1).isEntity(EntityType.STATE))) start = at(ms, start - 1).first();
        // "the president [of the United States, Donald Trump]": an editor's bracket holds the rest of the phrase.
        int after = role.last() < s.size() && s.token(role.last()).is("[") ? role.last() + 1 : role.last();
        if (owner == null) owner = ownerAfter(s, ms, after);
        // "Ukraine's ambassador to the United States, X": a destination after the title is still the title's.
        int end = owner != null && owner.first() >= after ? afterDestination(s, ms, bodyEnd(s, ms, owner.last())) : afterDestination(s, ms, after);
        // "the country's defence minister": the state the sentence, else the document, last named.
        int country = owner == null ? countryPossessive(s, role.first()) : -1;
        Node anaphoric = country < 0 ? null : sentenceState(s, ms, country);
        if (country >= 0 && anaphoric == null) anaphoric = context.lastState();
        // "China warned Manila. … its foreign ministry spokesman X": the sentence's first actor, else the last sentence's.
        int its = owner == null && country < 0 ? pronounPossessive(s, role.first()) : -1;
        if (its >= 0) {
            anaphoric = DocumentContext.leadingState(ms, its);
            if (anaphoric == null) anaphoric = context.leadingState;
            if (anaphoric != null) start = its;
        }
        if (country >= 0) start = country;
        boolean notCurrent = TitleScope.notCurrent(s, start, role);

        // "a senior adviser to the president, X": a title that is the object of another names no one beside it.
        boolean governed = TitleScope.governed(s, start);
        Mention successor = successorBefore(s, ms, start);
        Mention named = successor != null ? successor : governed ? null : nameAfter(s, ms, end);
        boolean nameIsNew = successor == null && !governed && named == null && Names.unknownAfter(s, ms, end) > end;
        // "X, the president's brother": a title that owns what follows it is no apposition to the name before.
        boolean possessor = governed || TitleScope.possessor(s, role);
        if (named == null && !nameIsNew && !possessor) named = nameBefore(s, ms, start);
        int newNameBefore = named == null && !nameIsNew && !possessor ? Names.unknownBefore(s, ms, start) : -1;
        Entity person = named != null ? named.entity() : null;

        // "President John Mahama of Ghana": the state may follow the name.
        int nameEnd = named != null && named.first() >= end ? named.last() : nameIsNew ? Names.unknownAfter(s, ms, end) : -1;
        if (owner == null && anaphoric == null && nameEnd > 0 && nameEnd < s.size() && s.token(nameEnd).is("of")) {
            Mention after2 = ownerAfter(s, ms, nameEnd);
            // "assured Secretary X of New Delhi's support": a possessive there opens another noun phrase.
            if (after2 != null && after2.entity().type() == EntityType.STATE && !TitleScope.possessor(s, after2)) owner = after2;
        }
        Node ownerNode = anaphoric != null ? anaphoric : ownerState(owner);
        if (ownerNode == null && owner != null && owner.kind() == Mention.Kind.ROLE) ownerNode = ownerFromRole(owner);
        if (ownerNode == null && person != null) ownerNode = ownerFromPosts(person, role, date);
        // A person the document named with a state before ("Luis Petri" again) keeps it.
        if (ownerNode == null && person != null && !person.known()) ownerNode = person.state();
        Node titleOwner = ownerFromRole(role);
        if (ownerNode == null) ownerNode = titleOwner;
        // A guess for a name the reference data lacks is no state whose post it knows to be another's at the date: "days
        // after President X said" in a story on Russia is not Russia's president.
        boolean fresh = nameIsNew || newNameBefore >= 0;
        // A bare title with a new name belongs to the state the sentence is about, else to the last state named.
        if (ownerNode == null && fresh) ownerNode = vacant(sentenceState(s, ms, role.first()), role, date);
        // "the U.S. ambassador criticised … Ambassador X told reporters": a title the document gave a state's before, with
        // no name, is that state's when a name comes with it.
        if (ownerNode == null && fresh) ownerNode = context.unnamedOwners.get(roleWords(role, null));
        // "China's foreign ministry responded. Spokesperson X said …": a spokesperson opening a sentence speaks for whoever
        // the sentence before opened with.
        if (ownerNode == null && (nameIsNew || person != null)) ownerNode = fresh ? vacant(spokespersonOf(s, start, role.last(), context), role, date)
                : spokespersonOf(s, start, role.last(), context);
        // Else the state the document names most; of two named as often, the one the last sentence opened with ("The
        // Chinese foreign ministry urged Manila … Spokesperson X said").
        if (ownerNode == null && (person != null || fresh)) {
            Node home = context.homeState(visited(s, ms), context.leadingState);
            ownerNode = fresh ? vacant(home, role, date) : home;
        }
        if (ownerNode == null) return null;
        Node post = postFor(ownerNode, role);

        if (nameIsNew || newNameBefore >= 0) {
            int from = nameIsNew ? Names.start(s, end) : newNameBefore;
            int to = nameIsNew ? Names.unknownAfter(s, ms, end) : Names.commaBefore(s, start);
            named = newPerson(s, ms, from, to, ownerNode);
            person = named.entity();
        }
        if (person == null) {
            if (post == null && !notCurrent) {
                String words = roleWords(role, null);
                context.unnamed = new DocumentContext.Unnamed(words, ownerNode, s.index());
                boolean definite = start > 0 && s.token(start - 1).is("the");
                if (definite && (owner != null || anaphoric != null)) context.unnamedOwners.putIfAbsent(words, ownerNode);
            }
            // A title alone names its holder only when it is definite ("a pro-China leader" is none) and tied to one state.
            boolean indefinite = start > 0 && (s.token(start - 1).is("a") || s.token(start - 1).is("an"));
            // "Syrian Foreign Minister Bassam al-Khatib": a full name the reading could not take is still not the holder's.
            int from = Names.start(s, end);
            if (!governed && from < s.size() && Names.runEnd(s, ms, from) - from >= 2 && !s.token(end < s.size() ? end : end - 1).is(",")) return null;
            if ((owner == null && titleOwner == null && anaphoric == null) || post == null || date == null || notCurrent || indefinite) return null;
            Node holder = index.holder(post, date);
            Entity holderEntity = holder == null ? null : index.entity(holder);
            if (holderEntity == null) return null;
            // A person or title that owns the title stays a mention of its own: "Putin's defence minister".
            boolean own = owner != null && owner.kind() == Mention.Kind.ENTITY && owner.entity().type() != EntityType.PERSON;
            int first = own && owner.first() < role.first() ? owner.first() : role.first();
            Mention ownerMention = own ? owner : null;
            ms.removeIf(m -> m == ownerMention || m == role);
            ms.add(new Mention(Mention.Kind.ENTITY, first, role.last(), s.token(first).begin(), s.token(role.last() - 1).end(),
                    role.text(), List.of(holderEntity), AliasKind.NAME, role.roles(), null, null));
            return new Official(holderEntity, roleWords(role, post), ownerNode, post, first, role.last());
        }
        if (notCurrent) return null;
        int first = Math.min(start, named.first()), last = Math.max(role.last(), named.last());
        return new Official(person, roleWords(role, post), ownerNode, post, first, last);
    }

    /**
     * "China's foreign ministry responded. Spokesperson X said …": a spokesperson's title [start, end) that opens a sentence
     * (after a body's words at most) speaks for the state the sentence before opened with; else null.
     */
    static Node spokespersonOf(Sentence s, int start, int end, DocumentContext context) {
        if (!s.token(end - 1).lower().startsWith("spokes")) return null;
        for (int k = 0; k < start; k++) if (!BODY_WORDS.contains(s.token(k).lower())) return null;
        return context.leadingState;
    }

    /** A person the reference data lacks, named by tokens [from, to) and serving that state; added to ms as a mention. */
    private static Mention newPerson(Sentence s, List<Mention> ms, int from, int to, Node state) {
        String name = Names.joined(s, from, to);
        Entity person = new Entity(Iris.entity("person", name), EntityType.PERSON, name, state, null, false);
        Mention m = new Mention(Mention.Kind.ENTITY, from, to, s.token(from).begin(), s.token(to - 1).end(), name, List.of(person),
                AliasKind.NAME, List.of(), null, null);
        ms.add(m);
        return m;
    }

    /** The role in plain words: the post's own words when the title names the post with its state ("U.S. Defense Secretary"). */
    private String roleWords(Mention role, Node post) {
        String words = role.text().toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").trim();
        // "Slovak Defense Minister": the state's demonym before a title is its owner, not a word of the role.
        int space = words.indexOf(' ');
        List<ReferenceIndex.Alias> first = space > 0 ? index.aliases(ReferenceIndex.titleCase(words.substring(0, space))) : null;
        if (first != null && first.stream().anyMatch(a -> a.kind() == AliasKind.DEMONYM)) {
            words = words.substring(space + 1);
        }
        ReferenceIndex.Post p = post == null ? null : index.post(post);
        if (p != null && p.roleName() != null && !words.equals(p.roleName()) && words.endsWith(p.roleName())) return p.roleName();
        if (p != null && p.roleName() != null && role.roles().stream().anyMatch(r -> post.equals(r.post())) && words.contains(".")) return p.roleName();
        return words;
    }

    /** "Russian President", "South Korea's Vice Foreign Minister", "U.S. Defense Secretary", "NATO Secretary General". */
    static Mention ownerBefore(Sentence s, List<Mention> ms, Mention role) {
        // "Azerbaijan's foreign ministry spokesman", "Niger's military leader": body words may stand between.
        int end = role.first();
        // "NATO's outgoing secretary general": a word for the holder's moment in office may stand between too.
        while (end > 0 && end > role.first() - 2 && (BODY_WORDS.contains(s.token(end - 1).lower()) || IN_OFFICE.contains(s.token(end - 1).lower()))
                && at(ms, end - 1) == null) end--;
        int i = end - 1;
        if (i >= 0 && s.token(i).is("'s")) i--;
        if (i < 0) return null;
        Mention m = at(ms, i);
        if (m == null || m.last() != (s.token(end - 1).is("'s") ? end - 1 : end)) return null;
        // "Greenland's deputy premier": a place owns a title only through a possessive, for the state it belongs to.
        boolean possessive = s.token(end - 1).is("'s") || s.token(m.last() - 1).hasPossessive();
        // "X, the president's envoy", "Putin's spokesman": a title or a person owns a title through a possessive too.
        if (m.kind() == Mention.Kind.ROLE) return possessive ? m : null;
        if (m.entity() == null || m.aliasKind() == AliasKind.PLACE && !possessive || inCompound(s, m)) return null;
        EntityType t = m.entity().type();
        if (t == EntityType.PERSON) return possessive && m.entity().state() != null ? m : null;
        // "Chinese Foreign Ministry spokesperson", "Pentagon press secretary": the body tells the state.
        boolean body = (t == EntityType.AGENCY || t == EntityType.ARMED_FORCE) && m.entity().state() != null;
        return t == EntityType.STATE || t == EntityType.ORGANIZATION || body ? m : null;
    }

    /** The state an owner before a title stands for: a state, an organisation, a body's or a person's state; null for a title. */
    static Node ownerState(Mention owner) {
        if (owner == null || owner.entity() == null) return null;
        Entity e = owner.entity();
        return e.type() == EntityType.PERSON || e.stateOrSelf() == null ? e.state() : e.stateOrSelf();
    }

    /** "a pro-China leader": a name inside a hyphenated word modifies it and owns nothing. */
    private static boolean inCompound(Sentence s, Mention m) {
        if (m.begin() > s.token(m.first()).begin()) return true;
        String before = m.first() > 0 ? s.token(m.first() - 1).text() : "";
        return before.length() > 1 && before.endsWith("-");
    }

    /** "foreign minister of Iran". */
    private static Mention ownerAfter(Sentence s, List<Mention> ms, int i) {
        if (i + 1 >= s.size() || !s.token(i).is("of") && !s.token(i).is("for")) return null;
        Mention m = at(ms, i + 1);
        if (m == null && i + 2 < s.size() && s.token(i + 1).is("the")) m = at(ms, i + 2);
        if (m == null || m.entity() == null || m.kind() != Mention.Kind.ENTITY) return null;
        EntityType t = m.entity().type();
        // "a spokesman for the Ukrainian army": a body tells its state.
        boolean body = (t == EntityType.AGENCY || t == EntityType.ARMED_FORCE) && m.entity().state() != null;
        return t == EntityType.STATE || t == EntityType.ORGANIZATION || body ? m : null;
    }

    /**
     * "a spokesman for Ghana's foreign ministry, X", "the spokesperson for the Kenya Defence Forces, X": the end of the body
     * the owner after a title opens, which is still the title's phrase.
     */
    private static int bodyEnd(Sentence s, List<Mention> ms, int k) {
        Mention m = at(ms, k);
        if (m != null && m.first() == k && (m.isEntity(EntityType.AGENCY) || m.isEntity(EntityType.ARMED_FORCE))) return m.last();
        int i = k;
        while (i < s.size() && at(ms, i) == null && (BODY_WORDS.contains(s.token(i).lower()) || Titles.INSTITUTIONS.contains(s.token(i).lower()))) i++;
        return i;
    }

    /** "the country's [foreign] minister": the index of "the" when a country noun's possessive stands before the title, else -1. */
    private static int countryPossessive(Sentence s, int first) {
        int k = first - 1;
        while (k > 0 && BODY_WORDS.contains(s.token(k).lower())) k--;
        if (k >= 0 && s.token(k).is("'s")) k--;
        if (k < 1 || !s.token(k - 1).is("the")) return -1;
        String w = s.token(k).lower();
        if (s.token(k).hasPossessive()) w = w.substring(0, w.length() - 2);
        else if (!s.token(k + 1).is("'s")) return -1;
        return COUNTRY_NOUNS.contains(w) ? k - 1 : -1;
    }

    /** "its foreign ministry spokesman": the index of "its" or "their" before the title, else -1. */
    private static int pronounPossessive(Sentence s, int first) {
        int k = first - 1;
        while (k > 0 && BODY_WORDS.contains(s.token(k).lower())) k--;
        return k >= 0 && (s.token(k).is("its") || s.token(k).is("their")) ? k : -1;
    }

    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "republic", "emirate", "island");

    /**
     * "the Ambassador of the United States to Greece, X", "its envoy to NATO, X", "Norway's envoy for Syria, X", "Kenya's
     * ambassador in Washington, X": where a title is posted or what it is for, after its owner, is still the title's.
     */
    private static int afterDestination(Sentence s, List<Mention> ms, int k) {
        if (k + 1 >= s.size() || !(s.token(k).is("to") || s.token(k).is("for") || s.token(k).is("in"))) return k;
        int from = s.token(k + 1).is("the") ? k + 2 : k + 1;
        Mention m = at(ms, from);
        boolean destination = m != null && (m.isEntity(EntityType.STATE) || m.isEntity(EntityType.ORGANIZATION));
        return destination && (m.first() == from || m.first() == k + 1) ? m.last() : k;
    }

    /** A known person right after the title's phrase ending at k, past a comma and ranks ("Minister for Defence, Richard Marles"). */
    private static Mention nameAfter(Sentence s, List<Mention> ms, int k) {
        int i = k < s.size() && s.token(k).is(",") ? k + 1 : k;
        // A known name may begin with a rank's word: "Defence Minister Gen Nakatani".
        Mention m = at(ms, i);
        if (m == null || m.first() != i || !m.isEntity(EntityType.PERSON)) {
            i = Names.start(s, k);
            m = at(ms, i);
        }
        return m != null && m.first() == i && m.isEntity(EntityType.PERSON) ? m : null;
    }

    /** "Lloyd Austin, the U.S. defense secretary": a known person just before, across a comma. */
    static Mention nameBefore(Sentence s, List<Mention> ms, int start) {
        int i = Names.commaBefore(s, start);
        if (i < 0 || !s.token(i).is(",")) return null;
        Mention m = at(ms, i - 1);
        return m != null && m.last() == i && m.isEntity(EntityType.PERSON) ? m : null;
    }

    private Node ownerFromPosts(Entity person, Mention role, LocalDate date) {
        for (ReferenceIndex.Post p : index.postsOf(person.iri(), date)) {
            for (ReferenceIndex.Role r : role.roles()) {
                if (p != null && (p.iri().equals(r.post()) || (r.roleKind() != null && r.roleKind().equals(p.roleKind())))) return p.owner();
            }
        }
        return person.state();
    }

    /** A title that names one state's post only ("Secretary of Defense") tells the state. */
    private Node ownerFromRole(Mention role) {
        Node owner = null;
        for (ReferenceIndex.Role r : role.roles()) {
            ReferenceIndex.Post p = r.post() == null ? null : index.post(r.post());
            if (p == null || (owner != null && !owner.equals(p.owner()))) return null;
            owner = p.owner();
        }
        return owner;
    }

    /**
     * The state, unless the title is the very name of a post of it that the reference data gives someone at the date; else
     * null. Only the post's own name counts: a kind of post ("defence secretary" is a kind of defence minister) may be
     * another office of the same state.
     */
    private Node vacant(Node state, Mention role, LocalDate date) {
        if (state == null || date == null) return state;
        String words = roleWords(role, null);
        for (ReferenceIndex.Role r : role.roles()) {
            if (r.roleKind() == null) continue;
            for (ReferenceIndex.Post p : index.posts(state, r.roleKind())) {
                if (p.roleName() != null && p.roleName().equals(words) && index.holder(p.iri(), date) != null) return null;
            }
        }
        return state;
    }

    private Node postFor(Node owner, Mention role) {
        for (ReferenceIndex.Role r : role.roles()) {
            if (r.post() != null) {
                ReferenceIndex.Post p = index.post(r.post());
                if (p != null && owner.equals(p.owner())) return p.iri();
            }
        }
        for (ReferenceIndex.Role r : role.roles()) {
            if (r.roleKind() == null) continue;
            List<ReferenceIndex.Post> posts = index.posts(owner, r.roleKind());
            if (posts.size() == 1) return posts.get(0).iri();
        }
        return null;
    }

    private static final Set<String> SUCCEEDS = Set.of("replaced", "replaces", "replace", "succeeded", "succeeds", "succeed");
    private static final Set<String> BECOMES = Set.of("became", "becomes");
    /** Words between a successor's name and the verb of taking the post: "X was formally sworn in as …". */
    private static final Set<String> BEFORE_TAKING = Set.of("was", "is", "has", "had", "been", "formally", "officially");

    /**
     * "Grant Shapps replaced Ben Wallace as defence secretary", "X took over as …", "X was sworn in as …", "X became defence
     * minister": who takes the post the title at start names, a person named right before the verb of taking it; or null.
     */
    static Mention successorBefore(Sentence s, List<Mention> ms, int start) {
        int k = start - 1;
        if (k >= 0 && (s.token(k).is("the") || s.token(k).is("a"))) k--;
        if (k >= 2 && s.token(k).is("as")) {
            Mention replaced = at(ms, k - 1);
            if (replaced != null && replaced.last() == k && replaced.isEntity(EntityType.PERSON) && replaced.first() > 0
                    && SUCCEEDS.contains(s.token(replaced.first() - 1).lower())) k = replaced.first() - 2;
            else if (s.token(k - 1).is("over") && s.token(k - 2).lemma().equals("take")) k -= 3;
            else if (s.token(k - 1).is("in") && s.token(k - 2).is("sworn")) k -= 3;
            else return null;
        } else if (k >= 1 && BECOMES.contains(s.token(k).lower())) {
            k--;
        } else {
            return null;
        }
        while (k >= 0 && BEFORE_TAKING.contains(s.token(k).lower())) k--;
        Mention m = k < 0 ? null : at(ms, k);
        return m != null && m.last() == k + 1 && m.isEntity(EntityType.PERSON) ? m : null;
    }

    static Mention at(List<Mention> ms, int token) {
        for (Mention m : ms) if (m.first() <= token && token < m.last()) return m;
        return null;
    }

}
