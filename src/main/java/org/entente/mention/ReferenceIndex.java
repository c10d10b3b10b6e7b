package org.entente.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.entente.nlp.TextNorm;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.entente.vocab.Vocab;

/**
 * The in-memory index over the reference graph that text is matched against: every name,
 * alias, demonym, capital and seat of government of every entity; post titles; who held which
 * post when; treaty parties and dates. Built once (well under a second for the bundled data),
 * then read-only and safe to share between threads.
 */
public final class ReferenceIndex {
    /** A name of an entity, how it names it, and whether it needs context to be trusted. */
    public record Alias(Entity entity, AliasKind kind, boolean ambiguous) {}

    /** A post title: the post it names (state-specific titles) or only its kind (generic titles). */
    public record Role(String phrase, Node roleKind, Node post) {}

    /** A post: whose it is, its kind, and its role words. */
    public record Post(Node iri, Node owner, Node roleKind, String roleName, String label) {}

    /** A holder of a post from a date to a date (null when still in office). */
    public record Tenure(Node person, Node post, String start, String end) {
        boolean covers(LocalDate date) {
            return start.compareTo(date.toString().substring(0, Math.min(start.length(), 10))) <= 0
                    && (end == null || end.compareTo(date.toString().substring(0, Math.min(end.length(), 10))) >= 0);
        }
    }

    /** A treaty's parties and signing date. */
    public record Treaty(Entity entity, Set<Node> parties, String signed) {}

    private final Map<Node, Entity> entities = new HashMap<>();
    private final AliasTrie<Alias> names = new AliasTrie<>();
    private final AliasTrie<Role> roles = new AliasTrie<>();
    private final AliasTrie<Entity> categories = new AliasTrie<>();
    private final Map<Node, Post> posts = new HashMap<>();
    private final Map<Node, String> roleKindNames = new HashMap<>();
    private final Map<Node, List<Tenure>> tenuresByPost = new HashMap<>();
    private final Map<Node, List<Tenure>> tenuresByPerson = new HashMap<>();
    private final Map<Node, Treaty> treaties = new LinkedHashMap<>();
    private final Map<Node, Node> foundingTreaties = new HashMap<>();
    private final Map<String, List<Entity>> surnames = new HashMap<>();
    private final Map<Node, Node> wikidata = new HashMap<>();
    private final Map<Node, String> demonyms = new HashMap<>();
    /** The words of states' demonyms, lower case ("korean" of "South Korean"). */
    private final Set<String> demonymWords = new HashSet<>();
    /** The reading lexicon's triples (frames, cues, personnel and group nouns), for the event stage. */
    private final Graph lexicon = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();

    private ReferenceIndex() {}

    /** Builds the index from a reference graph. */
    public static ReferenceIndex build(Graph reference) {
        return new Builder(reference).build();
    }

    // ---- lookups ----------------------------------------------------------------------

    public Entity entity(Node iri) {
        return entities.get(iri);
    }

    /** The reference triples of the reading lexicon (ent:Frame, ent:Cue, ent:PersonnelNoun, ent:GroupNoun); do not modify. */
    public Graph lexicon() {
        return lexicon;
    }

    public int aliasCount() {
        return names.size();
    }

    /** Every entity, in no particular order. */
    public java.util.Collection<Entity> entities() {
        return entities.values();
    }

    /** The aliases stored under exactly this name (case-sensitive; curly quotes and dashes normalised). */
    public List<Alias> aliases(String name) {
        return names.get(TextNorm.normalize(name));
    }

    /** The longest entity name at a word start of a normalised text, or null. */
    AliasTrie.Match<Alias> nameAt(CharSequence normalized, int start) {
        return names.longestAt(normalized, start);
    }

    /** The longest post title at a word start of a lower-cased normalised text, or null. */
    AliasTrie.Match<Role> roleAt(CharSequence lowerNormalized, int start) {
        return roles.longestAt(lowerNormalized, start);
    }

    /** The longest weapon-category word at a word start of a lower-cased normalised text, or null. */
    AliasTrie.Match<Entity> categoryAt(CharSequence lowerNormalized, int start) {
        return categories.longestAt(lowerNormalized, start);
    }

    /** Persons whose last name this is. */
    public List<Entity> bySurname(String surname) {
        return surnames.getOrDefault(surname, List.of());
    }

