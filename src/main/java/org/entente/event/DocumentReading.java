package org.entente.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.entente.SentenceWarning;
import org.entente.SentenceWarnings;
import org.entente.mention.Entity;
import org.entente.mention.EntityType;
import org.entente.mention.Mention;
import org.entente.mention.Official;
import org.entente.mention.ReferenceIndex;
import org.entente.mention.SentenceMentions;
import org.entente.nlp.Sentence;

/** One document's reading: its drafts, and what earlier sentences established for later ones. */
final class DocumentReading {
    final ReferenceIndex index;
    final LocalDate docDate;
    final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<Node, Node> officialStates = new HashMap<>();
    Draft lastDeployment, lastTransfer, lastTraining, lastSigning;
    /** The last actor that was the subject of an event, and the block it was in. */
    Entity lastSubject;
    int lastSubjectBlock = -1;
    /** The states an event last happened in or was sent to, and their block: what "there" points back to. */
    List<Entity> lastPlaces = List.of();
    int lastPlacesBlock = -1;
    /** The last person, weapon, treaty and recipient the text named. */
    Entity lastPerson, lastWeapon, lastTreaty, lastRecipient;
    /** People named so far, the most recently named last, each once. */
    final List<Entity> recentPeople = new ArrayList<>();
    /** The first actor of the previous sentence that is not the object of a preposition: a pronoun's usual antecedent. */
    Entity previousSubject;
    /** The last state the previous sentence put something in or sent something to ("in Latvia", "to Riga"), or null. */
    Entity previousPlace;
    /** The name of the last treaty minted from text, for "a similar agreement". */
    String lastUnnamedTreaty;
    /** Treaties minted from text that it only described ("a defence treaty", "Italy–Japan–United Kingdom treaty"). */
    final java.util.Set<org.apache.jena.graph.Node> describedTreaties = new java.util.HashSet<>();

    DocumentReading(ReferenceIndex index, LocalDate docDate) {
        this.index = index;
        this.docDate = docDate;
    }

    List<Event> run(List<SentenceMentions> sentences, SentenceWarnings warnings) {
        for (SentenceMentions sm : sentences) {
            try {
                for (Official o : sm.officials()) tenure(sm.sentence(), o);
                if (!sm.sentence().tokens().isEmpty() && !sm.sentence().token(0).tag().isEmpty() && !question(sm.sentence())) new SentenceReading(this, sm).run();
                remember(sm);
            } catch (RuntimeException e) {
                // One sentence that trips a bug costs its own reading, not the document: drop what only it said.
                drafts.values().removeIf(d -> d.evidence.equals(List.of(sm.sentence())));
                warnings.skipped(SentenceWarning.Stage.EVENT, sm.sentence().index(), sm.sentence().text(), e);
            }
        }
        // The named treaty keeps what only the description said: its date.
        for (Draft d : drafts.values()) {
            Draft named = d.kind == EventKind.TREATY_SIGNING ? namedLater(d) : null;
            if (named != null && named.date == null) named.date = d.date;
        }
        List<Event> out = new ArrayList<>();
        for (Draft d : drafts.values()) if (complete(d) && !redundant(d)) out.add(d.build());
        return out;
    }

    /** "Has India confirmed the handover?": a question asserts nothing, so it yields no event (its names still count). */
    private static boolean question(Sentence s) {
        int k = s.size() - 1;
        while (k > 0 && (s.token(k).is("\"") || s.token(k).is("'") || s.token(k).is(")"))) k--;
        return s.token(k).is("?");
    }

