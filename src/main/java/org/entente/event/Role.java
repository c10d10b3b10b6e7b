package org.entente.event;

import java.util.Locale;

/**
 * A role an event frame gives a phrase, and the kind of thing that may fill it. Role names are the
 * local names of the ontology's event properties (ent:sender, ent:supplier, ...).
 */
enum Role {
    SENDER(Filler.STATE), HOST(Filler.PLACE), PERSONNEL(Filler.PERSONNEL),
    SUPPLIER(Filler.STATE), RECIPIENT(Filler.PLACE), SYSTEM(Filler.SYSTEM),
    TRAINEE(Filler.STATE), TRAINER(Filler.PLACE),
    PARTY(Filler.STATE), TREATY(Filler.TREATY),
    SPEAKER(Filler.SPEAKER), TARGET(Filler.ANY);

    /** What kind of phrase fills a role. */
    enum Filler {
        /** A state or an international organisation, named or through a capital, government, body or official. */
        STATE,
        /** A state, also through a place inside it ("to the Kursk region"). */
        PLACE,
        /** People sent somewhere: "about 3,000 North Korean troops". */
        PERSONNEL,
        /** Weapons systems: models, designations, or a category when no model is named. */
        SYSTEM,
        /** A treaty: named, titled, described ("a defence pact"), or the founding treaty of an alliance joined. */
        TREATY,
        /** Whoever speaks: a person, body, state or organisation, as named. */
        SPEAKER,
        /** Anything named. */
        ANY
    }

    final Filler filler;

    Role(Filler filler) {
        this.filler = filler;
    }

    /** The role for a lexicon name ("sender"), or null. */
    static Role named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
