package org.entente.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.entente.event.Event;
import org.entente.event.EventKind;
import org.entente.event.Factuality;
import org.entente.mention.AliasKind;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.mention.Official;
import org.entente.mention.ReferenceIndex;
import org.entente.mention.SentenceMentions;

/**
 * What a document has established as it is read, for the sentences after: who is speaking, whom a
 * pronoun or "the country" points back to, the last system and treaty named, the state the document is
 * about, and the events read so far. The one mutable state of event reading; readers reach it only
 * through these methods, sentence by sentence in text order.
 */
final class Discourse {
    final ReferenceIndex index;
    final LocalDate date;
    private final Ledger ledger = new Ledger();
    private final Map<Node, Node> officialStates = new HashMap<>();
    /** A title of a state, in its words or by its head word alone. */
    private record Title(Node state, String words) {}
    /** The person the document gave each title of each state: who a bare title means later. */
    private final Map<Title, Entity> titled = new HashMap<>();
    /** Everyone the document gave a title with this head word ("minister") of this state. */
    private final Map<Title, Set<Entity>> titledByHead = new HashMap<>();
    private final Map<Node, Integer> stateCounts = new HashMap<>();
    private final List<Entity> people = new ArrayList<>();
    private final List<Entity> states = new ArrayList<>();
    private final List<Entity> systems = new ArrayList<>();
    private final Set<Node> describedTreaties = new HashSet<>();
    /** Every state the document's transfers were for. */
    private final Set<Entity> recipients = new HashSet<>();
    private Entity lastPerson, lastState, lastSystem, lastTreaty, speaker, source, subject, topic, recipient;
    private int speakerBlock = -1, sourceBlock = -1, subjectBlock = -1, topicBlock = -1, placesBlock = -1, recipientBlock = -1;
    private List<Entity> places = List.of();
    private List<Entity> group = List.of();
    /** The last aid announced with no system named yet: "Sweden approved a package for Ukraine. It includes …". */
    private Aid aid;

    /** Who gives aid to whom, and in which paragraph it was announced. */
    record Aid(Entity giver, Entity receiver, org.entente.event.Stage stage, boolean weak, int block) {}
    private int groupBlock = -1;
    private String lastDescription;
    private boolean quoteOpen;

    Discourse(ReferenceIndex index, LocalDate date) {
        this.index = index;
        this.date = date;
    }

    // ---- entities -------------------------------------------------------------------------------

    /** The state an actor speaks or acts for: itself, the state the text gave a person's post, or the reference state. */
    Entity stateOf(Entity e) {
        if (e == null) return null;
        if (e.type() == EntityType.STATE || e.type() == EntityType.ORGANIZATION) return e;
        Node s = officialStates.get(e.iri());
        if (s == null) s = e.state();
        return s == null ? null : index.entity(s);
    }

    /** The person the document already named with this title of this state, else the one person with its head word, or null. */
    Entity titled(Entity state, String title) {
        if (state == null) return null;
        Entity same = titled.get(new Title(state.iri(), titleWords(title)));
        if (same != null) return same;
        Set<Entity> byHead = titledByHead.getOrDefault(new Title(state.iri(), headWord(title)), Set.of());
        return byHead.size() == 1 ? byHead.iterator().next() : null;
    }

    private static String headWord(String title) {
        String[] words = titleWords(title).split(" ");
        return words[words.length - 1];
    }

    private static String titleWords(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replace("defense", "defence").trim();
    }

    /** A post the text gives a person: the state it belongs to, and the post-holding as an event of its own. */
    void official(Official o, org.entente.nlp.Sentence s) {
        officialStates.put(o.person().iri(), o.owner());
        titled.put(new Title(o.owner(), titleWords(o.role())), o.person());
        // "Minister Nelson Jobim", later "the Defense Minister": one person of a state with a title's head word is its holder.
        titledByHead.computeIfAbsent(new Title(o.owner(), headWord(o.role())), k -> new HashSet<>()).add(o.person());
        Entity owner = index.entity(o.owner());
        if (owner == null) owner = new Entity(o.owner(), EntityType.STATE, o.owner().getLocalName(), null, null, false);
        ledger.add(new Reading(EventKind.TENURE, o.person(), owner, null, null, List.of(), List.of(), null, null, null,
                org.entente.event.Stage.COMPLETED, false, Factuality.CONFIRMED, null, null, null, null, o.role(), s));
    }

