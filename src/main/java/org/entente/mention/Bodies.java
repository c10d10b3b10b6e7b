package org.entente.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.nlp.Sentence;
import org.entente.vocab.Vocab;

/**
 * A state's body named without its state: "the Ministry of Defence confirms …", "what the military said", "the ministry
 * denied …". News names a body this way once the state is clear, so the state is the nearest one named before it in the
 * sentence, else the state of the last body of that kind the document named, else the state it names most; a bare "the
 * ministry" is the last ministry named.
 */
final class Bodies {
    /** The kinds of body, by the suffix of their reference IRIs (org/XX-mod, org/XX-army, …). */
    enum Kind { MOD, MFA, MILITARY, ARMY, NAVY, AIR_FORCE }

    /** Word sequences (lower case, after "the") and the body each names. */
    private static final Map<List<String>, Kind> PHRASES = Map.ofEntries(
            Map.entry(List.of("ministry", "of", "defence"), Kind.MOD), Map.entry(List.of("ministry", "of", "defense"), Kind.MOD),
            Map.entry(List.of("defence", "ministry"), Kind.MOD), Map.entry(List.of("defense", "ministry"), Kind.MOD),
            Map.entry(List.of("ministry", "of", "national", "defence"), Kind.MOD), Map.entry(List.of("ministry", "of", "national", "defense"), Kind.MOD),
            Map.entry(List.of("ministry", "of", "foreign", "affairs"), Kind.MFA), Map.entry(List.of("foreign", "ministry"), Kind.MFA),
            Map.entry(List.of("military"), Kind.MILITARY), Map.entry(List.of("armed", "forces"), Kind.MILITARY),
            Map.entry(List.of("army"), Kind.ARMY), Map.entry(List.of("navy"), Kind.NAVY), Map.entry(List.of("air", "force"), Kind.AIR_FORCE));

    /** Nouns for what a body says or who says it for the body. */
    private static final Set<String> SPEAKING = Set.of("statement", "statements", "spokesman", "spokeswoman", "spokesperson",
            "communique", "communiqué", "release", "readout", "official", "officials", "source", "sources");

    private final Map<Node, Map<Kind, Entity>> byState = new HashMap<>();
    private final ReferenceIndex index;

    Bodies(ReferenceIndex index) {
        this.index = index;
        for (Entity e : index.entities()) {
            if (e.state() == null || !(e.type() == EntityType.AGENCY || e.type() == EntityType.ARMED_FORCE)) continue;
            Kind kind = kindOf(e);
            if (kind != null) byState.computeIfAbsent(e.state(), s -> new HashMap<>()).merge(kind, e, Bodies::preferred);
        }
    }

    /** The kind of a reference body, by its IRI's suffix or, where a state files it under its own initials (KR-mnd), its label. */
    private static Kind kindOf(Entity e) {
        String name = e.iri().getLocalName();
        String label = e.label().toLowerCase(java.util.Locale.ROOT);
        if (e.type() == EntityType.AGENCY) {
            if (name.endsWith("-mod") || label.endsWith("defence ministry") || label.endsWith("defense ministry")) return Kind.MOD;
            return name.endsWith("-mfa") || label.endsWith("foreign ministry") ? Kind.MFA : null;
        }
        if (name.endsWith("-army") || label.endsWith(" army")) return Kind.ARMY;
        if (name.endsWith("-navy") || label.endsWith(" navy")) return Kind.NAVY;
        if (name.endsWith("-air-force") || label.endsWith(" air force")) return Kind.AIR_FORCE;
        return name.endsWith("-armed-forces") || name.endsWith("-idf") || label.endsWith(" armed forces") ? Kind.MILITARY : null;
    }

    /** Of two armed forces filed as a state's military, the one filed as its armed forces. */
    private static Entity preferred(Entity a, Entity b) {
        return a.iri().getLocalName().endsWith("-armed-forces") ? a : b;
    }

