package org.entente.mention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.entente.nlp.Sentence;
import org.entente.vocab.Iris;

/**
 * Posts named by their relation to another person's post: "his Belarusian counterpart, Viktor Khrenin" holds the same
 * kind of post for Belarus; "one of Papikyan's deputies, Karen Brutyan" is a deputy of Papikyan's post, not its holder.
 * Stateless apart from the shared index.
 */
final class RelativePosts {
    private final ReferenceIndex index;

    RelativePosts(ReferenceIndex index) {
        this.index = index;
    }

    /** The posts the sentence names this way; people it names for the first time are added to ms. */
    List<Official> find(Sentence s, List<Mention> ms, List<Official> officials, LocalDate date, DocumentContext context) {
        List<Official> out = new ArrayList<>();
        for (int i = 1; i + 1 < s.size(); i++) {
            String w = s.token(i).lower();
            Official o = w.startsWith("counterpart") ? counterpart(s, ms, i, officials, date)
                    : w.equals("deputy") || w.equals("deputies") ? deputy(s, ms, i, officials, date, context) : null;
            if (o != null) out.add(o);
        }
        return out;
    }

    /**
     * "Shoigu and his Belarusian counterpart, Viktor Khrenin": the person after the word holds, for the state named before
     * it, the post of the same kind as the person the possessive points back to (an official of this sentence, or the post
     * the reference data gives that person on the document's date).
     */
    private Official counterpart(Sentence s, List<Mention> ms, int word, List<Official> officials, LocalDate date) {
        Mention nation = Officials.at(ms, word - 1);
        if (nation == null || nation.entity() == null || nation.entity().type() != EntityType.STATE) return null;
        Mention before = null;
        for (Mention m : ms) if (m.last() <= nation.first() && m.isEntity(EntityType.PERSON)) before = m;
        ReferenceIndex.Post principal = before == null ? null : principal(before.entity(), officials, date);
        Node roleKind = principal == null ? null : principal.roleKind();
        if (roleKind == null) return null;
        Node state = nation.entity().iri();
        List<ReferenceIndex.Post> posts = index.posts(state, roleKind);
        Node post = posts.size() == 1 ? posts.get(0).iri() : null;
        // The words of the counterpart's own post, else the kind's plain name: France's "armed forces minister" has an
        // Armenian counterpart who is "defence minister". A kind named "head of …" is no title: the principal's words are.
        String roleWords = post != null && index.post(post).roleName() != null ? index.post(post).roleName() : index.roleKindName(roleKind);
        if (roleWords != null && roleWords.startsWith("head of ") && principal.roleName() != null) roleWords = principal.roleName();
        if (roleWords == null) return null;
        Mention named = nameAfter(s, ms, word, state);
        return named == null ? null : new Official(named.entity(), roleWords, state, post, nation.first(), named.last());
    }

    /**
     * "one of Papikyan's deputies, Karen Brutyan", "the minister's deputy Jon Smits": the person after the word is a
     * deputy of the possessor's post, for the same state; the title is "deputy" and the post's words.
     */
    private Official deputy(Sentence s, List<Mention> ms, int word, List<Official> officials, LocalDate date,
                            DocumentContext context) {
        boolean split = s.token(word - 1).is("'s");
        int k = split ? word - 2 : word - 1;
        if (k < 0 || !(split || s.token(word - 1).hasPossessive())) return null;
        Mention owner = Officials.at(ms, k);
        // "the minister's deputies": a bare head of office is a title too, though no reference title.
        String head = s.token(k).lower().replaceAll("'s$", "");
        if (owner == null && Titles.HEADS.contains(head)) {
            owner = new Mention(Mention.Kind.ROLE, k, k + 1, s.token(k).begin(), s.token(k).begin() + head.length(), head,
                    List.of(), null, List.of(), null, null);
        }
        if (owner == null) return null;
        if (owner.kind() == Mention.Kind.ROLE) return titleDeputy(s, ms, word, owner, context);
        if (!owner.isEntity(EntityType.PERSON)) return null;
        ReferenceIndex.Post principal = principal(owner.entity(), officials, date);
        if (principal == null || principal.roleName() == null) return null;
        String roleWords = "deputy " + principal.roleName().toLowerCase(Locale.ROOT);
        Node state = principal.owner();
        Node post = null;
        // "deputy defence minister" is a kind of its own; the state's one post of that kind, when there is one.
        AliasTrie.Match<ReferenceIndex.Role> kind = index.roleAt(roleWords, 0);
        if (kind != null && kind.end() == roleWords.length()) {
            for (ReferenceIndex.Role r : kind.values()) {
                List<ReferenceIndex.Post> posts = r.roleKind() == null ? List.of() : index.posts(state, r.roleKind());
                if (posts.size() == 1) post = posts.get(0).iri();
            }
        }
        Mention named = nameAfter(s, ms, word, state);
        return named == null ? null : new Official(named.entity(), roleWords, state, post, owner.first(), named.last());
    }

    /** "one of the minister's deputies, X": a deputy of a title with no holder named, for the state the title is of. */
    private static Official titleDeputy(Sentence s, List<Mention> ms, int word, Mention title, DocumentContext context) {
        String words = title.text().toLowerCase(Locale.ROOT).replaceAll("'s$|’s$", "").trim();
        Node state = Officials.ownerState(Officials.ownerBefore(s, ms, title));
        if (state == null) state = Officials.sentenceState(s, ms, title.first());
        if (state == null) state = context.homeState(Officials.visited(s, ms));
        if (state == null) return null;
        Mention named = nameAfter(s, ms, word, state);
        return named == null ? null : new Official(named.entity(), "deputy " + words, state, null, title.first(), named.last());
    }

    /** The post a person holds in this sentence's reading, else the one post the reference data gives them on the date. */
    private ReferenceIndex.Post principal(Entity person, List<Official> officials, LocalDate date) {
        ReferenceIndex.Post principal = null;
        for (Official o : officials) {
            if (o.person().equals(person) && o.post() != null && index.post(o.post()) != null) principal = index.post(o.post());
        }
        if (principal == null) {
            // With no date, a person the reference data knows in one post only is taken to hold it.
            List<ReferenceIndex.Post> held = index.postsOf(person.iri(), date);
            if (held.size() == 1) principal = held.get(0);
        }
        return principal;
    }

    /** The person named right after the word (past a comma): known, or a new name that ends the phrase; else null. */
    private static Mention nameAfter(Sentence s, List<Mention> ms, int word, Node state) {
        int from = s.token(word + 1).is(",") ? word + 2 : word + 1;
        if (from >= s.size()) return null;
        Mention named = Officials.at(ms, from);
        if (named != null && named.first() == from && named.isEntity(EntityType.PERSON)) return named;
        if (named != null) return null;
        int end = Names.runEnd(s, ms, from);
        // The name ends the phrase: at punctuation or a lower-case word ("counterpart James Marape have signed").
        if (end - from < 2 || !(end == s.size() || s.token(end).isPunct() || !s.token(end).isCapitalized())) return null;
        String name = Names.joined(s, from, end);
        Entity person = new Entity(Iris.entity("person", name), EntityType.PERSON, name, state, null, false);
        Mention m = new Mention(Mention.Kind.ENTITY, from, end, s.token(from).begin(), s.token(end - 1).end(), name,
                List.of(person), AliasKind.NAME, List.of(), null, null);
        ms.add(m);
        return m;
    }
}
