package org.entente.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.nlp.TextNorm;

/**
 * Resolves a name as a user types it — "Pyongyang", "the Kremlin", "KM-SAM", "U.S. Defense
 * Secretary", "South Korea's vice foreign minister" — to the reference entities it can mean on
 * a date. For example:
 * <pre>{@code
 * Lookup lookup = new Lookup(ReferenceIndex.build(ReferenceData.read(List.of()).graph()));
 * Lookup.Result r = lookup.resolve("U.S. Defense Secretary", LocalDate.of(2024, 10, 30));
 * r.candidates().get(0).holder().person().label();   // "Lloyd Austin"
 * }</pre>
 *
 * <p>The text is tried, in order, as: an exact name of an entity (case-sensitive, with or
 * without a leading "the", curly or straight quotes; then the same in Title Case); a post
 * phrase — a post title, optionally with its state or organisation before it ("U.S.",
 * "North Korean", "Seoul's") or after it ("foreign minister of Japan"), giving the post and
 * whoever held it on the date; a person's last name. When the text fits several different
 * entities the result is {@link Status#AMBIGUOUS} and lists them all; it never picks one.
 * A name the reference data marks {@code ent:ambiguousAlias} is reported as
 * {@link Status#NEEDS_CONTEXT}.
 *
 * <p>Holds no state besides the index: thread-safe, and cheap to call millions of times.
 */
public final class Lookup {
    /** How far a text resolves. */
    public enum Status {
        /** One entity. */
        RESOLVED,
        /** Several different entities fit; the candidates list them all. */
        AMBIGUOUS,
        /** One entity fits, but its name needs context to be trusted (or a post title lacks its state). */
        NEEDS_CONTEXT,
        /** Nothing in the reference data has this name. */
        NOT_FOUND
    }

    /** How the text named a candidate. */
    public enum Via {
        NAME, DEMONYM, CAPITAL, METONYM, PLACE,
        /** a title of this very post ("Defense Secretary"), with or without its state */
        POST_TITLE,
        /** a kind of post ("foreign minister") together with whose post it is */
        ROLE_OF_STATE,
        /** a person's last name alone */
        SURNAME
    }

    /** Who held a post on the date, and from when to when (end null while still in office). */
    public record Holding(Entity person, String start, String end) {
        public Holding {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(start, "start");
        }
    }

    /**
     * One entity the text can mean.
     *
     * @param entity       the reference entity (IRI, type, label, owning state)
     * @param wikidata     its Wikidata entity IRI, or null when the reference data gives none
     * @param via          how the text named it
     * @param needsContext true when the name is marked {@code ent:ambiguousAlias}
     * @param holder       for a post: who held it on the date, or null (not a post, or no holder known)
     * @param postsHeld    for a person: the posts held on the date; otherwise empty
     */
    public record Candidate(Entity entity, Node wikidata, Via via, boolean needsContext, Holding holder, List<Entity> postsHeld) {
        public Candidate {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(via, "via");
            postsHeld = List.copyOf(postsHeld);
        }
    }

    /**
     * What a text resolves to on a date.
     *
     * @param text       the text as given
     * @param matched    the normalised form that matched (e.g. without "the", or title-cased), or null
     * @param date       the date posts are resolved on
     * @param status     how far it resolved
     * @param candidates the entities it can mean, in a stable order (empty when not found)
     */
    public record Result(String text, String matched, LocalDate date, Status status, List<Candidate> candidates) {
        public Result {
            candidates = List.copyOf(candidates);
        }

        /** The one candidate when the status is {@link Status#RESOLVED}, else null. */
        public Candidate resolved() {
            return status == Status.RESOLVED ? candidates.get(0) : null;
        }
    }

    private final ReferenceIndex index;

