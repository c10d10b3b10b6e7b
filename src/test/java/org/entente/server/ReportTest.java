package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.entente.cli.Main;
import org.entente.store.KnowledgeGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente report} on a real TDB2 store holding the {@link ExploreStory}, run as the command line runs it,
 * and the file it writes opened from {@code file://} in headless Chromium: it must draw exactly the states and
 * relations that {@code relations} answers for its scope, show the evidence sentence when a state is clicked,
 * load nothing from anywhere, and raise no script error, console error or CSP violation. Screenshots in
 * {@code target/browser/report-*.png}. The browser tests are skipped when {@code /usr/bin/chromium} is absent.
 */
class ReportTest {
    @TempDir
    static Path dir;
    static Path store;
    static List<Map<String, String>> relations;
    static List<Map<String, String>> norwaySinceMay;

    @BeforeAll
    static void story() {
        store = dir.resolve("store");
        try (KnowledgeGraph kg = ExploreStory.store(store)) {
            relations = ExploreStory.ask(kg, "relations", Map.of());
            norwaySinceMay = ExploreStory.ask(kg, "relations", Map.of("state", NodeFactory.createURI(ExploreStory.NORWAY),
                    "from", NodeFactory.createLiteralString("2024-05")));
        }
        assertTrue(relations.size() >= 3, "the story gives relations: " + relations);
    }

    /** What a command printed on standard error and returned. */
    record Run(int status, String err) {}

    static synchronized Run run(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    private static Path report(String name, String... scope) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("report", "--store", store.toString(), "--out", out.toString()));
        args.addAll(List.of(scope));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("wrote " + out), r.err());
        return out;
    }

    @Test
    void report_wholeStore_drawsTheRelationsAndShowsEvidenceOffline() throws Exception {
        Path file = report("story.html");
        String html = Files.readString(file);
        assertFalse(html.matches("(?s).*<script[^>]+src=.*|.*<link[^>]+href=\"(?!data:).*"), "nothing loaded from elsewhere");
        assertTrue(html.contains(ExploreStory.DEPLOYMENT_EVIDENCE), "the evidence is embedded");
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM), "chromium is not installed");
        try (Browser browser = Browser.start(dir.resolve("profile-all"))) {
            ExplorerView page = ExplorerView.open(browser, file.toUri().toString());
            assertEquals(relations.size(), page.edges(), "one line per relations row: " + relations);
            assertEquals(ExploreStory.stateLabels(relations), page.labels());
            assertEquals(ExploreStory.stateLabels(relations).size(), page.nodes());

            page.clickState(ExploreStory.RUSSIA);
            browser.waitFor("document.getElementById('details').innerText.includes(" + UiPages.jsString(ExploreStory.DEPLOYMENT_EVIDENCE) + ")",
                    "the deployment's evidence sentence in the report");
            browser.waitFor("document.querySelector('#details .disagreement[data-aspect=troops]')", "the troop numbers flagged");
            // Every event the click shows has its sources in the file: no "does not hold that answer".
            browser.waitFor("![...document.querySelectorAll('#details .source, #details .error')].some(e => e.matches('.error'))"
                    + " && document.querySelectorAll('#details li.empty').length === 0", "every event's sources");
            assertEquals(0, (long) browser.number("performance.getEntriesByType('resource').length"), "the report fetched nothing");
            page.screenshot("report-russia.png");
            page.assertClean();
        }
    }

    @Test
    void report_stateAndRange_drawsThatScopeOnly() throws Exception {
        Path file = report("norway.html", "--state", ExploreStory.NORWAY, "--from", "2024-05");
        assertTrue(Files.readString(file).contains("<title>Entente report — Norway, 2024-05 to …</title>"));
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM), "chromium is not installed");
        try (Browser browser = Browser.start(dir.resolve("profile-norway"))) {
            ExplorerView page = ExplorerView.open(browser, file.toUri().toString());
            assertEquals(norwaySinceMay.size(), page.edges(), "Norway's relations from May: " + norwaySinceMay);
            assertEquals(ExploreStory.stateLabels(norwaySinceMay), page.labels());
            assertEquals("2024-05", browser.text("document.getElementById('from').value"));
            page.clickState(ExploreStory.NORWAY);
            browser.waitFor("document.getElementById('details').innerText.includes(" + UiPages.jsString(ExploreStory.DEAL_EVIDENCE.get(2)) + ")",
                    "the delivery's evidence sentence");
            page.screenshot("report-norway.png");
            page.assertClean();
        }
    }

    @Test
    void report_sameStoreAndScope_sameBytes() throws Exception {
        assertEquals(Files.readString(report("one.html", "--to", "2024-06")), Files.readString(report("two.html", "--to", "2024-06")));
    }

    /** The answers a report embeds, by key. */
    private static org.apache.jena.atlas.json.JsonObject answers(Path report) throws Exception {
        String html = Files.readString(report);
        String open = "<script type=\"application/json\" id=\"" + Report.DATA_ID + "\">";
        int from = html.indexOf(open) + open.length();
        return org.apache.jena.atlas.json.JSON.parse(html.substring(from, html.indexOf("</script>", from))).get("answers").getAsObject();
    }

    @Test
    void report_eventAnswers_equalTheQuestionAskedPerEvent() throws Exception {
        // A report derives each event's timeline and disagreements from answers for many events (split by their event
        // column; no disagreements where one document alone reports the event). Whole store and a scoped range alike,
        // every such answer must be what the question gives with ?event bound.
        var whole = answers(report("whole.html"));
        var scoped = answers(report("scoped.html", "--state", ExploreStory.RUSSIA, "--from", "2024-04"));
        int compared = 0;
        try (KnowledgeGraph kg = KnowledgeGraph.open(store)) {
            ExplorerQuestions questions = new ExplorerQuestions(kg);
            for (var embedded : List.of(whole, scoped)) {
                for (String key : embedded.keys()) {
                    String[] parts = key.split("\n");
                    if (parts.length != 2 || !parts[1].startsWith("event=")) continue;
                    String expected = questions.askJson(parts[0], Map.of("event", parts[1].substring("event=".length())));
                    assertEquals(org.apache.jena.atlas.json.JSON.parse(expected).toString(), embedded.get(key).toString(), key);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 30, "answers compared: " + compared);
    }

    @Test
    void report_badOutOrStore_oneLineAndNoFile() {
        Run folder = run("report", "--store", store.toString(), "--out", dir.toString());
        assertEquals(2, folder.status());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        Path nowhere = dir.resolve("no-such-folder").resolve("r.html");
        Run missing = run("report", "--store", store.toString(), "--out", nowhere.toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        Run noStore = run("report", "--store", dir.resolve("no-store").toString(), "--out", dir.resolve("x.html").toString());
        assertEquals(1, noStore.status());
        assertTrue(noStore.err().startsWith("entente: No store at"), noStore.err());
        assertFalse(Files.exists(dir.resolve("no-store")), "no empty store is made");
        Run state = run("report", "--store", store.toString(), "--out", dir.resolve("x.html").toString(), "--state", "Norway");
        assertEquals(2, state.status());
        assertTrue(state.err().contains("takes an IRI"), state.err());
        for (Run r : List.of(folder, missing, noStore, state)) assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(dir.resolve("x.html")));
    }
}