    /**
     * What a pronoun stands for: "he", "she", "his", "her" for the person speaking or last named; "it", "its", "they",
     * "their" for the state or organisation last acting in this paragraph or the one before.
     */
    Entity pronoun(String word, int block) {
        return switch (word) {
            case "he", "she", "his", "her", "him" -> speaker != null && block - speakerBlock <= 1 ? speaker : lastPerson;
            case "it", "its", "they", "their", "them" -> topic != null && block - topicBlock <= 1 ? stateOf(topic)
                    : subject != null && block - subjectBlock <= 1 ? stateOf(subject) : lastState;
            // "we", "our": whoever is speaking; a briefing's own voice is no state the text named.
            case "we", "our", "us", "i", "my", "me" -> speaker(block) != null ? speaker(block) : source(block);
            default -> null;
        };
    }

    /**
     * "…, it said": the body or state that last spoke in this paragraph or the one before — a ministry, an agency, a
     * state — or null; a person is "he" or "she".
     */
    Entity source(int block) {
        return source != null && block - sourceBlock <= 1 ? source : null;
    }

    /** The person last named ("the minister" of the mention stage is already resolved; this is for "he"). */
    Entity lastPerson() {
        return lastPerson;
    }

    /** The last n people named, the most recent last: "the three ministers". */
    List<Entity> recentPeople(int n) {
        return people.size() < n ? List.of() : List.copyOf(people.subList(people.size() - n, people.size()));
    }

    /** The state last named: what "the country" points back to. */
    Entity lastState() {
        return lastState;
    }

    /** The states named so far, each once, the most recent first. */
    List<Entity> recentStates() {
        List<Entity> out = new ArrayList<>(states);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The state the document names most (the later one of a tie): what it is about. */
    Entity topState() {
        Node top = null;
        int most = 0;
        for (Map.Entry<Node, Integer> e : stateCounts.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && top != null && e.getKey().getURI().compareTo(top.getURI()) < 0) {
                most = e.getValue();
                top = e.getKey();
            }
        }
        return top == null ? null : index.entity(top);
    }

    Entity lastSystem() {
        return lastSystem;
    }

    /** A system an event was read with (a designation the reference data lacks included): what "the vessels" may mean next. */
    void system(Entity system) {
        lastSystem = system;
        systems.remove(system);
        systems.add(system);
    }

    /** The system named last that a state makes, or null: "thanked Beijing for supplying the aircraft" means China's. */
    Entity systemMadeBy(Entity state) {
        for (int k = systems.size() - 1; k >= 0; k--) if (state.iri().equals(systems.get(k).state())) return systems.get(k);
        return null;
    }

    Entity lastTreaty() {
        return lastTreaty;
    }

    void treaty(Entity treaty) {
        lastTreaty = treaty;
    }

    /** A treaty minted from a description ("a defence pact") rather than a name: a name given later is the better one. */
    void described(Entity treaty, String description) {
        describedTreaties.add(treaty.iri());
        lastDescription = description;
    }

    boolean isDescribed(Entity treaty) {
        return describedTreaties.contains(treaty.iri());
    }

    /** How the last unnamed treaty was described: what "a similar agreement" is called. */
    String lastDescription() {
        return lastDescription;
    }

    /** The places an event was just sent to or happened in, within this paragraph: what "there" points back to. */
    List<Entity> places(int block) {
        return block == placesBlock ? places : List.of();
    }

    void placed(List<Entity> where, int block) {
        if (where.isEmpty()) return;
        places = List.copyOf(where);
        placesBlock = block;
    }

    /** "Albanese and Marape … they signed": the last two or more actors named together as a subject, for "they". */
    List<Entity> group(int block) {
        return block - groupBlock <= 1 ? group : List.of();
    }

    void group(List<Entity> actors, int block) {
        if (actors.size() < 2) return;
        group = List.copyOf(actors);
        groupBlock = block;
    }

    /** The actor of the last fact read in this paragraph: who acts in "Such a change could include sending advisors". */
    Entity actor(int block) {
        return subject != null && subjectBlock == block ? stateOf(subject) : null;
    }

    /**
     * Whom the last transfer was for, in this paragraph or the two before, even one refused: "refrained from supplying X
     * to Ukraine, but may offer Y"; "Ukraine has received its first jets. … Norway and Belgium have pledged more". Further
     * on, the one state every transfer so far was for: the story is about arming it.
     */
    Entity recipient(int block) {
        if (block - recipientBlock <= 2) return recipient;
        return recipients.size() == 1 ? recipient : null;
    }