    /** Whether a word is, or is part of, some state's demonym ("Korean" of "South Korean"), whatever its case. */
    public boolean demonymWord(String word) {
        return demonymWords.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** A demonym of the state ("Lebanese"), or null. */
    public String demonym(Node state) {
        return demonyms.get(state);
    }

    /** The Wikidata entity an entity or post is the same as ({@code skos:exactMatch wd:Q…}), or null. */
    public Node wikidata(Node iri) {
        return wikidata.get(iri);
    }

    public Post post(Node iri) {
        return posts.get(iri);
    }

    /** A role kind's name in lower case ("defence minister"), or null. */
    public String roleKindName(Node roleKind) {
        return roleKindNames.get(roleKind);
    }

    /** The posts of a state (or organisation) of one kind. */
    public List<Post> posts(Node owner, Node roleKind) {
        List<Post> out = new ArrayList<>();
        for (Post p : posts.values()) if (p.owner().equals(owner) && p.roleKind() != null && p.roleKind().equals(roleKind)) out.add(p);
        out.sort(Comparator.comparing(p -> p.iri().getURI()));
        return out;
    }

    /** Who held a post on a date, or null. */
    public Node holder(Node post, LocalDate date) {
        for (Tenure t : tenuresByPost.getOrDefault(post, List.of())) if (t.covers(date)) return t.person();
        return null;
    }

    /** The posts a person held on a date (all they ever held when the date is null). */
    public List<Post> postsOf(Node person, LocalDate date) {
        List<Post> out = new ArrayList<>();
        for (Tenure t : tenuresByPerson.getOrDefault(person, List.of())) {
            if (date == null || t.covers(date)) out.add(posts.get(t.post()));
        }
        return out;
    }

    /** All tenures of a post, earliest first. */
    public List<Tenure> tenures(Node post) {
        return tenuresByPost.getOrDefault(post, List.of());
    }

    /** The treaty that establishes an organisation ("NATO" gives the North Atlantic Treaty), or null. */
    public Treaty foundingTreaty(Node organization) {
        Node treaty = foundingTreaties.get(organization);
        return treaty == null ? null : treaties.get(treaty);
    }

    public Treaty treaty(Node iri) {
        return treaties.get(iri);
    }

    /** Treaties whose parties include all the given states, signed in the given year-month or year prefix (any date when null). */
    public List<Treaty> treatiesBetween(Set<Node> parties, String datePrefix) {
        List<Treaty> out = new ArrayList<>();
        for (Treaty t : treaties.values()) {
            if (!t.parties().containsAll(parties)) continue;
            if (datePrefix != null && (t.signed() == null || !t.signed().startsWith(datePrefix))) continue;
            out.add(t);
        }
        return out;
    }

    // ---- building ---------------------------------------------------------------------

    private static final class Builder {
        private final Graph g;
        private final ReferenceIndex ix = new ReferenceIndex();

        Builder(Graph g) {
            this.g = g;
        }

        ReferenceIndex build() {
            type(Vocab.STATE, EntityType.STATE);
            type(Vocab.INTERNATIONAL_ORGANIZATION, EntityType.ORGANIZATION);
            type(Vocab.PERSON, EntityType.PERSON);
            type(Vocab.GOVERNMENT_AGENCY, EntityType.AGENCY);
            type(Vocab.MINISTRY, EntityType.AGENCY);
            type(Vocab.INTELLIGENCE_AGENCY, EntityType.AGENCY);
            type(Vocab.ARMED_FORCE, EntityType.ARMED_FORCE);
            type(Vocab.MILITARY_UNIT, EntityType.UNIT);
            type(Vocab.WEAPON_SYSTEM_MODEL, EntityType.WEAPON);
            type(Vocab.TREATY, EntityType.TREATY);
            type(Vocab.CONFLICT, EntityType.CONFLICT);
            type(Vocab.WEAPON_CATEGORY, EntityType.WEAPON_CATEGORY);
            for (Entity e : List.copyOf(ix.entities.values())) names(e);
            postsAndRoles();
            tenures();
            treaties();
            wikidata();
            lexicon();
            return ix;
        }

        private void type(Node cls, EntityType type) {
            g.find(Node.ANY, Vocab.TYPE, cls).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (ix.entities.containsKey(s) || !s.isURI()) return;
                Node owner = first(s, Vocab.OF_STATE);
                if (owner == null) owner = first(s, Vocab.MAKER);
                if (owner == null) owner = first(s, Vocab.ent("citizenOf"));
                if (owner == null) owner = first(s, Vocab.OF_ORGANIZATION);
                ix.entities.put(s, new Entity(s, type, label(s), owner, first(s, Vocab.CATEGORY), true));
            });
        }

