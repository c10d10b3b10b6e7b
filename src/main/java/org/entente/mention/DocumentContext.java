package org.entente.mention;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.nlp.Sentence;

/**
 * What earlier sentences of a document established, for the sentences after them: the people named in full, the states
 * named and how often, the bodies last named, the posts read, a title still waiting for its name, and the dateline. One
 * per document; not thread-safe, and never shared between documents.
 */
final class DocumentContext {
    final Map<String, Entity> peopleBySurname = new HashMap<>();
    final List<Node> recentStates = new ArrayList<>();
    /** The people the document has given posts, in order: whom "the minister" means later. */
    final List<Official> officials = new ArrayList<>();
    final Map<Node, Integer> stateCounts = new HashMap<>();
    /** Acronyms the document defined for a state's body it names in full: "the Australian Federal Police (AFP)". */
    final Map<String, Entity> acronyms = new HashMap<>();
    /** A title the document gave no name, for the speaker it names next: "A government spokesperson said … \"…,\" X said." */
    record Unnamed(String role, Node owner, int sentence) {}

    /** The last title given without a name, or null. */
    Unnamed unnamed;
    /** Whose each title given without a name was ("the U.S. ambassador"), by its words: whose "Ambassador X" is later. */
    final Map<String, Node> unnamedOwners = new HashMap<>();
    /** The last ministry named, for "the ministry". */
    Entity lastMinistry;
    /** The last body of each kind named, for "the army" in a later sentence. */
    final Map<Bodies.Kind, Entity> lastBodies = new EnumMap<>(Bodies.Kind.class);
    int lastBlock = -1;
    /** The state of the dateline ("MANILA, Dec. 26 —"), where a wire story is filed from, or null. */
    private final Node datelineState;

    DocumentContext(Node datelineState) {
        this.datelineState = datelineState;
    }

    /** The state of the first actor the last sentence naming one named: whom "its" means at the start of the next. */
    Node leadingState;

    void remember(Sentence s, List<Mention> ms) {
        Node leading = leadingState(ms, s.size());
        if (leading != null) leadingState = leading;
        for (Mention m : ms) {
            Entity e = m.entity();
            if (e == null || m.kind() != Mention.Kind.ENTITY) continue;
            if (e.type() == EntityType.PERSON) {
                // "Minister Cho" (family name first) and "Secretary Blinken" (family name last) both occur.
                String[] words = e.label().split(" ");
                peopleBySurname.put(words[words.length - 1], e);
                if (words.length > 1) peopleBySurname.putIfAbsent(words[0], e);
            }
            if (e.type() == EntityType.STATE && m.aliasKind() != AliasKind.PLACE) {
                recentStates.add(e.iri());
                stateCounts.merge(e.iri(), 1, Integer::sum);
            } else if (e.type() == EntityType.AGENCY && e.state() != null) {
                // "the Chinese foreign ministry urged Manila": a state acting through its body is named too.
                recentStates.add(e.state());
                stateCounts.merge(e.state(), 1, Integer::sum);
            }
            if (Bodies.isMinistry(e)) lastMinistry = e;
            Bodies.Kind body = Bodies.kindOfBody(e);
            if (body != null) lastBodies.put(body, e);
        }
        lastBlock = s.block();
    }

    /**
     * The state of the first state, agency or armed force named before token {@code end}, or null: a sentence's first actor
     * is most often its subject, what a possessive "its" later in it or in the next sentence stands for.
     */
    static Node leadingState(List<Mention> ms, int end) {
        Mention first = null;
        for (Mention m : ms) {
            Entity e = m.entity();
            if (e == null || m.kind() != Mention.Kind.ENTITY || m.first() >= end || m.aliasKind() == AliasKind.PLACE) continue;
            boolean actor = e.type() == EntityType.STATE || (e.type() == EntityType.AGENCY || e.type() == EntityType.ARMED_FORCE) && e.state() != null;
            if (actor && (first == null || m.first() < first.first())) first = m;
        }
        return first == null ? null : first.entity().stateOrSelf();
    }

    /** The state the document named last, or null. */
    Node lastState() {
        return recentStates.isEmpty() ? null : recentStates.get(recentStates.size() - 1);
    }

    /** The state the document has named most so far (the later one of a tie): what it is about. */
    Node topState() {
        return topState(Set.of());
    }


    /**
     * Whose an unattributed title or body is ("navy spokesman X", "the army"): the dateline's state, where the story is
     * filed from, else the state the document has named most; leaving out some ("during a visit to X").
     */
    Node homeState(Set<Node> except) {
        return homeState(except, null);
    }

    /** As {@link #homeState(Set)}; when {@code onTie} is named as often as the top state, it. */
    Node homeState(Set<Node> except, Node onTie) {
        if (datelineState != null && !except.contains(datelineState)) return datelineState;
        Node top = topState(except);
        return top != null && onTie != null && !except.contains(onTie) && stateCounts.getOrDefault(onTie, 0).equals(stateCounts.get(top)) ? onTie : top;
    }

    /** The state the document has named most so far, leaving out some ("during a visit to X": the visitor is not X's). */
    Node topState(Set<Node> except) {
        Node top = null;
        int most = 0;
        for (Node n : recentStates) {
            if (except.contains(n)) continue;
            int count = stateCounts.get(n);
            if (count >= most) {
                most = count;
                top = n;
            }
        }
        return top;
    }

    /**
     * "MANILA, Dec. 26, 2024 (Wire) --", "NEW DELHI —": a capital in capitals opening the first sentence of the body names
     * where the story is filed from. Its state, or null.
     */
    static Node dateline(List<Sentence> sentences, ReferenceIndex index) {
        // The title comes first, and a reader may take the dateline's short line for a heading.
        for (Sentence s : sentences.subList(0, Math.min(3, sentences.size()))) {
            int k = 0;
            while (k < s.size() && k < 3 && s.token(k).text().length() > 1 && s.token(k).text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) k++;
            if (k == 0 || k >= s.size() || !s.token(k).isPunct()) continue;
            String place = ReferenceIndex.titleCase(Names.joined(s, 0, k).toLowerCase(java.util.Locale.ROOT));
            for (ReferenceIndex.Alias a : index.aliases(place)) {
                if (a.entity().type() == EntityType.STATE && (a.kind() == AliasKind.CAPITAL || a.kind() == AliasKind.PLACE)) return a.entity().iri();
            }
        }
        return null;
    }
}