    /** A lookup over an index; the index is shared, not copied. */
    public Lookup(ReferenceIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * Resolves a text on a date.
     *
     * @throws IllegalArgumentException when the text is blank or the date is null
     */
    public Result resolve(String text, LocalDate date) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Nothing to look up: the text is blank");
        if (date == null) throw new IllegalArgumentException("No date given for \"" + text + "\"; posts need a date to find their holder");
        String core = withoutThe(clean(text));
        if (core.isEmpty()) return new Result(text, null, date, Status.NOT_FOUND, List.of());
        List<ReferenceIndex.Alias> aliases = index.aliases(core);
        if (!aliases.isEmpty()) return fromAliases(text, core, date, aliases);
        String titled = ReferenceIndex.titleCase(core);
        aliases = titled.equals(core) ? List.of() : index.aliases(titled);
        if (!aliases.isEmpty()) return fromAliases(text, titled, date, aliases);
        Result post = postPhrase(text, core, date);
        if (post != null) return post;
        List<Entity> people = index.bySurname(core);
        if (!people.isEmpty()) {
            List<Candidate> out = new ArrayList<>();
            for (Entity p : people) out.add(candidate(p, Via.SURNAME, false, date));
            return result(text, core, date, sorted(out));
        }
        return new Result(text, null, date, Status.NOT_FOUND, List.of());
    }

    // ---- exact names ------------------------------------------------------------------

    private Result fromAliases(String text, String form, LocalDate date, List<ReferenceIndex.Alias> aliases) {
        Map<Node, ReferenceIndex.Alias> best = new LinkedHashMap<>();
        Set<Node> ambiguous = new LinkedHashSet<>();
        for (ReferenceIndex.Alias a : aliases) {
            Node iri = a.entity().iri();
            if (a.ambiguous()) ambiguous.add(iri);
            best.merge(iri, a, (x, y) -> x.kind().ordinal() <= y.kind().ordinal() ? x : y);
        }
        List<Candidate> out = new ArrayList<>();
        for (ReferenceIndex.Alias a : best.values()) {
            out.add(candidate(a.entity(), Via.valueOf(a.kind().name()), ambiguous.contains(a.entity().iri()), date));
        }
        return result(text, form, date, sorted(out));
    }

    // ---- post phrases -----------------------------------------------------------------

