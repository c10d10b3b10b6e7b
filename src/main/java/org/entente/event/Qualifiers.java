package org.entente.event;

import org.entente.event.Factuality;
import org.entente.event.Stage;
import org.entente.mention.Entity;

/**
 * How far an event has gone and how surely, as the words around its trigger say.
 *
 * @param stage        considered … completed
 * @param weakStage    read from a noun or a headline, which says little about how far it has gone
 * @param factuality   confirmed … denied
 * @param attributedTo whom the text credits with it, or null
 * @param date         the date the sentence gives it, or null
 */
record Qualifiers(Stage stage, boolean weakStage, Factuality factuality, Entity attributedTo, String date) {
    Qualifiers withStage(Stage s) {
        return new Qualifiers(s, weakStage, factuality, attributedTo, date);
    }

    Qualifiers withWeak() {
        return new Qualifiers(stage, true, factuality, attributedTo, date);
    }

    Qualifiers withFactuality(Factuality f) {
        return new Qualifiers(stage, weakStage, f, attributedTo, date);
    }
}