        private void names(Entity e) {
            Set<String> ambiguous = strings(e.iri(), Vocab.AMBIGUOUS_ALIAS);
            if (e.type() == EntityType.WEAPON_CATEGORY) {
                addCategory(e, e.label());
                for (String a : strings(e.iri(), Vocab.ALT_LABEL)) addCategory(e, a);
                return;
            }
            addName(e, e.label(), AliasKind.NAME, ambiguous);
            for (String a : strings(e.iri(), Vocab.ALT_LABEL)) addName(e, a, AliasKind.NAME, ambiguous);
            for (String a : strings(e.iri(), Vocab.OFFICIAL_NAME)) addName(e, a, AliasKind.NAME, ambiguous);
            Set<String> demonyms = strings(e.iri(), Vocab.DEMONYM);
            for (String a : demonyms) addName(e, a, AliasKind.DEMONYM, ambiguous);
            for (String a : demonyms) for (String w : a.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) ix.demonymWords.add(w);
            // One demonym to name things after the state ("Lebanese Army"): the first plain word of them, for a stable choice.
            demonyms.stream().filter(a -> a.chars().allMatch(Character::isLetter)).sorted().findFirst().ifPresent(a -> ix.demonyms.put(e.iri(), a));
            for (String a : strings(e.iri(), Vocab.CAPITAL)) addName(e, a, AliasKind.CAPITAL, ambiguous);
            for (String a : strings(e.iri(), Vocab.METONYM)) addName(e, a, AliasKind.METONYM, ambiguous);
            for (String a : strings(e.iri(), Vocab.PLACE_NAME)) addName(e, a, AliasKind.PLACE, ambiguous);
            if (e.type() == EntityType.PERSON) {
                String[] words = e.label().split(" ");
                if (words.length > 1) ix.surnames.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(e);
            }
        }