    /** Adds to ms a mention for each body the sentence names without its state, where the state can be told. */
    void find(Sentence s, List<Mention> ms, DocumentContext context) {
        for (int i = 0; i < s.size(); i++) {
            boolean start = i == 0;
            Mention owner = start ? null : ownerRightBefore(s, ms, i);
            // "the Defence Ministry", "Mali's army"; capitalised, a body's name needs no article ("a Defence Ministry statement").
            boolean named = s.token(i).isCapitalized() && (start || !MentionFinder.covered(ms, i - 1)
                    && (!s.token(i - 1).isCapitalized() || s.token(i - 1).tag().equals("DET")));
            if (owner == null && !named && (start || !s.token(i - 1).is("the") || MentionFinder.covered(ms, i - 1))) continue;
            Entity body = null;
            int end = i;
            for (Map.Entry<List<String>, Kind> p : PHRASES.entrySet()) {
                int e = matchEnd(s, ms, i, p.getKey());
                if (e <= end) continue;
                Node state = stateFor(s, ms, i, e, owner, context, p.getValue());
                if (state == null) continue;
                body = bodyOf(state, p.getValue());
                end = e;
            }
            // "the Foreign and Expatriates Ministry", "the Defence and Veterans Ministry": a ministry's own longer name.
            if (body == null) {
                int e = longNameEnd(s, ms, i);
                Kind kind = e < 0 ? null : kindOfName(s, i, e);
                Node state = kind == null ? null : stateFor(s, ms, i, e, owner, context, kind);
                if (state != null) {
                    body = bodyOf(state, kind);
                    end = e;
                }
            }
            // "The ministry denied …": the ministry last named.
            if (body == null && owner == null && s.token(i).is("ministry") && !MentionFinder.covered(ms, i) && context.lastMinistry != null) {
                body = context.lastMinistry;
                end = i + 1;
            }
            if (body == null) continue;
            // "the military junta", "the army chief": a body word that heads a longer noun is not the body.
            // A tagger may read "confirms" in "the Ministry of Defence confirms that" as a noun: "that" after it shows the verb.
            // "the army's spokesperson": a possessive ends the body, whatever noun follows.
            boolean possessive = s.token(end - 1).hasPossessive() || end < s.size() && s.token(end).is("'s");
            // "a Defence Ministry statement", "Defence Ministry spokesman X": what the body says or who speaks for it is its own.
            boolean speaks = end < s.size() && SPEAKING.contains(s.token(end).lower());
            if (!possessive && !speaks && end < s.size() && s.token(end).tag().equals("NOUN") && !verbLike(s, ms, end)) continue;
            int first = owner != null || start || !s.token(i - 1).is("the") ? i : i - 1;
            ms.add(new Mention(Mention.Kind.ENTITY, first, end, s.token(first).begin(), s.token(end - 1).end(),
                    s.text().substring(s.token(first).begin() - s.begin(), s.token(end - 1).end() - s.begin()), List.of(body),
                    AliasKind.NAME, List.of(), null, null));
            i = end;
        }
        ms.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    }

    /**
     * A tagger may read "confirms" in "the Ministry of Defence confirms that" or "flies" in "the air force flies Kfir jets"
     * as a noun: an -s form followed by "that", a determiner, a number or a name is the verb.
     */
    private static boolean verbLike(Sentence s, List<Mention> ms, int k) {
        if (!s.token(k).lower().endsWith("s") || k + 1 >= s.size()) return false;
        org.entente.nlp.Token next = s.token(k + 1);
        return next.is("that") || next.tag().equals("DET") || next.tag().equals("NUM") || next.isCapitalized() || MentionFinder.covered(ms, k + 1);
    }

    /**
     * The state of body words [i, end): its owner named before them; "Ministry of Defence, Denmark", as a release's heading
     * gives it, the state right after a comma; the capital it sits in; else the state the sentence or the document is about.
     */
    private static Node stateFor(Sentence s, List<Mention> ms, int i, int end, Mention owner, DocumentContext context, Kind kind) {
        if (owner != null) return owner.entity().iri();
        Node after = end + 1 >= s.size() ? null
                : s.token(end).is(",") ? stateAt(ms, end + 1, AliasKind.NAME)
                // "the Ministry of Defence in London", "the foreign ministry in Beijing": the capital it sits in.
                : s.token(end).is("in") ? stateAt(ms, end + 1, AliasKind.CAPITAL) : null;
        if (after != null) return after;
        // "China accused them of … . Foreign ministry spokesman X said": the body of a spokesperson opening a sentence is
        // the one of the state the sentence before opened with (the title runs to the spokesperson's word at end).
        Node spoken = end < s.size() ? Officials.spokespersonOf(s, i, end + 1, context) : null;
        return spoken != null ? spoken : stateBefore(s, ms, i - 1, context, kind);
    }

    /** The state a mention starting at token k names in that way (its name, its capital), or null. */
    private static Node stateAt(List<Mention> ms, int k, AliasKind how) {
        for (Mention m : ms) if (m.first() == k && m.isEntity(EntityType.STATE) && m.aliasKind() == how) return m.entity().iri();
        return null;
    }

    /** "the Maldivian defence ministry", "Mali's army": a state named right before the body words at i, or null. */
    private static Mention ownerRightBefore(Sentence s, List<Mention> ms, int i) {
        int k = s.token(i - 1).is("'s") ? i - 1 : i;
        for (Mention m : ms) {
            if (m.last() == k && m.kind() == Mention.Kind.ENTITY && m.entity() != null && m.entity().type() == EntityType.STATE
                    && m.aliasKind() != AliasKind.PLACE) return m;
        }
        return null;
    }

