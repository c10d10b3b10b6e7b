package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule lemmatiser on verb forms the event lexicons look up. */
class LemmasTest {
    @ParameterizedTest
    @CsvSource({
            "alleged, allege", "acknowledged, acknowledge", "donated, donate", "leased, lease", "refuted, refute",
            "rebuked, rebuke", "contributed, contribute", "described, describe", "reiterated, reiterate",
            "authorizes, authorize", "criticizes, criticize", "buzzes, buzz", "shipped, ship", "delivered, deliver",
            "supplied, supply", "completed, complete", "writing, write", "defeated, defeat", "sent, send", "lodged, lodge",
            "urged, urge", "received, receive", "seized, seize", "reinforced, reinforce", "frozen, freeze", "buzzed, buzz",
            "settled, settle", "dismantling, dismantle", "enabled, enable", "tore, tear", "appealed, appeal", "fulfilled, fulfill"})
    void verbFormsGiveTheirLemma(String form, String lemma) {
        assertEquals(lemma, Lemmas.lemma(form));
    }
}
