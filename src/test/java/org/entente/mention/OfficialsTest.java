package org.entente.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Posts read from text, one construction each, in sentences written for these tests. */
class OfficialsTest {
    private static List<String> officials(String text) {
        return TextFixture.officials(text, "2025-10-20");
    }

    @Test
    void titleBeforeName_withMalayHonorifics_honorificsAreNoName() {
        List<String> found = officials("Malaysia hosted the talks. They opened with a speech by Prime Minister Datuk Seri Anwar Ibrahim.");
        assertEquals(List.of("Anwar Ibrahim | prime minister | Malaysia"), found);
    }

    @Test
    void royalTitle_followedByMother_isNotTheMonarch() {
        List<String> found = officials("Flags flew at half-mast across Thailand for Queen Mother Sirikit.");
        assertEquals(List.of(), found);
        assertFalse(TextFixture.people("Flags flew at half-mast across Thailand for Queen Mother Sirikit.", "2025-10-20")
                .contains("Mother Sirikit"));
    }

    @Test
    void nameBeforePossessiveTitle_kinOfTheHolder_isNotTheHolder() {
        List<String> found = officials("Cuba sent a delegation. Ramon Castillo, the president's brother, led it.");
        assertTrue(found.stream().noneMatch(o -> o.startsWith("Ramon Castillo")), found.toString());
    }

    @Test
    void indefiniteTitle_afterCompoundWithAState_namesNoHolder() {
        List<String> found = officials("Muizzu, who is seen as a pro-China leader, asked the troops to leave.");
        assertTrue(found.stream().noneMatch(o -> o.startsWith("Xi Jinping")), found.toString());
    }

    @Test
    void vicePresident_titleBeforeName_isTheDeputyNotThePresident() {
        assertEquals(List.of("Kamala Harris | vice president | United States"),
                TextFixture.officials("U.S. Vice President Kamala Harris toured the shipyard.", "2023-05-02"));
    }

    @Test
    void crownPrince_afterDemonym_isACrownPrinceOfThatState() {
        assertEquals(List.of("Mohammed bin Salman | crown prince | Saudi Arabia"),
                officials("Saudi Crown Prince Mohammed bin Salman received the delegation."));
    }

    @Test
    void highCommissioner_afterDemonym_isAnEnvoyOfThatState() {
        assertEquals(List.of("Jane Holloway | high commissioner | United Kingdom"),
                officials("The meeting was joined by British high commissioner Jane Holloway."));
    }

    @Test
    void counterpart_nameFollowedByVerb_holdsTheSamePostForTheNamedState() {
        List<String> found = officials("Anthony Albanese and his Fijian counterpart Tevita Naulumatua have agreed on a pact.");
        assertTrue(found.contains("Tevita Naulumatua | prime minister | Fiji"), found.toString());
    }

    @Test
    void deputies_ofAKnownMinister_areDeputyMinistersNotTheMinister() {
        List<String> found = TextFixture.officials(
                "The ministry said that one of Papikyan's deputies, Hovhannes Grigoryan, had signed the memorandum.", "2024-06-18");
        assertEquals(List.of("Hovhannes Grigoryan | deputy defence minister | Armenia"), found);
    }

    @Test
    void deputyBeforeATitle_ofAnOrganisation_isTheDeputyNotThePrincipal() {
        List<String> found = officials("NATO Deputy Secretary General Radmila Shekerinska opened the forum.");
        assertEquals(List.of("Radmila Shekerinska | deputy secretary general | NATO"), found);
    }

    @Test
    void possessivePlace_beforeATitle_givesTheTerritorysState() {
        List<String> found = officials("Washington hosted the talks, said Greenland's Deputy Prime Minister Aaja Lynge.");
        assertEquals(List.of("Aaja Lynge | deputy prime minister | Denmark"), found);
    }
}
