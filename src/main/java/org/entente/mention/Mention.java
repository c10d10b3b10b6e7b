package org.entente.mention;

import java.util.List;

/**
 * Something a sentence names: an entity (by name, demonym, capital or seat of government), a
 * post title, a weapon category word, a number or a date.
 *
 * @param kind       what was found
 * @param first      index of its first token in the sentence
 * @param last       index after its last token
 * @param begin      document offset of its first character
 * @param end        document offset after its last character
 * @param text       the words as written
 * @param candidates the entities it may name (one when resolved; several when ambiguous)
 * @param aliasKind  how it names its entity
 * @param roles      the posts or role kinds a ROLE mention's title may name
 * @param number     the value of a NUMBER mention, or null for a vague quantity ("several thousand")
 * @param date       the ISO value of a DATE mention ("2024-06-19", "2024-06", "2024")
 */
public record Mention(Kind kind, int first, int last, int begin, int end, String text, List<Entity> candidates,
                      AliasKind aliasKind, List<ReferenceIndex.Role> roles, Long number, String date) {
    public enum Kind { ENTITY, ROLE, CATEGORY, NUMBER, DATE }

    public Mention {
        candidates = List.copyOf(candidates);
        roles = List.copyOf(roles);
    }

    /** The entity when exactly one is named, else null. */
    public Entity entity() {
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    public boolean isEntity(EntityType type) {
        return kind == Kind.ENTITY && entity() != null && entity().type() == type;
    }

    /** An actor: a state, organisation, person, agency or force. */
    public boolean isActor() {
        return kind == Kind.ENTITY && entity() != null && entity().type().isActor();
    }

    Mention withCandidates(List<Entity> c) {
        return new Mention(kind, first, last, begin, end, text, c, aliasKind, roles, number, date);
    }
}
