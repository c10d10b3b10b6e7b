package org.entente.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the matcher finds by name, in sentences written for these tests. */
class MentionFinderTest {
    private static List<String> entities(String text) {
        List<String> out = new ArrayList<>();
        for (SentenceMentions sm : TextFixture.read(text, "2025-01-15")) {
            for (Mention m : sm.mentions()) if (m.kind() == Mention.Kind.ENTITY && m.entity() != null) out.add(m.entity().label());
        }
        return out;
    }

    @Test
    void organisationAcronymInTitleCase_matchesLikeCapitals() {
        assertEquals(List.of("NATO", "ASEAN"), entities("Nato ministers met their Asean partners."));
    }

    @Test
    void agencyAcronymThatSpellsAWord_inTitleCase_isNoMatch() {
        assertTrue(entities("The Plan was approved.").isEmpty());
    }
}