    private void remember(SentenceMentions sm) {
        Entity subject = null;
        for (Mention m : sm.mentions()) {
            if (m.kind() != Mention.Kind.ENTITY || m.entity() == null || !m.entity().type().isActor()) continue;
            int k = m.first() - 1;
            if (k >= 0 && org.entente.event.Lexicon.PREPOSITIONS.contains(sm.sentence().token(k).lower())) continue;
            subject = m.entity();
            break;
        }
        if (subject != null) previousSubject = subject;
        previousPlace = null;
        for (Mention m : sm.mentions()) {
            int k = m.first() - 1;
            if (k > 0 && sm.sentence().token(k).lower().equals("the")) k--;
            String w = k >= 0 ? sm.sentence().token(k).lower() : "";
            Entity e = m.kind() == Mention.Kind.ENTITY ? stateOf(m.entity()) : null;
            if (e != null && e.type() == EntityType.STATE && (Lexicon.LOCATION.contains(w) || Lexicon.DESTINATION.contains(w))) previousPlace = e;
        }
        for (Mention m : sm.mentions()) {
            Entity e = m.kind() == Mention.Kind.ENTITY ? m.entity() : null;
            if (e == null) continue;
            if (e.type() == EntityType.PERSON) {
                // "Mr Petri, who serves in the government of President Javier Milei": a pronoun after it means Petri.
                if (!ofSomething(sm, m)) lastPerson = e;
                recentPeople.remove(e);
                recentPeople.add(e);
            }
            if (e.type() == EntityType.WEAPON) lastWeapon = e;
            if (e.type() == EntityType.TREATY) lastTreaty = e;
        }
    }

    /** A person named after "of", title and all ("the government of President X"): a modifier, not whom a pronoun picks up. */
    private static boolean ofSomething(SentenceMentions sm, Mention m) {
        int first = m.first();
        for (Official o : sm.officials()) if (o.first() <= first && first < o.last()) first = Math.min(first, o.first());
        return first > 0 && sm.sentence().token(first - 1).is("of");
    }

    private void tenure(Sentence s, Official o) {
        Draft d = new Draft(EventKind.TENURE);
        d.actor = o.person();
        Entity owner = index.entity(o.owner());
        d.counterpart = owner != null ? owner : new Entity(o.owner(), EntityType.STATE, o.owner().getLocalName(), null, null, false);
        d.role = o.role();
        d.addEvidence(s);
        officialStates.put(o.person().iri(), o.owner());
        add(d);
    }

    boolean complete(Draft d) {
        return switch (d.kind) {
            case DEPLOYMENT, TRAINING -> d.actor != null && d.counterpart != null && !d.actor.equals(d.counterpart);
            case ARMS_TRANSFER -> d.actor != null && d.counterpart != null && d.system != null && !d.actor.equals(d.counterpart);
            case TREATY_SIGNING -> d.treaty != null && !d.parties.isEmpty();
            case STATEMENT -> d.actor != null && d.statementKind != null;
            case TENURE -> d.actor != null && d.counterpart != null;
        };
    }

    /**
     * A plain statement adds nothing beside a sharper one by the same speaker in the same or the
     * next sentence ("denied that ...; he said ..."), and a state that merely "said" something is
     * too vague to be an answer.
     */
    private boolean redundant(Draft d) {
        // "North Korea to send deminers and military builders": a headline's wording of a deployment the body reports too.
        if (d.kind == EventKind.DEPLOYMENT && d.evidence.stream().allMatch(Sentence::headline)) {
            for (Draft x : drafts.values()) {
                if (x != d && x.kind == EventKind.DEPLOYMENT && java.util.Objects.equals(x.actor, d.actor)
                        && java.util.Objects.equals(x.counterpart, d.counterpart) && !x.evidence.stream().allMatch(Sentence::headline)) return true;
            }
        }
        if (d.kind == EventKind.TREATY_SIGNING && namedLater(d) != null) return true;
        if (d.kind != EventKind.STATEMENT || d.statementKind != StatementKind.STATEMENT) return false;
        if (d.actor.type() == EntityType.STATE) return true;
        // "X warned …. He said …": a plain statement right after a kinded one by the same speaker elaborates it; one said
        // before it ("Austin said … had been sent. He warned …") is a speech act of its own.
        for (Draft x : drafts.values()) {
            if (x != d && x.kind == EventKind.STATEMENT && x.statementKind != StatementKind.STATEMENT && d.actor.equals(x.actor)
                    && after(d, x)) return true;
        }
        return false;
    }