        private void addName(Entity e, String name, AliasKind kind, Set<String> ambiguous) {
            String n = TextNorm.normalize(name.strip());
            boolean amb = ambiguous.contains(name) || ambiguous.contains(n);
            if (n.startsWith("the ") || n.startsWith("The ")) n = n.substring(4);
            if (n.isEmpty()) return;
            Alias alias = new Alias(e, kind, amb);
            for (String v : variants(n)) ix.names.put(v, alias);
            if (titleCaseAcronym(e, n)) ix.names.put(n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT), alias);
        }

        /**
         * "Nato", "Asean", "Aukus": house styles write an acronym read as a word in title case. Acronyms of international
         * organisations and states never spell a common word, so each may be matched so; a treaty's only from five letters;
         * agencies' and weapons' not at all, since theirs often do ("PLAN", "MUST", "SIDE", "MILAN", "SCALP").
         */
        private static boolean titleCaseAcronym(Entity e, String n) {
            if (n.length() < 3 || !n.chars().allMatch(c -> c >= 'A' && c <= 'Z')) return false;
            return e.type() == EntityType.ORGANIZATION || e.type() == EntityType.STATE || e.type() == EntityType.TREATY && n.length() >= 5;
        }

        /** Spelling variants news uses for one name: hyphen or space, and Title Case for lower-case words. */
        private static Set<String> variants(String n) {
            Set<String> out = new HashSet<>();
            out.add(n);
            if (n.indexOf('-') > 0) {
                out.add(n.replace('-', ' '));
                out.add(n.replace("-", ""));
            }
            for (String v : List.copyOf(out)) {
                if (v.length() > 3 && v.chars().anyMatch(Character::isLowerCase) && v.chars().filter(Character::isLetter).count() > 3) {
                    out.add(titleCase(v));
                }
            }
            return out;
        }

        private void addCategory(Entity e, String word) {
            String w = TextNorm.normalize(word.strip()).toLowerCase(Locale.ROOT);
            ix.categories.put(w, e);
            if (w.indexOf('-') > 0) ix.categories.put(w.replace('-', ' '), e);
        }

        private void postsAndRoles() {
            g.find(Node.ANY, Vocab.TYPE, Vocab.POST).forEachRemaining(t -> {
                Node p = t.getSubject();
                Node owner = first(p, Vocab.OF_STATE);
                if (owner == null) owner = first(p, Vocab.OF_ORGANIZATION);
                Node kind = first(p, Vocab.ROLE_KIND);
                String roleName = firstString(p, Vocab.ROLE_NAME);
                ix.posts.put(p, new Post(p, owner, kind, roleName == null ? label(p).toLowerCase(Locale.ROOT) : roleName, label(p)));
                ix.entities.putIfAbsent(p, new Entity(p, EntityType.POST, label(p), owner, null, true));
                for (String a : strings(p, Vocab.ROLE_ALIAS)) addRole(a, kind, p);
                if (roleName != null) addRole(roleName, kind, p);
            });
            g.find(Node.ANY, Vocab.TYPE, Vocab.ent("RoleKind")).forEachRemaining(t -> {
                Node k = t.getSubject();
                ix.roleKindNames.put(k, label(k).toLowerCase(Locale.ROOT));
                addRole(label(k), k, null);
                for (String a : strings(k, Vocab.ALT_LABEL)) addRole(a, k, null);
            });
        }

        private void addRole(String phrase, Node kind, Node post) {
            String p = TextNorm.normalize(phrase.strip()).toLowerCase(Locale.ROOT);
            if (p.startsWith("the ")) p = p.substring(4);
            if (p.isEmpty()) return;
            ix.roles.put(p, new Role(p, kind, post));
            if (p.indexOf('-') > 0) ix.roles.put(p.replace('-', ' '), new Role(p, kind, post));
        }

        private void tenures() {
            g.find(Node.ANY, Vocab.TYPE, Vocab.TENURE).forEachRemaining(t -> {
                Node s = t.getSubject();
                Node person = first(s, Vocab.HOLDER), post = first(s, Vocab.POST_PROP);
                String start = firstString(s, Vocab.START_DATE);
                if (person == null || post == null || start == null) return;
                Tenure tenure = new Tenure(person, post, start, firstString(s, Vocab.END_DATE));
                ix.tenuresByPost.computeIfAbsent(post, k -> new ArrayList<>()).add(tenure);
                ix.tenuresByPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(tenure);
            });
            ix.tenuresByPost.values().forEach(l -> l.sort(Comparator.comparing(Tenure::start)));
        }

        private void treaties() {
            for (Entity e : ix.entities.values()) {
                if (e.type() != EntityType.TREATY) continue;
                // In the order of their IRIs: Set.copyOf iterates in an order that changes from one run to the next.
                Set<Node> parties = new java.util.TreeSet<>(Comparator.comparing(Node::getURI));
                g.find(e.iri(), Vocab.PARTY, Node.ANY).forEachRemaining(t -> parties.add(t.getObject()));
                ix.treaties.put(e.iri(), new Treaty(e, java.util.Collections.unmodifiableSet(parties), firstString(e.iri(), Vocab.SIGNED_ON)));
            }
            g.find(Node.ANY, Vocab.FOUNDING_TREATY, Node.ANY).forEachRemaining(t -> ix.foundingTreaties.put(t.getSubject(), t.getObject()));
        }

        private void lexicon() {
            for (String type : List.of("Frame", "Cue", "PersonnelNoun", "GroupNoun")) {
                g.find(Node.ANY, Vocab.TYPE, Vocab.ent(type)).forEachRemaining(t ->
                        g.find(t.getSubject(), Node.ANY, Node.ANY).forEachRemaining(ix.lexicon::add));
            }
        }

        private void wikidata() {
            g.find(Node.ANY, Vocab.EXACT_MATCH, Node.ANY).forEachRemaining(t -> {
                Node s = t.getSubject(), o = t.getObject();
                if (!ix.entities.containsKey(s) || !o.isURI() || !o.getURI().startsWith(WIKIDATA)) return;
                ix.wikidata.merge(s, o, (a, b) -> a.getURI().compareTo(b.getURI()) <= 0 ? a : b);
            });
        }

        private Node first(Node s, Node p) {
            var it = g.find(s, p, Node.ANY);
            Node best = null;
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (best == null || o.toString().compareTo(best.toString()) < 0) best = o;
            }
            return best;
        }

        private String firstString(Node s, Node p) {
            Node n = first(s, p);
            return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }

        private String label(Node s) {
            String l = firstString(s, Vocab.LABEL);
            return l != null ? l : s.getLocalName();
        }

        private Set<String> strings(Node s, Node p) {
            Set<String> out = new HashSet<>();
            g.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(o -> {
                if (o.isLiteral()) out.add(o.getLiteralLexicalForm());
            });
            return out;
        }
    }

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
