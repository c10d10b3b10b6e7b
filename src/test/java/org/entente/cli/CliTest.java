package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.SentenceWarning;
import org.entente.ingest.Ingestor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line errors, the store kept whole. */
class CliTest {
    @TempDir
    Path dir;

    /** What a command printed and returned. */
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

    private String store() {
        return dir.resolve("store").toString();
    }

    private String exportNQuads() {
        Run r = run("export", "--store", store(), "--format", "nquads");
        assertEquals(0, r.status(), r.err());
        return r.out();
    }

    @Test
    void compact_dropsReplacedVersions_answersUnchanged() throws Exception {
        Path article = dir.resolve("note.md");
        Files.writeString(article, "# Drills\n\nRussia sent 300 troops to Belarus on 2 March 2024.\n");
        assertEquals(0, run("ingest", "--store", store(), article.toString()).status());
        Files.writeString(article, "# Drills\n\nRussia sent 400 troops to Belarus on 2 March 2024.\n");
        assertEquals(0, run("ingest", "--store", store(), article.toString()).status());
        String before = exportNQuads();
        Run r = run("compact", "--store", store());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("compacted " + store()), r.out());
        try (var s = Files.list(dir.resolve("store"))) {
            assertEquals(List.of("Data-0002"), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).toList());
        }
        assertEquals(before, exportNQuads());
        Run missing = run("compact", "--store", dir.resolve("nowhere").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("No store at " + dir.resolve("nowhere")), missing.err());
        assertTrue(Files.notExists(dir.resolve("nowhere")), "no store is created to compact");
    }

    @Test
    void ingest_brokenTurtle_rejectsWithOneLineNamingFile_andKeepsStore() {
        assertEquals(0, run("ingest", "--store", store(), "src/test/resources/contract/doc-b.ttl").status());
        String before = exportNQuads();
        Run r = run("ingest", "--store", store(), "src/test/resources/contract/broken.ttl");
        assertEquals(1, r.status());
        String line = r.err().lines().filter(l -> l.startsWith("rejected")).findFirst().orElseThrow();
        assertTrue(line.contains("broken.ttl") && line.contains("Turtle"), line);
        assertEquals(before, exportNQuads(), "store unchanged");
    }

    @Test
    void ingest_unknownExtension_andMissingPath_areRejectedByName() throws Exception {
        Path odd = Files.writeString(dir.resolve("notes.docx"), "hello");
        Run r = run("ingest", "--store", store(), odd.toString(), dir.resolve("nowhere.md").toString(),
                "src/test/resources/contract/doc-b.ttl");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("rejected " + odd + ": unsupported file type"), r.err());
        assertTrue(r.err().contains("nowhere.md: no such file or folder"), r.err());
        assertTrue(r.err().contains("1 added"), "the good file still goes in: " + r.err());
    }

    @Test
    void ingest_skippedSentence_printsOneWarningLine_andExitsZero() {
        SentenceWarning w = new SentenceWarning("news/a.md", 3, "Russia and Belarus signed a defence agreement.",
                SentenceWarning.Stage.EVENT, "IllegalArgumentException: duplicate element: of (at Signings.describes:246)");
        Ingestor.Summary s = new Ingestor.Summary(1, 1, 0, 0, Map.of(), List.of(), 4, List.of(w), List.of());
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        synchronized (CliTest.class) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                IngestCommand.report(s);
            } finally {
                System.setErr(oldErr);
            }
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).lines().anyMatch(l -> l.equals("warning news/a.md: sentence 3 skipped by the event"
                + " stage (\"Russia and Belarus signed a defence agreement.\"): IllegalArgumentException: duplicate element: of"
                + " (at Signings.describes:246)")), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, IngestCommand.status(s), "a warning does not fail the file");
    }

    @Test
    void query_jsonFormat_printsOnlySparqlResultsJson() {
        run("ingest", "--store", store(), "src/test/resources/contract/doc-a.ttl");
        Run r = run("query", "deployments", "--store", store(), "--format", "json");
        assertEquals(0, r.status(), r.err());
        String json = r.out().trim();
        assertTrue(json.startsWith("{") && json.endsWith("}"), json);
        assertTrue(json.contains("\"vars\"") && json.contains("\"senderLabel\""), json);
        assertTrue(json.contains("North Korea"), json);
    }

    @Test
    void query_aMisspeltParameter_orAStringWhereAnIriGoes_isAUsageError_notAnUnfilteredAnswer() {
        run("ingest", "--store", store(), "src/test/resources/contract/doc-a.ttl");
        Run misspelt = run("query", "deployments", "--store", store(), "--param", "stat=https://w3id.org/entente/id/state/RU");
        assertEquals(2, misspelt.status());
        assertEquals("entente: unknown parameter 'stat': this question takes ?state", misspelt.err().strip());
        assertEquals("", misspelt.out());
        Run code = run("query", "deployments", "--store", store(), "--param", "state=RU");
        assertEquals(2, code.status());
        assertTrue(code.err().strip().startsWith("entente: parameter 'state' takes an IRI, not \"RU\""), code.err());
        Run none = run("query", "officials", "--store", store(), "--param", "state=https://w3id.org/entente/id/state/RU");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("this question takes none"), none.err());
        Run right = run("query", "deployments", "--store", store(), "--param", "state=https://w3id.org/entente/id/state/RU", "--format", "csv");
        assertEquals(0, right.status(), right.err());
        assertTrue(right.out().contains("North Korea"), right.out());
    }

    @Test
    void ingest_aDateOutsideTheCenturiesOfNews_isAUsageError_andStoresNothing() {
        Run r = run("ingest", "--store", store(), "--date", "+99999-01-01", "src/test/resources/contract/doc-a.ttl");
        assertEquals(2, r.status());
        assertEquals("entente: --date '+99999-01-01' lies outside 1800-01-01 to 2200-12-31", r.err().strip());
        assertEquals(2, run("ingest", "--store", store(), "--date", "2024-13-45", "src/test/resources/contract/doc-a.ttl").status());
        Run rows = run("query", "deployments", "--store", store(), "--format", "csv");
        assertEquals(1, rows.out().strip().lines().count(), "no document stored: " + rows.out());
    }

    @Test
    void ingest_aFolderGivingNothing_andAPipe_areRejectedByName_notPassedOverOrWaitedOn() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("x.txt"));
        Run r = run("ingest", "--store", store(), folder.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("rejected " + folder + ": a folder with no .txt, .md, .html or RDF file in it"), r.err());
        Path fifo = dir.resolve("pipe.md");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() == 0) {
            Run p = run("ingest", "--store", store(), fifo.toString(), "src/test/resources/contract/doc-b.ttl");
            assertEquals(1, p.status());
            assertTrue(p.err().contains("rejected " + fifo + ": not a regular file"), p.err());
            assertTrue(p.err().contains("1 added"), "the good file still goes in: " + p.err());
        }
    }

    @Test
    void export_toANewFile_getsTheModeTheUmaskGives_notPrivate0600() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        run("ingest", "--store", store(), "src/test/resources/contract/doc-b.ttl");
        Path out = dir.resolve("kg.ttl");
        Run r = run("export", "--store", store(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("made-by-hand.ttl")));
        assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void export_overAnExistingFile_keepsItsMode() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        run("ingest", "--store", store(), "src/test/resources/contract/doc-b.ttl");
        Path out = Files.writeString(dir.resolve("kg.nq"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, run("export", "--store", store(), "--out", out.toString()).status());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(Files.readString(out).contains("<https://w3id.org/entente/"), "the export replaced the old content");
    }

    @Test
    void validate_referenceData_reportsTheReferenceGraph_andCountsItApart() throws Exception {
        Run clean = run("validate", "--store", store(), "--reference-data");
        assertEquals(0, clean.status(), clean.err());
        assertEquals("All 0 document graphs and the reference graph conform to the shapes.", clean.err().strip());
        Path mine = Files.createDirectories(dir.resolve("my-reference"));
        Files.writeString(mine.resolve("posts.ttl"), """
                @prefix ent:  <https://w3id.org/entente/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://example.org/post/x> a ent:Post ; rdfs:label "Chief", "Head" ; ent:ofState <https://w3id.org/entente/id/state/KR> .
                """);
        run("ingest", "--store", store(), "src/test/resources/contract/doc-b.ttl");
        Run bad = run("validate", "--store", store(), "--reference-data", "--reference", mine.toString());
        assertEquals(1, bad.status());
        assertTrue(bad.out().lines().anyMatch(l -> l.equals("reference: https://example.org/post/x: Each state, organisation, person, post,"
                + " agency, armed force, unit, weapon system, category, treaty, conflict and role kind needs exactly one name (rdfs:label);"
                + " put other names in skos:altLabel.")), bad.out());
        assertEquals("2 violations: 1 in 1 document graph, 1 in the reference graph.", bad.err().strip());
    }

    @Test
    void ingest_frontMatterDateThatIsNoDate_warnsAndIngests_butUnclosedFrontMatter_isRejected() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Path badDate = Files.writeString(news.resolve("bad-date.md"),
                "---\ntitle: Troops sent\ndate: 2024-13-45\n---\nNorth Korea has sent about 3,000 troops to Russia.\n");
        Path unclosed = Files.writeString(news.resolve("unclosed.md"),
                "---\ntitle: Troops sent\ndate: 2024-10-25\n\nNorth Korea has sent about 3,000 troops to Russia.\n");
        Run r = run("ingest", "--store", store(), news.toString(), "src/test/resources/contract/doc-b.ttl");
        assertEquals(1, r.status(), "a rejected file fails the run: " + r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.contains("warning " + badDate + ": front matter date '2024-13-45' is not a date (YYYY-MM-DD or YYYY-MM);"
                + " the document is read without it"), r.err());
        assertTrue(lines.contains("rejected " + unclosed + ": front matter opened by '---' on line 1 is never closed: end it with"
                + " a '---' line after its last key"), r.err());
        assertTrue(r.err().contains("2 added"), "the document with the bad date and the good file go in: " + r.err());
        Run stored = run("export", "--store", store(), "--format", "nquads");
        assertTrue(stored.out().contains("\"Troops sent\""), "the bad-date document stored with its title");
        assertTrue(!stored.out().contains("ontology#published"), "and without a date");
    }

    @Test
    void query_unknownName_failsWithOneLine() {
        Run r = run("query", "no-such-question", "--store", store());
        assertEquals(1, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-such-question"));
    }

    @Test
    void everyCommand_hasHelp() {
        for (String c : new String[] {"ingest", "query", "export", "validate", "stats"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.status(), c);
            assertTrue(r.out().contains("Usage: entente " + c), c);
        }
    }
}