    /**
     * "signed a treaty on Thursday …. Kihara signed the Convention on …": for the signing of a treaty the text only described,
     * the signing of one it names with those parties, whose date it does not contradict; or null.
     */
    private Draft namedLater(Draft d) {
        if (!describedTreaties.contains(d.treaty.iri())) return null;
        for (Draft x : drafts.values()) {
            if (x != d && x.kind == EventKind.TREATY_SIGNING && !describedTreaties.contains(x.treaty.iri())
                    && x.parties.containsAll(d.parties) && (x.date == null || java.util.Objects.equals(x.date, d.date))) return x;
        }
        return null;
    }

    /** Whether a is told in the sentence of b or the one after it. */
    private static boolean after(Draft a, Draft b) {
        for (Sentence s : a.evidence) {
            for (Sentence t : b.evidence) {
                int gap = s.index() - t.index();
                if (gap == 0 || gap == 1) return true;
            }
        }
        return false;
    }

    /** The last deployment, transfer, training or signing added: what "a claim X denies" points back to. */
    Draft lastFact;

    /** Adds a draft, or merges it into the draft of the same event. */
    Draft add(Draft d) {
        // A party's own official reporting the act ("Umerov said Ukraine had received ...") is an
        // announcement, not hearsay.
        if (d.factuality == Factuality.REPORTED && d.attributedTo != null && d.kind != EventKind.STATEMENT) {
            Entity source = stateOf(d.attributedTo);
            if (source != null && (source.equals(d.actor) || source.equals(d.counterpart))) d.factuality = Factuality.CONFIRMED;
        }
        Draft existing = drafts.get(d.key());
        Draft kept = existing != null ? existing : d;
        if (existing != null) existing.absorb(d);
        else drafts.put(d.key(), d);
        if (d.kind != EventKind.STATEMENT && d.kind != EventKind.TENURE) lastFact = kept;
        return kept;
    }

    /** Files a draft: a whole one on its own, a partial one into the event it continues (or nowhere). */
    Draft place(Draft d, Draft last) {
        if (d.kind == EventKind.DEPLOYMENT && d.personnel == null) d.personnel = last != null ? last.personnel : "troops";
        if (complete(d)) return add(d);
        Draft antecedent = antecedent(d, last);
        if (antecedent == null) return null;
        for (Sentence e : d.evidence) antecedent.addEvidence(e);
        if (d.troops != null && antecedent.troops == null) antecedent.troops = d.troops;
        if (!d.weakStage && d.stage.ordinal() > antecedent.stage.ordinal()) antecedent.stage = d.stage;
        return antecedent;
    }

    /** The event a partial mention continues: the latest one of its kind whose known arguments agree. */
    private Draft antecedent(Draft d, Draft last) {
        Draft best = null;
        for (Draft x : drafts.values()) {
            if (x.kind != d.kind || !complete(x)) continue;
            if (d.actor != null && !d.actor.equals(x.actor)) continue;
            if (d.counterpart != null && !d.counterpart.equals(x.counterpart)) continue;
            if (d.kind == EventKind.ARMS_TRANSFER && d.system != null && !d.system.equals(x.system)) continue;
            if (d.kind == EventKind.DEPLOYMENT && d.personnel != null && x.personnel != null && !d.personnel.equals(x.personnel)) continue;
            best = x;
        }
        // Only a noun ("the deployment", "the transfer") may stand for the last event with no argument of its own.
        if (best == null && last != null && d.actor == null && d.counterpart == null && d.weakStage) best = last;
        return best;
    }

    /** The state an actor speaks for: itself, the state the text gave a person's post, or the reference state. */
    Entity stateOf(Entity e) {
        if (e == null) return null;
        if (e.type() == EntityType.STATE || e.type() == EntityType.ORGANIZATION) return e;
        Node s = officialStates.get(e.iri());
        if (s == null) s = e.state();
        return s == null ? null : index.entity(s);
    }

    void rememberSubject(Entity actor, int block) {
        lastSubject = actor;
        lastSubjectBlock = block;
    }
}
