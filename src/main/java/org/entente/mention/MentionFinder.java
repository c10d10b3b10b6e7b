package org.entente.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.entente.ReadingBudget;
import org.entente.SentenceWarning;
import org.entente.SentenceWarnings;
import org.entente.nlp.Sentence;
import org.entente.nlp.TextNorm;
import org.entente.nlp.Token;
import org.entente.vocab.Vocab;

/**
 * Finds and links what a document's sentences name: entities of the reference data by every
 * alias (one trie walk per sentence), post titles and the people holding them, weapon category
 * words, numbers and dates. Ambiguous names ("Georgia", "Washington") are kept only when the
 * document names the same entity unambiguously too, and never inside a longer proper name.
 * Thread-safe: all state is per call.
 */
public final class MentionFinder {
    private final ReferenceIndex index;
    private final Officials officials;

    private final Bodies bodies;

    public MentionFinder(ReferenceIndex index) {
        this.index = index;
        this.officials = new Officials(index);
        this.bodies = new Bodies(index);
    }

    public ReferenceIndex index() {
        return index;
    }

    /**
     * The mentions of every sentence of one document, read against its publication date (may be null).
     * A sentence whose reading fails is left out of the result and reported to {@code warnings}:
     * the other sentences keep their mentions, and later stages never see the skipped one.
     */
    public List<SentenceMentions> find(List<Sentence> sentences, LocalDate docDate, SentenceWarnings warnings) {
        List<List<Mention>> raw = new ArrayList<>();
        for (Sentence s : sentences) {
            ReadingBudget.check();
            raw.add(scan(s, docDate, warnings));
        }
        Set<Node> named = named(raw);
        List<SentenceMentions> out = new ArrayList<>();
        DocumentContext context = new DocumentContext(DocumentContext.dateline(sentences, index));
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (raw.get(i) == null) continue;
            ReadingBudget.check();
            try {
                out.add(link(s, raw.get(i), docDate, named, context));
            } catch (RuntimeException e) {
                // The context is only written once a sentence is read, so later sentences see none of this one.
                warnings.skipped(SentenceWarning.Stage.MENTION, s.index(), s.text(), e);
            }
        }
        return out;
    }

    /** The entities the document names unambiguously somewhere: what settles its ambiguous names. */
    private static Set<Node> named(List<List<Mention>> raw) {
        Set<Node> named = new HashSet<>();
        for (List<Mention> ms : raw) {
            if (ms == null) continue;
            for (Mention m : ms) {
                if (m.kind() != Mention.Kind.ENTITY || m.entity() == null || ambiguousAlias(m)) continue;
                named.add(m.entity().iri());
                // "the Turkish defence ministry" names Turkey too.
                if (m.entity().state() != null && m.entity().type() != EntityType.WEAPON) named.add(m.entity().state());
            }
        }
        return named;
    }

    /** One sentence's mentions resolved against the document, its bodies and officials found; then remembered. */
    private SentenceMentions link(Sentence s, List<Mention> raw, LocalDate docDate, Set<Node> named, DocumentContext context) {
        List<Mention> ms = resolve(s, raw, named, context);
        bodies.find(s, ms, context);
        Officials.Result r = officials.find(s, ms, docDate, context);
        titleAnaphora(s, r.mentions(), context);
        SentenceMentions found = new SentenceMentions(s, r.mentions(), r.officials());
        context.remember(s, r.mentions());
        context.officials.addAll(r.officials());
        return found;
    }

    /** Head words of titles that, after "the" and with no name, stand for the last person named with such a title. */
    private static final Set<String> TITLE_HEADS = Set.of("minister", "president", "secretary", "ambassador", "chancellor", "premier",
            "spokesman", "spokeswoman", "spokesperson", "commander");

    /**
     * "The Minister condemned …" after "The Minister of National Defence, Mr Nikos Dendias": a bare title, with no name and
     * no state of its own, is the last person the document named with a title that has that word.
     */
    private static void titleAnaphora(Sentence s, List<Mention> ms, DocumentContext context) {
        // "The Prime Minister has since blamed …": a title of several words, with no name after it, likewise.
        for (int j = 0; j < ms.size(); j++) {
            Mention m = ms.get(j);
            if (m.kind() != Mention.Kind.ROLE || m.first() == 0 || !s.token(m.first() - 1).is("the")) continue;
            if (m.last() < s.size() && (s.token(m.last()).isCapitalized() || s.token(m.last()).is("of") || s.token(m.last()).is("'s"))) continue;
            String role = m.text().toLowerCase(java.util.Locale.ROOT);
            for (int k = context.officials.size() - 1; k >= 0; k--) {
                Official o = context.officials.get(k);
                if (!o.role().equals(role) && !o.role().endsWith(" " + role)) continue;
                ms.set(j, new Mention(Mention.Kind.ENTITY, m.first() - 1, m.last(), s.token(m.first() - 1).begin(), m.end(),
                        s.text().substring(s.token(m.first() - 1).begin() - s.begin(), m.end() - s.begin()), List.of(o.person()),
                        AliasKind.NAME, List.of(), null, null));
                break;
            }
        }
        for (int i = 1; i < s.size(); i++) {
            if (!s.token(i - 1).is("the") || !TITLE_HEADS.contains(s.token(i).lower()) || covered(ms, i) || covered(ms, i - 1)) continue;
            if (i + 1 < s.size() && (s.token(i + 1).isCapitalized() || s.token(i + 1).is("of") || s.token(i + 1).is("'s"))) continue;
            String head = s.token(i).lower();
            for (int k = context.officials.size() - 1; k >= 0; k--) {
                Official o = context.officials.get(k);
                if (!java.util.Arrays.asList(o.role().split(" ")).contains(head)) continue;
                ms.add(new Mention(Mention.Kind.ENTITY, i - 1, i + 1, s.token(i - 1).begin(), s.token(i).end(),
                        s.text().substring(s.token(i - 1).begin() - s.begin(), s.token(i).end() - s.begin()), List.of(o.person()),
                        AliasKind.NAME, List.of(), null, null));
                break;
            }
        }
        ms.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    }

    private static boolean ambiguousAlias(Mention m) {
        return m.candidates().size() == 1 && m.aliasKind() == null;
    }

    // ---- one sentence ------------------------------------------------------------------

    /** The raw mentions of one sentence, or null when reading it failed (reported to {@code warnings}). */
    private List<Mention> scan(Sentence s, LocalDate docDate, SentenceWarnings warnings) {
        try {
            return scan(s, docDate);
        } catch (RuntimeException e) {
            warnings.skipped(SentenceWarning.Stage.MENTION, s.index(), s.text(), e);
            return null;
        }
    }

    private List<Mention> scan(Sentence s, LocalDate docDate) {
        String norm = TextNorm.normalize(s.text());
        String lower = lowerSameLength(norm);
        List<Mention> out = new ArrayList<>();
        int pos = 0;
        while (pos < norm.length()) {
            if (!Character.isLetterOrDigit(norm.charAt(pos)) || !AliasTrie.boundaryBefore(norm, pos)) {
                pos++;
                continue;
            }
            AliasTrie.Match<ReferenceIndex.Alias> name = index.nameAt(norm, pos);
            AliasTrie.Match<ReferenceIndex.Role> role = index.roleAt(lower, pos);
            AliasTrie.Match<Entity> category = index.categoryAt(lower, pos);
            int best = Math.max(end(name), Math.max(end(role), end(category)));
            if (best < 0) {
                pos++;
                continue;
            }
            int roleInside = end(name) == best ? roleInside(lower, pos, best) : -1;
            if (roleInside > 0) {
                // "French Armed Forces Minister": a title that starts inside a name and reaches past it wins;
                // the name keeps what stands before the title ("French").
                AliasTrie.Match<ReferenceIndex.Alias> head = index.nameAt(norm.subSequence(0, roleInside), pos);
                if (head != null) out.add(entityMention(s, head));
                role = index.roleAt(lower, roleInside);
                out.add(mention(s, Mention.Kind.ROLE, roleInside, role.end(), List.of(), null, role.values(), null, null));
                pos = role.end();
                continue;
            }
            if (end(name) == best) out.add(entityMention(s, name));
            else if (end(role) == best) out.add(mention(s, Mention.Kind.ROLE, pos, best, List.of(), null, role.values(), null, null));
            else out.add(mention(s, Mention.Kind.CATEGORY, pos, best, category.values(), null, List.of(), null, null));
            pos = best;
        }
        addQuantitiesAndDates(s, out, docDate);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /** The first word start inside [from, to) where a title begins that ends after {@code to}, or -1. */
    private int roleInside(String lower, int from, int to) {
        for (int q = from + 1; q < to; q++) {
            if (lower.charAt(q - 1) != ' ' || !Character.isLetter(lower.charAt(q))) continue;
            AliasTrie.Match<ReferenceIndex.Role> r = index.roleAt(lower, q);
            if (r != null && r.end() > to) return q;
        }
        return -1;
    }

    private static int end(AliasTrie.Match<?> m) {
        return m == null ? -1 : m.end();
    }

    private Mention entityMention(Sentence s, AliasTrie.Match<ReferenceIndex.Alias> match) {
        List<Entity> entities = new ArrayList<>();
        AliasKind kind = null;
        boolean ambiguous = false;
        for (ReferenceIndex.Alias a : match.values()) {
            if (!entities.contains(a.entity())) entities.add(a.entity());
            kind = kind == null ? a.kind() : kind;
            ambiguous |= a.ambiguous();
        }
        // An ambiguous alias is marked by a null alias kind until the document confirms it.
        return mention(s, Mention.Kind.ENTITY, match.begin(), match.end(), entities, ambiguous ? null : kind, List.of(), null, null);
    }

    private Mention mention(Sentence s, Mention.Kind kind, int relBegin, int relEnd, List<Entity> entities, AliasKind aliasKind,
                            List<ReferenceIndex.Role> roles, Long number, String date) {
        int begin = s.begin() + relBegin, end = s.begin() + relEnd;
        int first = s.tokenAt(begin), last = first;
        while (last < s.size() && s.token(last).begin() < end) last++;
        return new Mention(kind, first, Math.max(last, first + 1), begin, end, s.text().substring(relBegin, relEnd), entities, aliasKind, roles, number, date);
    }

    private void addQuantitiesAndDates(Sentence s, List<Mention> out, LocalDate docDate) {
        boolean[] taken = new boolean[s.size()];
        for (Mention m : out) for (int i = m.first(); i < m.last() && i < taken.length; i++) taken[i] = true;
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (taken[i]) continue;
            Dates.Found d = Dates.at(tokens, i, docDate);
            if (d != null) {
                out.add(tokenMention(s, Mention.Kind.DATE, i, d.last(), null, d.iso()));
                i = d.last() - 1;
                continue;
            }
            Quantities.Found q = Quantities.decimalScaled(tokens, i);
            if (q == null) q = Quantities.at(tokens, i);
            if (q != null) {
                out.add(tokenMention(s, Mention.Kind.NUMBER, i, q.last(), q.value(), null));
                i = q.last() - 1;
            }
        }
    }

    private static Mention tokenMention(Sentence s, Mention.Kind kind, int first, int last, Long number, String date) {
        int begin = s.token(first).begin(), end = s.token(last - 1).end();
        return new Mention(kind, first, last, begin, end, s.text().substring(begin - s.begin(), end - s.begin()), List.of(), null, List.of(), number, date);
    }

    // ---- resolution against the document ---------------------------------------------

    private List<Mention> resolve(Sentence s, List<Mention> raw, Set<Node> named, DocumentContext context) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : raw) {
            if (m.kind() != Mention.Kind.ENTITY) {
                out.add(m);
                continue;
            }
            if (m.candidates().size() > 1) {
                // Several entities share the name: keep those the document names otherwise; treaties are settled later by date and parties.
                List<Entity> known = m.candidates().stream().filter(e -> named.contains(e.iri())).toList();
                if (known.size() == 1) out.add(m.withCandidates(known));
                else if (m.candidates().stream().allMatch(e -> e.type() == EntityType.TREATY)) out.add(m);
                else if (weaponByCategory(raw, m) != null) out.add(m.withCandidates(List.of(weaponByCategory(raw, m))));
                continue;
            }
            if (m.aliasKind() == null) {
                // An ambiguous name: trusted only when the document names the entity another way, or a
                // category word confirms a weapon ("Shahed drones", "K2 tanks"), and it stands alone.
                boolean confirmed = named.contains(m.entity().iri()) || weaponByCategory(raw, m) != null || actsAsState(s, m)
                        || listedWithStates(s, raw, m) || counted(s, m);
                if (confirmed && !insideLongerName(s, m)) out.add(m.withCandidates(m.candidates()));
                continue;
            }
            // "George Washington", "Munich Security Conference": a city inside a longer name is not the city.
            boolean city = m.aliasKind() == AliasKind.CAPITAL || m.aliasKind() == AliasKind.PLACE;
            if (insideLongerName(s, m) && m.entity().type() == EntityType.STATE && city) continue;
            out.add(m);
        }
        addSurnames(s, out, context);
        withFirstNames(s, out);
        acronyms(s, out, context);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /**
     * The weapon an ambiguous name means when a weapon category word follows it ("K2 tanks",
     * "Shahed drones"): of several, one of the category named, else the first by IRI, for determinism.
     */
    private Entity weaponByCategory(List<Mention> raw, Mention m) {
        Node category = null;
        for (Mention x : raw) {
            if (x.first() == m.last() && x.kind() == Mention.Kind.CATEGORY && !x.candidates().isEmpty()) category = x.candidates().get(0).iri();
        }
        if (category == null) {
            // The name may carry its own category word: "Shahed drones".
            String lower = m.text().toLowerCase(java.util.Locale.ROOT);
            int space = lower.lastIndexOf(' ');
            AliasTrie.Match<Entity> own = space < 0 ? null : index.categoryAt(lower, space + 1);
            if (own != null && own.end() == lower.length()) category = own.values().get(0).iri();
        }
        if (category == null) return null;
        Node named = category;
        java.util.Comparator<Entity> order = java.util.Comparator.comparing((Entity e) -> !named.equals(e.category()))
                .thenComparing(e -> e.iri().getURI());
        return m.candidates().stream().filter(e -> e.type() == EntityType.WEAPON).min(order).orElse(null);
    }

    /** "sent 31 Abrams to Ukraine": a weapon's ambiguous name right after a number is the weapon (people are not counted so). */
    private static boolean counted(Sentence s, Mention m) {
        return m.entity().type() == EntityType.WEAPON && m.first() > 0 && s.token(m.first() - 1).tag().equals("NUM");
    }

    /** "Greece, Turkey and the United Kingdom": an ambiguous name listed beside states that are not is a state too. */
    private static boolean listedWithStates(Sentence s, List<Mention> raw, Mention m) {
        if (m.entity().type() != EntityType.STATE) return false;
        for (Mention o : raw) {
            if (o == m || o.kind() != Mention.Kind.ENTITY || o.aliasKind() == null || o.entity() == null
                    || o.entity().type() != EntityType.STATE) continue;
            int gapStart = o.last() <= m.first() ? o.last() : m.last(), gapEnd = o.last() <= m.first() ? m.first() : o.first();
            if (gapEnd - gapStart < 1 || gapEnd - gapStart > 3) continue;
            boolean joins = true;
            for (int k = gapStart; k < gapEnd; k++) joins &= Set.of(",", "and", "or", "the").contains(s.token(k).lower());
            if (joins) return true;
        }
        return false;
    }

    /**
     * "Turkey has dispatched ...", "Washington approved ...", "troops to Georgia": a state's
     * ambiguous name in the syntax of an actor or a destination, standing alone, is the state.
     */
    private static boolean actsAsState(Sentence s, Mention m) {
        if (m.entity().type() != EntityType.STATE || insideLongerName(s, m)) return false;
        // "Chad's government": the tokeniser may keep the possessive on the name's own token.
        if (s.token(m.last() - 1).hasPossessive()) return true;
        if (m.last() < s.size()) {
            Token next = s.token(m.last());
            if (next.is("'s") || next.tag().equals("AUX") || next.tag().equals("VERB")) return true;
        }
        if (m.first() == 0) return false;
        // "troops will leave Niger", "invaded Georgia": right after a verb, as its object.
        Token before = s.token(m.first() - 1);
        return STATE_PREPOSITIONS.contains(before.lower()) || before.tag().equals("VERB");
    }

    /** Prepositions after which an ambiguous state name is the state: "supplied by Turkey", "talks with Georgia". */
    private static final Set<String> STATE_PREPOSITIONS = Set.of("to", "in", "from", "against", "with", "into", "by", "for", "of",
            "between", "at", "on");

    /** "George Washington", "Washington Post": a capitalised word joins the name on either side. */
    private static boolean insideLongerName(Sentence s, Mention m) {
        boolean before = m.first() > 0 && s.token(m.first() - 1).isCapitalized() && m.first() - 1 > 0;
        // "Seoul's Ministry of National Defense": a possessive ends the name.
        boolean after = m.last() < s.size() && s.token(m.last()).isCapitalized() && !s.token(m.last() - 1).hasPossessive();
        // "Ambassador to Nairobi Ali Demir": where an envoy is posted may run straight into the envoy's name.
        boolean posted = m.first() >= 2 && s.token(m.first() - 1).is("to") && ENVOYS.contains(s.token(m.first() - 2).lower());
        return before || after && !posted;
    }

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    /** Words that make a body a state's armed or police force, or else one of its civil bodies; a firm has neither. */
    private static final Pattern ARMED_BODY = Pattern.compile(
            "(?i)\\b(force|forces|army|navy|guard|military|corps|defence|defense|police|gendarmerie)\\b");
    private static final Pattern CIVIL_BODY = Pattern.compile(
            "(?i)\\b(ministry|department|agency|service|command|office|directorate|bureau|council)\\b");
    private static final Set<String> GOVERNMENTS = Set.of("government", "administration", "cabinet", "regime");
    private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "representative", "commissioner", "consul", "attache", "attaché");

    /** A surname alone ("Austin said") names the person the document named in full before, or the one reference person of that name in office. */
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private void addSurnames(Sentence s, List<Mention> out, DocumentContext context) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!t.isCapitalized() || t.text().length() < 3 || covered(out, i)) continue;
            // "in May", "since March": a month after a word of time is no one's surname.
            if (i > 0 && MONTHS.contains(t.lower()) && !TITLE_WORDS.contains(s.token(i - 1).lower())) continue;
            // ("the Albanese Government", "the Biden Administration": a leader's name before the government he leads.)
            if (i + 1 < s.size() && s.token(i + 1).isCapitalized() && !s.token(i + 1).is("'s") && !GOVERNMENTS.contains(s.token(i + 1).lower())) continue;
            // "Ali al-Dabbagh", "Mohammed bin Salman": a word before a name particle is a first name.
            if (i + 1 < s.size() && (Names.PARTICLES.contains(s.token(i + 1).lower()) || s.token(i + 1).is("-"))) continue;
            // "Luis Petri" after "Luis Alfonso Petri": the same first and family name is the same person.
            Entity full = context.peopleBySurname.get(t.hasPossessive() ? t.text().substring(0, t.text().length() - 2) : t.text());
            if (full != null && i > 0 && !covered(out, i - 1) && full.label().startsWith(s.token(i - 1).text() + " ")) {
                Token first = s.token(i - 1);
                out.add(new Mention(Mention.Kind.ENTITY, i - 1, i + 1, first.begin(), t.end(),
                        s.text().substring(first.begin() - s.begin(), t.end() - s.begin()), List.of(full), AliasKind.NAME, List.of(), null, null));
                continue;
            }
            // "Matthew Miller" is not the Miller of the reference data: a capitalised word before a surname is a first name,
            // unless it spells the reference person's own a little differently ("Anthony Blinken").
            if (i > 0 && s.token(i - 1).isCapitalized() && !covered(out, i - 1) && Character.isLetter(s.token(i - 1).text().charAt(0))
                    && !TITLE_WORDS.contains(s.token(i - 1).lower()) && !s.token(i - 1).is("the")) {
                List<Entity> people = index.bySurname(t.text());
                if (people.size() != 1 || !variant(s.token(i - 1).text(), firstName(people.get(0)))) continue;
            }
            // "Papikyan's deputies": the tokeniser may keep the possessive on the name.
            String surname = t.hasPossessive() ? t.text().substring(0, t.text().length() - 2) : t.text();
            Entity person = context.peopleBySurname.get(surname);
            if (person == null) {
                List<Entity> people = index.bySurname(surname);
                if (people.size() == 1 && !index.postsOf(people.get(0).iri(), null).isEmpty() && i > 0) person = people.get(0);
            }
            if (person != null) {
                out.add(new Mention(Mention.Kind.ENTITY, i, i + 1, t.begin(), t.end(), t.text(), List.of(person), AliasKind.NAME, List.of(), null, null));
            }
        }
    }

    /**
     * "the Australian Federal Police (AFP) … 73 AFP personnel": an acronym the document defines in brackets after a state's
     * body the reference data lacks stands for that body afterwards, and says whose it is.
     */
    private void acronyms(Sentence s, List<Mention> out, DocumentContext context) {
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!ACRONYM.matcher(t.text()).matches() || covered(out, i)) continue;
            if (i >= 2 && s.token(i - 1).is("(") && i + 1 < s.size() && s.token(i + 1).is(")")) {
                Entity body = definedBody(s, out, i - 1, t.text());
                if (body != null) context.acronyms.putIfAbsent(t.text(), body);
            }
            Entity known = context.acronyms.get(t.text());
            if (known != null) out.add(new Mention(Mention.Kind.ENTITY, i, i + 1, t.begin(), t.end(), t.text(), List.of(known), AliasKind.NAME, List.of(), null, null));
        }
    }

    /** The body whose capitalised name ends before the bracket and spells the acronym, named after a state at its start; or null. */
    private Entity definedBody(Sentence s, List<Mention> out, int bracket, String acronym) {
        StringBuilder initials = new StringBuilder();
        int k = bracket - 1;
        for (; k >= 0 && bracket - k <= 8; k--) {
            Token w = s.token(k);
            if (w.is("of") || w.is("and") || w.is("for") || w.is("&")) continue;
            if (!w.isCapitalized()) return null;
            initials.insert(0, w.text().charAt(0));
            if (initials.length() == acronym.length()) break;
        }
        if (k < 0 || !initials.toString().equals(acronym)) return null;
        Mention owner = null;
        for (Mention m : out) if (m.first() == k && m.kind() == Mention.Kind.ENTITY && m.isEntity(EntityType.STATE)) owner = m;
        // The name must be a body of the state, not the state or a body the reference data already knows.
        if (owner == null || owner.last() >= bracket) return null;
        for (Mention m : out) if (m.first() > k && m.first() < bracket && m.kind() == Mention.Kind.ENTITY) return null;
        String name = s.text().substring(s.token(k).begin() - s.begin(), s.token(bracket - 1).end() - s.begin());
        // A firm named after its state ("China Eastern Airlines (CEA)") is no body of the state.
        boolean armed = ARMED_BODY.matcher(name).find();
        if (!armed && !CIVIL_BODY.matcher(name).find()) return null;
        Node state = owner.entity().iri();
        return new Entity(Vocab.id("org/" + state.getLocalName() + "-" + acronym.toLowerCase(java.util.Locale.ROOT)),
                armed ? EntityType.ARMED_FORCE : EntityType.AGENCY, name, state, null, false);
    }

    /** Titles before a bare surname: "Minister Cho", "Secretary Blinken", "President Biden". */
    private static final Set<String> TITLE_WORDS = Set.of("minister", "secretary", "president", "chancellor", "premier", "general",
            "gen.", "admiral", "mr.", "mr", "mrs.", "ms.", "ms", "dr.", "sir", "senator", "ambassador", "spokesman", "spokeswoman", "director", "chief");

    /**
     * "Anthony Blinken", "Tayyip Erdogan": a surname the reference data knows takes the first name before it when it spells
     * the person's own, or is a middle name of it.
     */
    private static void withFirstNames(Sentence s, List<Mention> out) {
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            if (m.kind() != Mention.Kind.ENTITY || m.entity() == null || m.entity().type() != EntityType.PERSON || m.last() - m.first() != 1
                    || m.first() == 0 || covered(out, m.first() - 1)) continue;
            Token first = s.token(m.first() - 1);
            if (!first.isCapitalized() || !variant(first.text(), firstName(m.entity())) && !middleName(first.text(), m.entity())) continue;
            out.set(k, new Mention(Mention.Kind.ENTITY, m.first() - 1, m.last(), first.begin(), m.end(),
                    s.text().substring(first.begin() - s.begin(), m.end() - s.begin()), m.candidates(), m.aliasKind(), m.roles(), null, null));
        }
    }

    /** "Tayyip Erdogan": a name of the person's full name between the first and the last, used as the first. */
    private static boolean middleName(String word, Entity person) {
        String[] names = person.label().split(" ");
        for (int k = 1; k < names.length - 1; k++) if (names[k].equals(word) && word.length() > 2) return true;
        return false;
    }

    private static String firstName(Entity person) {
        return person.label().split(" ")[0];
    }

    /** Two spellings of one first name: the same initial and one letter apart ("Anthony", "Antony"; not "Erik", "Erna"). */
    static boolean variant(String a, String b) {
        if (a.length() < 4 || b.length() < 4 || a.charAt(0) != b.charAt(0) || a.equals(b)) return false;
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= 1;
    }

    static boolean covered(List<Mention> ms, int token) {
        for (Mention m : ms) if (m.first() <= token && token < m.last()) return true;
        return false;
    }

    private static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
        return new String(c);
    }
}
