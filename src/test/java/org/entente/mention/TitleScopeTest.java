package org.entente.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles that name no state's post, or not the one their words name, in sentences written for these tests. */
class TitleScopeTest {
    private static List<String> officials(String text) {
        return TextFixture.officials("The United States welcomed it. " + text, "2024-10-20");
    }

    @Test
    void companyNameBeforeTitle_isTheCompanysOfficer() {
        assertEquals(List.of(), officials("Boeing President Carl Hendricks said the jets would come in 2026."));
    }

    @Test
    void unknownOrganisationBeforeTitle_isItsLeaderNotTheStates() {
        assertEquals(List.of(), officials("Tamil Front leader Ravi Sundaram said the talks had failed."));
    }

    @Test
    void oppositionLeader_isNoHeadOfState() {
        assertEquals(List.of(), officials("Opposition leader Maria Lozano said the vote was stolen."));
    }

    @Test
    void unionPresident_isNoHeadOfState() {
        assertEquals(List.of(), officials("Union president Sean Farrell said the workers would strike."));
    }

    @Test
    void presidentElect_holdsNoOfficeYet() {
        assertEquals(List.of(), officials("President-elect Donald Trump said the war would end."));
    }

    @Test
    void thenPresident_splitByTheTokeniser_isNoLongerInOffice() {
        assertEquals(List.of(), officials("Then-President Barack Obama signed it."));
    }

    @Test
    void committeeNameBeforeAFreeTitle_isTheCommitteesOfficer() {
        assertEquals(List.of(), officials("Nobel Committee chairman Jorgen Holm Lien said the prize was deserved."));
    }

    @Test
    void sentenceOpeningAdverbBeforeTitle_keepsThePost() {
        assertEquals(List.of("Joe Biden | president | United States"), officials("Yesterday President Joe Biden signed the bill."));
    }

    @Test
    void partyTitleAfterALeadersPossessive_isNoStatePost() {
        List<String> found = officials("President Xi's Communist Party leader in the region, Chen Wenhua, was sanctioned.");
        assertEquals(List.of("Xi Jinping | president | China"), found);
    }
}
