package org.entente.event;

import org.entente.mention.Entity;

/** Event identity: the kind and the key arguments, so the same event read twice (or in two documents) is one node. */
final class Keys {
    private Keys() {}

    static String of(EventKind kind, Entity actor, Entity counterpart, Entity system, Entity treaty, String personnel,
                     StatementKind statementKind) {
        return switch (kind) {
            case DEPLOYMENT -> kind + "|" + iri(actor) + "|" + iri(counterpart) + "|" + personnel;
            case ARMS_TRANSFER -> kind + "|" + iri(actor) + "|" + iri(counterpart) + "|" + iri(system);
            case TRAINING -> kind + "|" + iri(actor) + "|" + iri(counterpart);
            case TREATY_SIGNING -> kind + "|" + iri(treaty);
            // What one speaker says of one kind in a document is one statement: a news report quotes its speakers
            // at length, and an analyst asks who condemned, warned or denied, not how often.
            case STATEMENT -> kind + "|" + iri(actor) + "|" + statementKind;
            // "Defense Minister X" and later "Minister of Defense X": one person holds one post of a state at a time.
            case TENURE -> kind + "|" + iri(actor) + "|" + iri(counterpart);
        };
    }

    private static String iri(Entity e) {
        return e == null ? "-" : e.iri().getURI();
    }
}
