package org.entente.event;

import java.util.List;
import org.entente.event.EventKind;
import org.entente.event.Factuality;
import org.entente.event.Stage;
import org.entente.event.StatementKind;
import org.entente.mention.Entity;
import org.entente.nlp.Sentence;

/**
 * One mention of an event, as a sentence gives it: the kind, the arguments found, and how far and how
 * surely it happened. The {@link Ledger} merges readings of the same event into one.
 *
 * @param kind          what happened
 * @param actor         sender, supplier, trainee, first party, speaker or post holder
 * @param counterpart   host, recipient, training host, a statement's target entity, a post's state
 * @param system        the weapons system of an arms transfer
 * @param treaty        the treaty of a signing
 * @param parties       every party of a signing
 * @param signatories   the people who signed
 * @param personnel     the personnel word of a deployment
 * @param troops        the number of personnel, when given
 * @param date          ISO date as precise as the text, or null
 * @param stage         how far it has gone
 * @param weakStage     the stage comes from a noun or a headline, which says little about it
 * @param factuality    how sure the text is
 * @param attributedTo  whom the text credits with it, or null
 * @param statementKind a statement's kind
 * @param targetText    a statement's words about its target
 * @param targetKey     the key of the event a statement is about, or null
 * @param role          a post holder's role words
 * @param evidence      the sentence it was read from
 */
record Reading(EventKind kind, Entity actor, Entity counterpart, Entity system, Entity treaty, List<Entity> parties,
               List<Entity> signatories, String personnel, Long troops, String date, Stage stage, boolean weakStage,
               Factuality factuality, Entity attributedTo, StatementKind statementKind, String targetText, String targetKey,
               String role, Sentence evidence) {
    Reading {
        parties = List.copyOf(parties);
        signatories = List.copyOf(signatories);
    }

    /** A reading of a fact (deployment, transfer, training) with no statement fields. */
    static Reading fact(EventKind kind, Entity actor, Entity counterpart, Entity system, String personnel, Long troops,
                        Qualifiers q, Sentence s) {
        return new Reading(kind, actor, counterpart, system, null, List.of(), List.of(), personnel, troops, q.date(), q.stage(),
                q.weakStage(), q.factuality(), q.attributedTo(), null, null, null, null, s);
    }

    Reading withFactuality(Factuality f) {
        return new Reading(kind, actor, counterpart, system, treaty, parties, signatories, personnel, troops, date, stage, weakStage,
                f, attributedTo, statementKind, targetText, targetKey, role, evidence);
    }

    /** Identity within and across documents: the kind and the key arguments. */
    String key() {
        return Keys.of(kind, actor, counterpart, system, treaty, personnel, statementKind);
    }
}