    /** Aid of no system yet, announced in this paragraph or the one before, or null. */
    Aid aid(int block) {
        return aid != null && block - aid.block() <= 1 ? aid : null;
    }

    void aid(Entity giver, Entity receiver, org.entente.event.Stage stage, boolean weak, int block) {
        aid = new Aid(giver, receiver, stage, weak, block);
    }

    void recipient(Entity e, int block) {
        if (e == null) return;
        recipient = e;
        recipientBlock = block;
        recipients.add(e);
    }

    /** The state or organisation a sentence's main clause is about: "Australia remains a partner. Its military trains …". */
    void topic(Entity actor, int block) {
        if (actor == null || actor.type() != EntityType.STATE && actor.type() != EntityType.ORGANIZATION) return;
        topic = actor;
        topicBlock = block;
    }

    /** The actor that last did something: what "it" and "they" point back to. */
    void acted(Entity actor, int block) {
        if (actor == null) return;
        subject = actor;
        subjectBlock = block;
    }

    // ---- speech ---------------------------------------------------------------------------------

    /** Who is speaking in this paragraph or the one before: the speaker of "…, he added" and of a quote with no verb. */
    Entity speaker(int block) {
        return speaker != null && block - speakerBlock <= 1 ? speaker : null;
    }

    void spoke(Entity who, int block) {
        if (who.type() != EntityType.PERSON) {
            source = who;
            sourceBlock = block;
            return;
        }
        speaker = who;
        speakerBlock = block;
    }

    /** Whether the previous sentence left a quotation open, so this one starts inside it. */
    boolean quoteOpen() {
        return quoteOpen;
    }

    void quoteOpen(boolean open) {
        quoteOpen = open;
    }

    // ---- events ---------------------------------------------------------------------------------

    String add(Reading r) {
        String key = ledger.add(r);
        if (key != null && r.kind() != EventKind.STATEMENT && r.kind() != EventKind.TENURE) acted(r.actor(), r.evidence().block());
        return key;
    }

    Reading last(EventKind kind) {
        return ledger.last(kind);
    }

    List<Reading> all(EventKind kind) {
        return ledger.all(kind);
    }

    String lastFact() {
        return ledger.lastFact();
    }

    void settle(String key, Factuality f, org.entente.nlp.Sentence s) {
        ledger.settle(key, f, s);
    }

    String dateOf(String key) {
        return ledger.date(key);
    }

    /** Takes back what a sentence that failed half-way had added to the events. */
    void forget(org.entente.nlp.Sentence s) {
        ledger.forget(s);
    }

    List<Event> events() {
        return ledger.events(describedTreaties);
    }

    // ---- after each sentence --------------------------------------------------------------------

    /** Takes in what a sentence named: people, states, systems and treaties, for the sentences after it. */
    void remember(SentenceMentions sm) {
        for (Mention m : sm.mentions()) {
            Entity e = m.kind() == Mention.Kind.ENTITY ? m.entity() : null;
            if (e == null) continue;
            switch (e.type()) {
                case PERSON -> {
                    if (!ofSomething(sm, m)) lastPerson = e;
                    people.remove(e);
                    people.add(e);
                }
                case STATE -> {
                    // "a Serbian Orthodox monastery": a demonym describes something else; "the country" after it is still the
                    // state last named as one (though a state named only by demonyms is not forgotten).
                    if (m.aliasKind() == AliasKind.DEMONYM) {
                        lastState = e;
                        if (!states.contains(e)) states.add(0, e);
                        stateCounts.merge(e.iri(), 1, Integer::sum);
                    } else if (m.aliasKind() != AliasKind.PLACE) {
                        lastState = e;
                        states.remove(e);
                        states.add(e);
                        stateCounts.merge(e.iri(), 1, Integer::sum);
                    }
                }
                case WEAPON -> system(e);
                case TREATY -> lastTreaty = e;
                default -> { }
            }
        }
    }

    /** A person named after "of", title and all ("the government of President X"): a modifier, not whom a pronoun picks up. */
    private static boolean ofSomething(SentenceMentions sm, Mention m) {
        int first = m.first();
        for (Official o : sm.officials()) if (o.first() <= first && first < o.last()) first = Math.min(first, o.first());
        return first > 0 && sm.sentence().token(first - 1).is("of");
    }
}
