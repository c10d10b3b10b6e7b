package org.entente.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fuseki UI in a real browser: headless Chromium, driven over the DevTools protocol, opens
 * the server's start page, picks the "deployments" example question, runs it and must show the
 * two deployments of the contract documents. The screenshot is kept in
 * {@code target/browser/ui-deployments.png}. Skipped when {@code /usr/bin/chromium} is absent
 * (Debian: {@code apt-get install -y chromium}).
 */
class BrowserTest {
    @TempDir
    Path dir;

    @Test
    void ui_exampleQuestion_showsExpectedRows() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Browser.CHROMIUM), "chromium is not installed");
        try (ServerFixture f = ServerFixture.serve(ServerFixture.contractStore(dir.resolve("store")), dir.resolve("run"), b -> b);
             Browser browser = Browser.start(dir.resolve("profile"))) {
            browser.call("Page.enable", Map.of());
            // The content security policy must not block anything the UI does.
            browser.call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.cspViolations = [];"
                    + "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
            browser.call("Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", 1300, "deviceScaleFactor", 1, "mobile", false));
            browser.call("Page.navigate", Map.of("url", f.server.url()));
            browser.waitFor("[...document.querySelectorAll('span.badge')].some(e => e.textContent.trim() === 'deployments')"
                    + " && !!document.querySelector('.yasqe_queryButton')", "the example questions");
            browser.evaluate("[...document.querySelectorAll('span.badge')].find(e => e.textContent.trim() === 'deployments').click()");
            browser.waitFor("document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror"
                    + ".getValue().includes('SELECT DISTINCT ?deployment')", "the question in the editor");
            browser.evaluate("document.querySelector('.yasqe_queryButton').click()");
            browser.waitFor("[...document.querySelectorAll('.yasr table tbody tr')].filter(r => r.innerText.includes('Russia')).length >= 2",
                    "two result rows");
            String table = browser.evaluate("document.querySelector('.yasr table').innerText").getAsString().value();
            long rows = browser.evaluate("document.querySelectorAll('.yasr table tbody tr').length").getAsNumber().value().longValue();
            Path shot = browser.screenshot(Path.of("target", "browser", "ui-deployments.png"));
            System.err.println("browser test: screenshot " + shot.toAbsolutePath());
            // Only calls to other sites may be blocked (the editor's prefix list from prefix.cc: nothing leaves the server).
            String blocked = browser.evaluate("JSON.stringify(window.cspViolations.filter(v => !/^connect-src https?:/.test(v)"
                    + " || v.includes(' ' + location.origin)))").getAsString().value();
            assertEquals("[]", blocked, "blocked by the content security policy");
            assertEquals(2, rows, table);
            assertTrue(table.contains("North Korea") && table.contains("Russia") && table.contains("Belarus"), table);
            assertTrue(table.contains("3000"), "troop number shown: " + table);
        }
    }
}
