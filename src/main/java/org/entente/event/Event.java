package org.entente.event;

import java.util.List;
import org.entente.mention.Entity;
import org.entente.nlp.Sentence;

/**
 * A fact read from a document, with its arguments and the sentences it was read from.
 *
 * @param kind          what happened
 * @param actor         who did it: sender, supplier, trainee, signing party (first), speaker or post holder
 * @param counterpart   to or with whom: host, recipient, training host, a statement's target entity, a post's state
 * @param system        the weapons system of an arms transfer
 * @param treaty        the treaty of a signing
 * @param parties       every party of a signing
 * @param signatories   the people who signed
 * @param personnel     the personnel word of a deployment ("troops", "pilots")
 * @param troops        the number of personnel when the text gives one
 * @param date          ISO date as precise as the text ("2024-06"), or null
 * @param stage         how far it has gone
 * @param factuality    how sure the text is
 * @param attributedTo  who the document says it comes from, or null
 * @param statementKind a statement's kind
 * @param targetText    a statement's words about its target
 * @param target        the event a statement is about, or null
 * @param role          a post holder's role words
 * @param key           identity of the event: its kind and key arguments
 * @param evidence      the sentences it was read from, in text order
 */
public record Event(EventKind kind, Entity actor, Entity counterpart, Entity system, Entity treaty, List<Entity> parties,
                    List<Entity> signatories, String personnel, Long troops, String date, Stage stage, Factuality factuality,
                    Entity attributedTo, StatementKind statementKind, String targetText, Event target, String role,
                    String key, List<Sentence> evidence) {
    public Event {
        parties = List.copyOf(parties);
        signatories = List.copyOf(signatories);
        evidence = List.copyOf(evidence);
    }
}
