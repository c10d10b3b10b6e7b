package org.entente.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** People known by a rank before their name, in sentences written for these tests. */
class PersonCuesTest {
    private static final String DATE = "2025-03-04";

    @Test
    void rankBeforeUnknownName_givesAPerson() {
        assertEquals(List.of("Halvard Moen"), TextFixture.people("\"The drill is routine,\" said General Halvard Moen on Monday.", DATE));
    }

    @Test
    void rankWithoutState_givesNoPost() {
        assertEquals(List.of(), TextFixture.officials("\"The drill is routine,\" said General Halvard Moen on Monday.", DATE));
    }

    @Test
    void abbreviatedRankAfterDemonym_isAPostOfThatState() {
        assertEquals(List.of("Oleksandr Petrenko | lieutenant general | Ukraine"),
                TextFixture.officials("The brigade is led by Ukrainian Lt. Gen. Oleksandr Petrenko.", DATE));
    }

    @Test
    void rankBeforeCompanyName_givesNoPerson() {
        assertEquals(List.of(), TextFixture.people("The drones are built by General Atomics Aeronautical in California.", DATE));
    }

    @Test
    void rankAfterATitle_theTitleIsThePost() {
        List<String> found = TextFixture.officials("Philippine navy spokesman Rear Admiral Jose Dizon Reyes said the ships had left.", DATE);
        assertEquals(List.of("Jose Dizon Reyes | navy spokesman | Philippines"), found);
    }

    @Test
    void rankInApposition_afterATitleWithItsState_isTheTitlesHolder() {
        List<String> found = TextFixture.officials(
                "The ceremony was attended by the Chief of the Hellenic National Defence General Staff, General Petros Vlachos.", DATE);
        assertTrue(found.contains("Petros Vlachos | chief of the hellenic national defence general staff | Greece"), found.toString());
    }

    @Test
    void captainWithoutAState_givesNoPerson() {
        assertEquals(List.of(), TextFixture.people("Captain Erik Solberg said the team would attack from the start.", DATE));
    }

    @Test
    void hyphenatedRankAfterDemonym_isAPostOfThatState() {
        assertEquals(List.of("Alexei Sorokin | colonel general | Russia"),
                TextFixture.officials("The offensive is led by Russian Colonel-General Alexei Sorokin.", DATE));
    }
}