    /** The state's body of that kind from the reference data, or one named from the text when the data has none. */
    private Entity bodyOf(Node state, Kind kind) {
        Entity known = byState.getOrDefault(state, Map.of()).get(kind);
        if (known != null) return known;
        String suffix = switch (kind) {
            case MOD -> "mod";
            case MFA -> "mfa";
            case MILITARY -> "armed-forces";
            case ARMY -> "army";
            case NAVY -> "navy";
            case AIR_FORCE -> "air-force";
        };
        String name = switch (kind) {
            case MOD -> "Defence Ministry";
            case MFA -> "Foreign Ministry";
            case MILITARY -> "Armed Forces";
            case ARMY -> "Army";
            case NAVY -> "Navy";
            case AIR_FORCE -> "Air Force";
        };
        // Named the way the reference data names such bodies: "Danish Defence Ministry".
        String demonym = index.demonym(state);
        Entity owner = index.entity(state);
        String label = demonym != null ? demonym + " " + name : name + " of " + (owner != null ? owner.label() : state.getLocalName());
        EntityType type = kind == Kind.MOD || kind == Kind.MFA ? EntityType.AGENCY : EntityType.ARMED_FORCE;
        return new Entity(Vocab.id("org/" + state.getLocalName() + "-" + suffix), type, label, state, null, false);
    }

    /** The end of a capitalised name from token i that ends in "Ministry" within six words ("Foreign and Expatriates Ministry"), or -1. */
    private static int longNameEnd(Sentence s, List<Mention> ms, int i) {
        for (int k = i; k < s.size() && k - i < 6 && !MentionFinder.covered(ms, k); k++) {
            org.entente.nlp.Token t = s.token(k);
            if (t.text().equals("Ministry")) return k > i ? k + 1 : -1;
            if (!t.isCapitalized() && !t.is("and") && !t.is("&")) return -1;
        }
        return -1;
    }

    /** The kind of ministry a long name's words tell: foreign affairs or defence; null for any other. */
    private static Kind kindOfName(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).lower();
            if (w.equals("foreign")) return Kind.MFA;
            if (w.equals("defence") || w.equals("defense")) return Kind.MOD;
        }
        return null;
    }

    private static int matchEnd(Sentence s, List<Mention> ms, int from, List<String> words) {
        if (from + words.size() > s.size()) return -1;
        for (int k = 0; k < words.size(); k++) {
            // "the army's commander": the tokeniser may keep the possessive on the last word.
            boolean possessive = k == words.size() - 1 && s.token(from + k).hasPossessive()
                    && s.token(from + k).lower().equals(words.get(k) + "'s");
            if (!s.token(from + k).is(words.get(k)) && !possessive || MentionFinder.covered(ms, from + k)) return -1;
        }
        return from + words.size();
    }

    /**
     * The nearest state named before token k in the sentence, not after a preposition ("Kfir jets bought from Israel" does
     * not make the next air force Israel's), else the state the document is most about.
     */
    private static Node stateBefore(Sentence s, List<Mention> ms, int k, DocumentContext context, Kind kind) {
        Node found = null;
        for (Mention m : ms) {
            if (m.first() >= k || m.entity() == null || m.kind() != Mention.Kind.ENTITY) continue;
            if (m.first() > 0 && Officials.PREPOSITIONS.contains(s.token(m.first() - 1).lower())) continue;
            Node state = m.entity().stateOrSelf();
            if (state != null && (m.entity().type() == EntityType.STATE || m.entity().type() == EntityType.ARMED_FORCE)) found = state;
        }
        if (found != null) return found;
        // "In London, the Ministry of Defence said": a capital the sentence opens with is where the body is.
        for (Mention m : ms) {
            boolean opening = m.first() == 1 && s.token(0).is("in") && m.last() < k && s.token(m.last()).is(",");
            if (opening && m.entity() != null && m.entity().type() == EntityType.STATE && m.aliasKind() == AliasKind.CAPITAL) return m.entity().iri();
        }
        // "The Philippine Army plans …; the army's commanding general said": a body named before is what "the army" means.
        Entity last = context.lastBodies.get(kind);
        return last != null ? last.state() : context.homeState(Set.of());
    }

    /** The kind of a state's body, or null when it is none of the kinds read here. */
    static Kind kindOfBody(Entity e) {
        return e.state() != null && (e.type() == EntityType.AGENCY || e.type() == EntityType.ARMED_FORCE) ? kindOf(e) : null;
    }


    static boolean isMinistry(Entity e) {
        return e.type() == EntityType.AGENCY && kindOf(e) != null;
    }
}
