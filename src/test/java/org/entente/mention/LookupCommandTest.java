package org.entente.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente lookup} and {@code entente bench index} as a user runs them. */
class LookupCommandTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void lookup_post_printsIriTypeLabelAndHolderOnTheDate() {
        Run r = run("lookup", "U.S. Defense Secretary", "--date", "2024-10-30");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("iri       https://w3id.org/entente/id/post/US-defense-secretary"), r.out());
        assertTrue(r.out().contains("type      post"), r.out());
        assertTrue(r.out().contains("label     United States Secretary of Defense"), r.out());
        assertTrue(r.out().contains("holder    Lloyd Austin <https://w3id.org/entente/id/person/lloyd-austin>, 2021-01-22 to 2025-01-20"), r.out());
    }

    @Test
    void lookup_unquotedWords_areJoined_andStatePrintsWikidata() {
        Run r = run("lookup", "North", "Korea");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("iri       https://w3id.org/entente/id/state/KP"), r.out());
        assertTrue(r.out().contains("wikidata  http://www.wikidata.org/entity/Q423"), r.out());
    }

    @Test
    void lookup_ambiguousName_saysAmbiguousAndListsEach() {
        Run r = run("lookup", "Brussels");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("status    AMBIGUOUS"), r.out());
        assertTrue(r.out().contains("[1]") && r.out().contains("[2]"), r.out());
    }

    @Test
    void lookup_unknownName_failsWithOneLine() {
        Run r = run("lookup", "Atlantis");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("Atlantis"), r.err());
    }

    @Test
    void lookup_badDate_isUsageError() {
        assertEquals(2, run("lookup", "DPRK", "--date", "30/10/2024").status());
    }

    @Test
    void lookup_referenceDirectory_addsUserEntities() throws Exception {
        Files.writeString(dir.resolve("mine.ttl"), """
                @prefix ent: <https://w3id.org/entente/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/agency/freedonia-intelligence> a ent:IntelligenceAgency ;
                    rdfs:label "Freedonian Intelligence Service" ; skos:altLabel "FIS" ;
                    ent:ofState <https://w3id.org/entente/id/state/KP> .
                """);
        Run r = run("lookup", "FIS", "--reference", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("iri       https://example.org/agency/freedonia-intelligence"), r.out());
        assertTrue(r.out().contains("of        North Korea <https://w3id.org/entente/id/state/KP>"), r.out());
    }

    @Test
    void benchIndex_smallRun_printsItsTable() {
        Run r = run("bench", "index", "--runs", "1", "--warmup", "0", "--lookups", "2000");
        assertEquals(0, r.status(), r.err());
        for (String row : new String[] {"parse reference Turtle", "build alias index", "lookup, mixed", "post phrases"}) {
            assertTrue(r.out().contains(row), row + " missing from:\n" + r.out());
        }
    }

    @Test
    void bench_withoutWhat_isUsageError() {
        assertEquals(2, run("bench").status());
    }
}
