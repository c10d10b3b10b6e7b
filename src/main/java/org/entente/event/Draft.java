package org.entente.event;

import java.util.ArrayList;
import java.util.List;
import org.entente.mention.Entity;
import org.entente.nlp.Sentence;

/** An event while the document is being read: mentions of one event in several sentences merge into one draft. */
final class Draft {
    final EventKind kind;
    Entity actor, counterpart, system, treaty, attributedTo;
    final List<Entity> parties = new ArrayList<>();
    final List<Entity> signatories = new ArrayList<>();
    String personnel, date, targetText, role;
    Long troops;
    Stage stage = Stage.COMPLETED;
    /** A stage read from a noun or a headline ("the deployment"), which says little about how far the event has gone. */
    boolean weakStage;
    Factuality factuality = Factuality.CONFIRMED;
    /** Set when a named speaker confirmed or denied the fact: it outranks the hedges of other mentions. */
    Factuality settled;
    StatementKind statementKind;
    Draft target;
    final List<Sentence> evidence = new ArrayList<>();

    Draft(EventKind kind) {
        this.kind = kind;
    }

    /** Identity within and across documents: the kind and the key arguments. */
    String key() {
        return switch (kind) {
            case DEPLOYMENT -> kind + "|" + iri(actor) + "|" + iri(counterpart) + "|" + personnel;
            case ARMS_TRANSFER -> kind + "|" + iri(actor) + "|" + iri(counterpart) + "|" + iri(system);
            case TRAINING -> kind + "|" + iri(actor) + "|" + iri(counterpart);
            case TREATY_SIGNING -> kind + "|" + iri(treaty);
            // Everything one speaker "said" is one statement; sharper kinds stay apart by what they are about.
            case STATEMENT -> statementKind == StatementKind.STATEMENT ? kind + "|" + iri(actor) + "|" + statementKind
                    : kind + "|" + iri(actor) + "|" + statementKind + "|" + (target != null ? target.key() : iri(counterpart) + "|" + targetText);
            case TENURE -> kind + "|" + iri(actor) + "|" + iri(counterpart) + "|" + role;
        };
    }

    private static String iri(Entity e) {
        return e == null ? "-" : e.iri().getURI();
    }

    void addEvidence(Sentence s) {
        if (!evidence.contains(s)) evidence.add(s);
    }

    /** Takes in another mention of the same event. */
    void absorb(Draft other) {
        // A headline compresses; the body's first telling of the fact says how sure it is.
        if (evidence.stream().allMatch(Sentence::headline) && !other.evidence.stream().allMatch(Sentence::headline)) {
            factuality = other.factuality;
            attributedTo = other.attributedTo;
        }
        for (Sentence s : other.evidence) addEvidence(s);
        // A verb that moves the event on ("have arrived") advances its stage; a later noun does not.
        if (weakStage && !other.weakStage) {
            stage = other.stage;
            weakStage = false;
        } else if (!other.weakStage && other.stage.ordinal() > stage.ordinal()) {
            stage = other.stage;
        }
        if (troops == null || (other.troops != null && other.troops > troops)) troops = other.troops != null ? other.troops : troops;
        if (attributedTo == null) attributedTo = other.attributedTo;
        if (date == null) date = other.date;
        if (counterpart == null) counterpart = other.counterpart;
        for (Entity p : other.parties) if (!parties.contains(p)) parties.add(p);
        for (Entity p : other.signatories) if (!signatories.contains(p)) signatories.add(p);
        if (other.settled != null) settled = other.settled;
        if (targetText == null) targetText = other.targetText;
        // The first mention, where a report states its fact, keeps its certainty; later
        // references ("any pilot training in Russia") only add evidence. A named speaker's
        // confirmation or denial (settled) still overrides.
    }

    Event build() {
        Factuality f = settled != null ? settled : factuality;
        Event t = target == null ? null : target.build();
        return new Event(kind, actor, counterpart, system, treaty, parties, signatories, personnel, troops, date, stage, f,
                attributedTo, statementKind, targetText, t, role, key(), evidence);
    }
}
