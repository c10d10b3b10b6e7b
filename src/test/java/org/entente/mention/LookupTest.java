package org.entente.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.mention.Lookup.Candidate;
import org.entente.mention.Lookup.Result;
import org.entente.mention.Lookup.Status;
import org.entente.mention.Lookup.Via;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names and post titles as a user types them, resolved against the bundled reference data. */
class LookupTest {
    private static final LocalDate OCT_2024 = LocalDate.of(2024, 10, 30);
    private static final LocalDate MAR_2025 = LocalDate.of(2025, 3, 1);

    private static Result resolve(String text, LocalDate date) {
        return ReferenceFixture.LOOKUP.resolve(text, date);
    }

    private static Result resolve(String text) {
        return resolve(text, OCT_2024);
    }

    /** The one candidate of a resolved result, checked to be the expected IRI (under id/). */
    private static Candidate resolvedTo(String path, Result r) {
        assertEquals(Status.RESOLVED, r.status(), () -> r.text() + " -> " + r.candidates());
        Candidate c = r.resolved();
        assertEquals(ReferenceFixture.ID + path, c.entity().iri().getURI(), r.text());
        return c;
    }

    private static List<String> iris(Result r) {
        return r.candidates().stream().map(c -> c.entity().iri().getURI().substring(ReferenceFixture.ID.length())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pyongyang", "North Korean", "DPRK", "the DPRK", "North Korea", "Democratic People’s Republic of Korea"})
    void resolve_northKoreaNames_giveNorthKorea(String text) {
        Candidate c = resolvedTo("state/KP", resolve(text));
        assertEquals(EntityType.STATE, c.entity().type());
        assertEquals("North Korea", c.entity().label());
    }

    @Test
    void resolve_capital_saysItCameViaTheCapital() {
        assertEquals(Via.CAPITAL, resolvedTo("state/KP", resolve("Pyongyang")).via());
        assertEquals(Via.DEMONYM, resolvedTo("state/KP", resolve("North Korean")).via());
    }

    @Test
    void resolve_state_givesWikidataIri() {
        assertEquals("http://www.wikidata.org/entity/Q423", resolvedTo("state/KP", resolve("DPRK")).wikidata().getURI());
    }

    @Test
    void resolve_theKremlin_givesRussiaAsMetonym() {
        Candidate c = resolvedTo("state/RU", resolve("the Kremlin"));
        assertEquals(Via.METONYM, c.via());
        assertEquals(c.entity(), resolve("Kremlin").resolved().entity(), "the leading 'the' is optional");
    }

    @Test
    void resolve_kmSam_givesCheongungII() {
        Candidate c = resolvedTo("weapon/cheongung-ii", resolve("KM-SAM"));
        assertEquals(EntityType.WEAPON, c.entity().type());
        assertEquals("Cheongung-II", c.entity().label());
    }

    @Test
    void resolve_nis_givesSouthKoreanIntelligenceAgency() {
        Candidate c = resolve("NIS").resolved();
        assertNotNull(c, "NIS resolves to one agency");
        assertEquals(EntityType.AGENCY, c.entity().type());
        assertEquals(ReferenceFixture.ID + "state/KR", c.entity().state().getURI());
    }

    @Test
    void resolve_usDefenseSecretaryOctober2024_givesPostHeldByLloydAustin() {
        Candidate c = resolvedTo("post/US-defense-secretary", resolve("U.S. Defense Secretary", OCT_2024));
        assertEquals(EntityType.POST, c.entity().type());
        assertEquals(ReferenceFixture.ID + "person/lloyd-austin", c.holder().person().iri().getURI());
        assertEquals("Lloyd Austin", c.holder().person().label());
    }

    @Test
    void resolve_usDefenseSecretaryMarch2025_givesPeteHegseth() {
        Candidate c = resolvedTo("post/US-defense-secretary", resolve("U.S. Defense Secretary", MAR_2025));
        assertEquals(ReferenceFixture.ID + "person/pete-hegseth", c.holder().person().iri().getURI());
        assertNull(c.holder().end(), "still in office in the data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"US Defense Secretary", "the U.S. defense secretary", "United States Secretary of Defense",
            "American defense secretary", "Washington’s defense secretary", "Pentagon chief", "the Secretary of Defense of the United States"})
    void resolve_otherWaysToNameTheUsDefenseSecretary_giveTheSamePost(String text) {
        Candidate c = resolvedTo("post/US-defense-secretary", resolve(text, MAR_2025));
        assertEquals("Pete Hegseth", c.holder().person().label(), text);
    }

    @Test
    void resolve_stateAndGenericTitle_giveThatStatesPostOfTheKind() {
        Candidate c = resolvedTo("post/JP-foreign-minister", resolve("Japan's top diplomat"));
        assertEquals(Via.ROLE_OF_STATE, c.via());
        assertEquals(c.entity(), resolve("the foreign minister of Japan").resolved().entity());
        assertEquals(c.entity(), resolve("Tokyo’s foreign minister").resolved().entity());
    }

    @Test
    void resolve_organisationTitle_givesItsPost() {
        resolvedTo("post/NATO-secretary-general", resolve("NATO Secretary-General"));
        resolvedTo("post/UN-secretary-general", resolve("UN chief"));
    }

    @Test
    void resolve_southKoreasViceForeignMinister_listsBothVicePosts() {
        Result r = resolve("South Korea’s vice foreign minister", OCT_2024);
        assertEquals(Status.AMBIGUOUS, r.status(), "South Korea has a first and a second vice foreign minister");
        assertEquals(List.of("post/KR-first-vice-foreign-minister", "post/KR-second-vice-foreign-minister"), iris(r));
        assertEquals("Kim Hong-kyun", r.candidates().get(0).holder().person().label());
    }

    @Test
    void resolve_firstViceForeignMinisterOfSouthKorea_givesOnePost() {
        resolvedTo("post/KR-first-vice-foreign-minister", resolve("South Korean first vice foreign minister"));
    }

    @Test
    void resolve_genericTitleAlone_needsContextAndListsNothing() {
        Result r = resolve("foreign minister");
        assertEquals(Status.NEEDS_CONTEXT, r.status());
        assertTrue(r.candidates().isEmpty(), () -> r.candidates().toString());
    }

    @Test
    void resolve_aliasSharedByTwoTreaties_isAmbiguousAndListsBoth() {
        Result r = resolve("Comprehensive Strategic Partnership Treaty");
        assertEquals(Status.AMBIGUOUS, r.status());
        assertNull(r.resolved(), "never guesses");
        assertTrue(iris(r).containsAll(List.of("treaty/ru-kp-comprehensive-strategic-partnership-2024",
                "treaty/ru-ir-comprehensive-strategic-partnership-2025")), () -> iris(r).toString());
        assertTrue(r.candidates().stream().allMatch(Candidate::needsContext));
    }

    @Test
    void resolve_brussels_isAmbiguousBetweenBelgiumAndTheEu() {
        Result r = resolve("Brussels");
        assertEquals(Status.AMBIGUOUS, r.status());
        assertTrue(iris(r).containsAll(List.of("state/BE", "org/eu")), () -> iris(r).toString());
    }

    @Test
    void resolve_nameMarkedAmbiguous_needsContext() {
        Result r = resolve("Georgia");
        assertEquals(Status.NEEDS_CONTEXT, r.status());
        assertEquals(List.of("state/GE"), iris(r));
        assertTrue(r.candidates().get(0).needsContext());
    }

    @Test
    void resolve_lowerCaseName_fallsBackToTitleCase() {
        Result r = resolve("pyongyang");
        resolvedTo("state/KP", r);
        assertEquals("Pyongyang", r.matched());
    }

    @Test
    void resolve_person_listsPostsHeldOnTheDate() {
        Candidate c = resolvedTo("person/lloyd-austin", resolve("Lloyd Austin", OCT_2024));
        assertTrue(c.postsHeld().stream().anyMatch(p -> p.iri().getURI().endsWith("post/US-defense-secretary")), () -> c.postsHeld().toString());
        assertTrue(resolve("Lloyd Austin", MAR_2025).resolved().postsHeld().isEmpty(), "out of office in March 2025");
    }

    @Test
    void resolve_unknownName_isNotFound() {
        Result r = resolve("Atlantis");
        assertEquals(Status.NOT_FOUND, r.status());
        assertTrue(r.candidates().isEmpty());
        assertEquals(Status.NOT_FOUND, resolve("Zorgon Defense Secretary").status());
    }

    @Test
    void resolve_blankText_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> resolve("  "));
        assertThrows(IllegalArgumentException.class, () -> ReferenceFixture.LOOKUP.resolve("DPRK", null));
    }

    /** A treaty's parties come in one order, run after run (an immutable set's order changes with every JVM). */
    @org.junit.jupiter.api.Test
    void treatyParties_iterateInTheOrderOfTheirIris() {
        var aukus = ReferenceFixture.INDEX.treaty(org.apache.jena.graph.NodeFactory.createURI(ReferenceFixture.ID + "treaty/aukus-2021"));
        List<String> parties = aukus.parties().stream().map(n -> n.getURI()).toList();
        assertEquals(parties.stream().sorted().toList(), parties);
        assertEquals(3, parties.size());
    }
}