    /**
     * Reads "owner title", "owner's title" or "title of owner"; else a title alone, which
     * resolves when it names one post ("Pentagon chief") and needs context when it is a
     * generic title ("foreign minister"). Null when the text is no post phrase.
     */
    private Result postPhrase(String text, String core, LocalDate date) {
        String lower = core.toLowerCase(Locale.ROOT);
        Set<Node> specific = new LinkedHashSet<>(), byKind = new LinkedHashSet<>();
        for (int i = core.indexOf(' '); i > 0; i = core.indexOf(' ', i + 1)) {
            List<ReferenceIndex.Role> roles = fullRole(lower, i + 1);
            if (roles != null) collect(owners(core.substring(0, i), true), roles, specific, byKind);
            if (lower.startsWith("of ", i + 1)) {
                List<ReferenceIndex.Role> head = fullRole(lower.substring(0, i), 0);
                if (head != null) collect(owners(withoutThe(core.substring(i + 4)), false), head, specific, byKind);
            }
        }
        if (specific.isEmpty() && byKind.isEmpty()) {
            List<ReferenceIndex.Role> whole = fullRole(lower, 0);
            if (whole == null) return null;
            boolean generic = false;
            for (ReferenceIndex.Role r : whole) {
                if (r.post() != null) specific.add(r.post());
                else generic = true;
            }
            if (specific.isEmpty() || (generic && specific.size() > 1)) {
                return new Result(text, core, date, Status.NEEDS_CONTEXT, List.of());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Node p : specific) addPost(out, p, Via.POST_TITLE, date);
        for (Node p : byKind) if (!specific.contains(p)) addPost(out, p, Via.ROLE_OF_STATE, date);
        return out.isEmpty() ? null : result(text, core, date, sorted(out));
    }

    private void addPost(List<Candidate> out, Node post, Via via, LocalDate date) {
        Entity e = index.entity(post);
        if (e != null) out.add(candidate(e, via, false, date));
    }

    /** The post titles that span the lower-cased text from {@code start} to its end, or null. */
    private List<ReferenceIndex.Role> fullRole(String lower, int start) {
        AliasTrie.Match<ReferenceIndex.Role> m = index.roleAt(lower, start);
        return m != null && m.end() == lower.length() ? m.values() : null;
    }

    /** The states and organisations a text names ("U.S.", "North Korean", "Seoul's", "NATO"). */
    private List<Node> owners(String head, boolean possessive) {
        String h = withoutThe(head);
        if (possessive && h.endsWith("'s")) h = h.substring(0, h.length() - 2);
        else if (possessive && h.endsWith("'")) h = h.substring(0, h.length() - 1);
        List<Node> out = new ArrayList<>();
        for (ReferenceIndex.Alias a : index.aliases(h)) {
            EntityType t = a.entity().type();
            if ((t == EntityType.STATE || t == EntityType.ORGANIZATION) && !out.contains(a.entity().iri())) out.add(a.entity().iri());
        }
        return out;
    }

    /**
     * Adds the posts of each owner that the titles name: a title of the owner's own post first;
     * else the owner's posts of the titles' kinds (a generic title such as "foreign minister",
     * or another state's title such as "defense secretary" said of South Korea).
     */
    private void collect(List<Node> owners, List<ReferenceIndex.Role> roles, Set<Node> specific, Set<Node> byKind) {
        for (Node owner : owners) {
            boolean own = false;
            for (ReferenceIndex.Role r : roles) {
                ReferenceIndex.Post p = r.post() == null ? null : index.post(r.post());
                if (p != null && owner.equals(p.owner())) {
                    specific.add(p.iri());
                    own = true;
                }
            }
            if (own) continue;
            Set<Node> kinds = new LinkedHashSet<>();
            for (ReferenceIndex.Role r : roles) if (r.post() == null && r.roleKind() != null) kinds.add(r.roleKind());
            if (kinds.isEmpty()) for (ReferenceIndex.Role r : roles) if (r.roleKind() != null) kinds.add(r.roleKind());
            for (Node k : kinds) for (ReferenceIndex.Post p : index.posts(owner, k)) byKind.add(p.iri());
        }
    }

    // ---- candidates -------------------------------------------------------------------

    private Candidate candidate(Entity e, Via via, boolean needsContext, LocalDate date) {
        Holding holder = null;
        List<Entity> held = List.of();
        if (e.type() == EntityType.POST) {
            // Tenures run earliest first; on a hand-over day the newcomer holds the post.
            for (ReferenceIndex.Tenure t : index.tenures(e.iri())) {
                Entity person = index.entity(t.person());
                if (t.covers(date) && person != null) holder = new Holding(person, t.start(), t.end());
            }
        } else if (e.type() == EntityType.PERSON) {
            held = new ArrayList<>();
            for (ReferenceIndex.Post p : index.postsOf(e.iri(), date)) {
                Entity pe = p == null ? null : index.entity(p.iri());
                if (pe != null && !held.contains(pe)) held.add(pe);
            }
        }
        return new Candidate(e, index.wikidata(e.iri()), via, needsContext, holder, held);
    }

    private static Result result(String text, String matched, LocalDate date, List<Candidate> candidates) {
        Status status;
        if (candidates.size() > 1) status = Status.AMBIGUOUS;
        else if (candidates.get(0).needsContext()) status = Status.NEEDS_CONTEXT;
        else status = Status.RESOLVED;
        return new Result(text, matched, date, status, candidates);
    }

    private static List<Candidate> sorted(List<Candidate> candidates) {
        candidates.sort(Comparator.comparing((Candidate c) -> c.via().ordinal()).thenComparing(c -> c.entity().iri().getURI()));
        return candidates;
    }

    // ---- text -------------------------------------------------------------------------

    /** Normalised quotes and dashes, single spaces, no surrounding quotes or trailing commas. */
    static String clean(String text) {
        String s = singleSpaced(TextNorm.normalize(text));
        while (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') s = s.substring(1, s.length() - 1).strip();
        while (!s.isEmpty() && ",;:!?".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    /** The text with each run of white space made one space, and none at either end. */
    private static String singleSpaced(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) b.append(c);
            else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.setLength(b.length() - 1);
        return b.toString();
    }

    private static String withoutThe(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4).strip() : s;
    }
}
